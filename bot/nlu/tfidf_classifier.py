"""Rasa intent classifier: word and character TF-IDF with logistic regression."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.crisis import sets_aside
from bot.referral_map import CATEGORIES, CRISIS
from bot.tfidf import balanced_weights, fit_pipeline, make_tfidf_pipeline

MODEL_FILE = "tfidf_classifier.joblib"
SENTENCE_MODEL_FILE = "tfidf_sentence_model.joblib"
OTHER = "other"
RANKING_LENGTH = 10
# The crisis probability of the message, which the ranking may leave out, and the highest of any
# one sentence, for the safety net.
MESSAGE_CRISIS = "crisis_message_confidence"
SENTENCE_CRISIS = "crisis_sentence_confidence"
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def sentences(text: str) -> list[str]:
    """The sentences of at least three words, when a message has two or more of them."""
    parts = [p for p in _SENTENCE_END.split(text) if len(p.split()) >= 3]
    return parts if len(parts) >= 2 else []


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfClassifier(GraphComponent, IntentClassifier):
    """Linear model on word and character TF-IDF; optionally averaged with an earlier classifier."""

    # The message attribute learnt as the label.
    LABEL = INTENT

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """weight: share next to an earlier classifier; balance_concerns: equal weight per category."""
        return {
            "weight": 1.0,
            "C": 10.0,
            "max_iter": 3000,
            "random_state": 42,
            "balance_concerns": True,
            "use_lemmas": False,
            "char_ngrams": True,
            "sentence_model": True,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Any = None,
        sentence_model: Any = None,
    ) -> None:
        self.config = config
        self._model_storage = model_storage
        self._resource = resource
        self.model = model
        self.sentence_model = sentence_model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TfidfClassifier:
        """An untrained classifier."""
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit the model and store it in the model archive."""
        self.fit(training_data)
        self.persist()
        return self._resource

    def fit(self, training_data: TrainingData) -> None:
        """Fit on every intent example that has a label (retrieval intents by their base intent)."""
        examples = [e for e in training_data.intent_examples if e.get(self.LABEL)]
        labels = [str(e.get(self.LABEL)) for e in examples]
        # Some categories have far more examples than others; without balancing, the
        # largest ones (crisis, personal worries) would win every doubtful message.
        weights = balanced_weights(labels, CATEGORIES) if self.config["balance_concerns"] else None
        self.model = self.pipeline(weights or None)
        texts = self.inputs(examples)
        fits = [(self.model, texts, labels)]
        if self.LABEL == INTENT and self.config["sentence_model"] and CRISIS in labels:
            self.sentence_model = self.pipeline()
            fits.append(
                (self.sentence_model, *self.sentence_training_data(texts, examples, labels))
            )
        if len(fits) == 1:
            fit_pipeline(*fits[0])
            return
        # The two models are independent and spend their time in NumPy and SciPy, which release
        # the GIL: fitted side by side on two cores, `rasa train` took 494 s instead of about 600.
        with ThreadPoolExecutor(max_workers=len(fits)) as pool:
            for done in [pool.submit(fit_pipeline, *fit) for fit in fits]:
                done.result()

    def sentence_training_data(
        self, texts: list[str], examples: list[Message], labels: list[str]
    ) -> tuple[list[str], list[str]]:
        """Crisis or not for one sentence, learnt also from every sentence of the other messages.

        The message model has seen few ordinary sentences on their own and reads many short
        first-person ones ("ik heb het tegen niemand gezegd") as crisis. A message that is not
        a crisis holds no crisis sentence, so each of its sentences is a safe counterexample.
        """
        texts = list(texts)  # a copy: the message model fits on the list passed in
        binary = [CRISIS if label == CRISIS else OTHER for label in labels]
        for example, label in zip(examples, labels, strict=True):
            if label != CRISIS:
                parts = self.sentence_inputs(example)
                texts += parts
                binary += [OTHER] * len(parts)
        return texts, binary

    def pipeline(self, class_weight: dict[str, float] | None = None) -> Any:
        """An unfitted pipeline with this component's settings."""
        return make_tfidf_pipeline(
            self.config["C"],
            self.config["max_iter"],
            self.config["random_state"],
            class_weight,
            self.config["char_ngrams"],
        )

    def inputs(self, messages: list[Message]) -> list[str]:
        """The text of each message; with use_lemmas, followed by the lemmas spaCy found."""
        texts = [str(m.get(TEXT) or "") for m in messages]
        if not self.config.get("use_lemmas"):
            return texts
        return [
            " ".join(
                [text]
                + [
                    t.lemma
                    for t in m.get(TOKENS_NAMES[TEXT]) or []
                    if t.lemma and t.lemma != t.text
                ]
            )
            for text, m in zip(texts, messages, strict=True)
        ]

    def persist(self) -> None:
        """Store the fitted pipeline in the model archive."""
        import joblib

        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(self.model, Path(directory) / MODEL_FILE)
            if self.sentence_model is not None:
                joblib.dump(self.sentence_model, Path(directory) / SENTENCE_MODEL_FILE)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TfidfClassifier:
        """Load the fitted pipeline from the model archive."""
        import joblib

        model = sentence_model = None
        try:
            with model_storage.read_from(resource) as directory:
                model = joblib.load(Path(directory) / MODEL_FILE)
                if (Path(directory) / SENTENCE_MODEL_FILE).exists():
                    sentence_model = joblib.load(Path(directory) / SENTENCE_MODEL_FILE)
        except ValueError:
            pass
        return cls(config, model_storage, resource, model, sentence_model)

    def process(self, messages: list[Message]) -> list[Message]:
        """Average this model's probabilities with the ranking already on the message."""
        if self.model is None:
            return messages
        probabilities = self.model.predict_proba(self.inputs(messages))
        classes = [str(c) for c in self.model.classes_]
        weight = float(self.config["weight"])
        for message, row in zip(messages, probabilities, strict=True):
            previous = {
                r["name"]: float(r["confidence"]) for r in message.get(INTENT_RANKING_KEY) or []
            }
            scores = {c: weight * float(p) for c, p in zip(classes, row, strict=True)}
            if previous and weight < 1.0:
                for name, confidence in previous.items():
                    scores[name] = scores.get(name, 0.0) + (1 - weight) * confidence
            else:
                scores = {c: float(p) for c, p in zip(classes, row, strict=True)}
            ranked = sorted(scores.items(), key=lambda item: -item[1])[:RANKING_LENGTH]
            ranking = [{"name": n, "confidence": c} for n, c in ranked]
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            # A model that never learnt the crisis class cannot rule a crisis out.
            if CRISIS in scores:
                message.set(MESSAGE_CRISIS, scores[CRISIS])
        self.score_sentences(messages)
        return messages

    def score_sentences(self, messages: list[Message]) -> None:
        """Crisis probability per sentence: one crisis sentence in a long story is diluted."""
        model = self.model if self.sentence_model is None else self.sentence_model
        classes = [str(c) for c in model.classes_]
        if CRISIS not in classes:
            return
        column = classes.index(CRISIS)
        parts = [(i, part) for i, m in enumerate(messages) for part in self.sentence_inputs(m)]
        if not parts:
            return
        # One call for all sentences of the batch: the model's overhead is per call.
        scores: dict[int, float] = {}
        for (i, _), row in zip(parts, model.predict_proba([p for _, p in parts]), strict=True):
            scores[i] = max(scores.get(i, 0.0), float(row[column]))
        for i, score in scores.items():
            messages[i].set(SENTENCE_CRISIS, score)

    def sentence_inputs(self, message: Message) -> list[str]:
        """The model input of each sentence without idiom or denial, with its own lemmas."""
        text = str(message.get(TEXT) or "")
        tokens = message.get(TOKENS_NAMES[TEXT]) or []
        parts, cursor = [], 0
        for part in sentences(text):
            start = text.find(part, cursor)
            cursor = start + len(part)
            # "Hij heeft geen doodsgedachten." is not the crisis sentence of a story.
            if sets_aside(part):
                continue
            own = [t for t in tokens if start <= t.start and t.end <= cursor]
            parts.append(Message(data={TEXT: part, TOKENS_NAMES[TEXT]: own}))
        return self.inputs(parts)
