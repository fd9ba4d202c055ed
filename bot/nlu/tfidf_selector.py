"""Rasa response selector for subcategories: the same TF-IDF model, trained on retrieval intents."""

from __future__ import annotations

from collections import defaultdict

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import RESPONSE_SELECTOR_UTTER_ACTION_KEY
from rasa.shared.nlu.constants import INTENT_RESPONSE_KEY, RESPONSE_SELECTOR
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.tfidf_classifier import TfidfClassifier
from bot.tfidf import make_tfidf_pipeline

DEFAULT_SELECTOR = "default"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfResponseSelector(TfidfClassifier):
    """Ranks `category/subcategory` keys; confidences are per category, as triage reads them."""

    def train(self, training_data: TrainingData) -> Resource:
        """Fit on the examples of retrieval intents, labelled with their full key."""
        examples = [e for e in training_data.intent_examples if e.get(INTENT_RESPONSE_KEY)]
        self.model = make_tfidf_pipeline(
            self.config["C"], self.config["max_iter"], self.config["random_state"]
        )
        self.model.fit(self.inputs(examples), [str(e.get(INTENT_RESPONSE_KEY)) for e in examples])
        self.persist()
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        """Add Rasa's `response_selector` output, the subcategories of each category normalised."""
        if self.model is None:
            return messages
        keys = [str(c) for c in self.model.classes_]
        probabilities = self.model.predict_proba(self.inputs(messages))
        for message, row in zip(messages, probabilities, strict=True):
            per_category: dict[str, float] = defaultdict(float)
            for key, p in zip(keys, row, strict=True):
                per_category[key.partition("/")[0]] += float(p)
            scored = sorted(
                (
                    (key, float(p) / (per_category[key.partition("/")[0]] or 1.0))
                    for key, p in zip(keys, row, strict=True)
                ),
                key=lambda item: -item[1],
            )
            ranking = [{INTENT_RESPONSE_KEY: key, "confidence": c} for key, c in scored]
            top = ranking[0]
            message.set(
                RESPONSE_SELECTOR,
                {
                    "all_retrieval_intents": sorted(per_category),
                    DEFAULT_SELECTOR: {
                        "response": {
                            **top,
                            "responses": [],
                            RESPONSE_SELECTOR_UTTER_ACTION_KEY: f"utter_{top[INTENT_RESPONSE_KEY]}",
                        },
                        "ranking": ranking,
                    },
                },
                add_to_output=True,
            )
        return messages
