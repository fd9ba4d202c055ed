"""Rasa response selector for subcategories: the same TF-IDF model, trained on retrieval intents."""

from __future__ import annotations

from collections import defaultdict

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import RESPONSE_SELECTOR_UTTER_ACTION_KEY
from rasa.shared.nlu.constants import INTENT_RESPONSE_KEY, RESPONSE_SELECTOR
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.tfidf_classifier import TfidfClassifier

DEFAULT_SELECTOR = "default"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfResponseSelector(TfidfClassifier):
    """Ranks `category/subcategory` keys; confidences are per category, as triage reads them."""

    # Only examples of retrieval intents carry this, so the others are left out of training.
    LABEL = INTENT_RESPONSE_KEY

    def process(self, messages: list[Message]) -> list[Message]:
        """Add Rasa's `response_selector` output, the subcategories of each category normalised."""
        if self.model is None:
            return messages
        keys = [str(c) for c in self.model.classes_]
        categories = [key.partition("/")[0] for key in keys]
        probabilities = self.model.predict_proba(self.inputs(messages))
        for message, row in zip(messages, probabilities, strict=True):
            per_category: dict[str, float] = defaultdict(float)
            for category, p in zip(categories, row, strict=True):
                per_category[category] += float(p)
            scored = sorted(
                (
                    (key, float(p) / (per_category[category] or 1.0))
                    for key, category, p in zip(keys, categories, row, strict=True)
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
