"""Rasa NLU component that applies the crisis patterns and language guess after the classifier."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.crisis import detect_crisis
from bot.language import DUTCH, ENGLISH, guess_language
from bot.nlu.tfidf_classifier import MESSAGE_CRISIS, SENTENCE_CRISIS
from bot.referral_map import CRISIS, CRISIS_CAUTION, CRISIS_ENTITY, LANGUAGE_ENTITY

ENGLISH_INTENT = "engels"
OTHER_LANGUAGE_INTENT = "andere_taal"
EXTRACTOR = "SafetyNet"
# How sure the model must be of a message, or of one sentence of it, to flag a crisis.
MODEL_THRESHOLD = 0.6
SENTENCE_THRESHOLD = 0.7
# A story of two sentences or more is flagged from this message score, when one of its sentences
# scores at least the floor: a heavy story whose every sentence looks safe is no crisis.
STORY_THRESHOLD = 0.4
STORY_SENTENCE_FLOOR = 0.1
# A weapon word or a weak word of ending counts unless the model all but rules a crisis out: on
# the development sets every crisis that only such a word caught had a model score of 0.07 or more.
WEAK_SIGNAL_FLOOR = 0.02
WEAK_SIGNAL_SENTENCE_FLOOR = 0.3
# Strong words ("zelfmoordpoging", "ik ga me opknopen") are overruled only when the model all but
# rules a crisis out for the message and every sentence: a suicide attempt ten years ago, a
# memorial, a course. Such a message still gets the caution line with 113 and 112. On the
# development sets no crisis that strong words caught scored this low.
STRONG_SIGNAL_FLOOR = 0.03
STRONG_SIGNAL_SENTENCE_FLOOR = 0.05
# Below the thresholds but this likely, the first reply still names 113 and 112: the crises
# missed on blind sets scored 0.07 to 0.4 for the message.
CAUTION_THRESHOLD = 0.15
CAUTION_SENTENCE_THRESHOLD = 0.4


def _promote(message: Message, intent: str) -> None:
    """Make intent the prediction with full confidence, keeping the rest of the ranking."""
    ranking = [
        r
        for r in message.get(INTENT_RANKING_KEY) or []
        if r.get("name") not in (intent, "nlu_fallback")
    ]
    top = {"name": intent, "confidence": 1.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top, *ranking], add_to_output=True)


def _demote_crisis(message: Message) -> None:
    """A weak crisis guess without any crisis words: take the next most likely intent."""
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != CRISIS]
    if ranking:
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent, IntentClassifier):
    """Overrides the classifier for crises (curated patterns) and non-Dutch messages."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Runs after an intent classifier."""
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """How sure the model must be of the message, or of one sentence, to flag a crisis."""
        return {
            "model_threshold": MODEL_THRESHOLD,
            "sentence_threshold": SENTENCE_THRESHOLD,
            "story_threshold": STORY_THRESHOLD,
            "story_sentence_floor": STORY_SENTENCE_FLOOR,
            "weak_signal_floor": WEAK_SIGNAL_FLOOR,
            "weak_signal_sentence_floor": WEAK_SIGNAL_SENTENCE_FLOOR,
            "strong_signal_floor": STRONG_SIGNAL_FLOOR,
            "strong_signal_sentence_floor": STRONG_SIGNAL_SENTENCE_FLOOR,
            "caution_threshold": CAUTION_THRESHOLD,
            "caution_sentence_threshold": CAUTION_SENTENCE_THRESHOLD,
        }

    def __init__(self, config: dict[str, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyNet:
        """Create the component."""
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        """Apply the safety net to each message."""
        config = {**self.get_default_config(), **self.component_config}
        for message in messages:
            self.process_one(
                message,
                float(config["model_threshold"]),
                float(config["sentence_threshold"]),
                (float(config["story_threshold"]), float(config["story_sentence_floor"])),
                (float(config["weak_signal_floor"]), float(config["weak_signal_sentence_floor"])),
                (
                    float(config["strong_signal_floor"]),
                    float(config["strong_signal_sentence_floor"]),
                ),
                (float(config["caution_threshold"]), float(config["caution_sentence_threshold"])),
            )
        return messages

    @staticmethod
    def process_one(
        message: Message,
        model_threshold: float = MODEL_THRESHOLD,
        sentence_threshold: float = SENTENCE_THRESHOLD,
        story: tuple[float, float] = (STORY_THRESHOLD, STORY_SENTENCE_FLOOR),
        weak_signal_floors: tuple[float, float] = (WEAK_SIGNAL_FLOOR, WEAK_SIGNAL_SENTENCE_FLOOR),
        strong_signal_floors: tuple[float, float] = (
            STRONG_SIGNAL_FLOOR,
            STRONG_SIGNAL_SENTENCE_FLOOR,
        ),
        caution: tuple[float, float] = (CAUTION_THRESHOLD, CAUTION_SENTENCE_THRESHOLD),
    ) -> None:
        """Crisis first, whatever else the message says; then the language."""
        text = message.get(TEXT) or ""
        signal = detect_crisis(text)
        ranking = message.get(INTENT_RANKING_KEY) or []
        model_crisis = max(
            (float(r.get("confidence") or 0) for r in ranking if r.get("name") == CRISIS),
            default=0.0,
        )
        # Only a message of two sentences or more has a sentence score.
        is_story = message.get(SENTENCE_CRISIS) is not None
        sentence_crisis = float(message.get(SENTENCE_CRISIS) or 0.0)
        model_says_crisis = (
            model_crisis >= model_threshold
            or sentence_crisis >= sentence_threshold
            or (is_story and model_crisis >= story[0] and sentence_crisis >= story[1])
        )
        # The ranking may leave out a small crisis probability; without a model nothing overrules.
        message_crisis = message.get(MESSAGE_CRISIS)
        language = guess_language(text)
        strong_words_set_aside = False
        if signal is not None and message_crisis is not None:
            floors = weak_signal_floors if signal.weak else strong_signal_floors
            # The model learnt Dutch: it never overrules strong words in another language.
            if (
                (signal.weak or language == DUTCH)
                and float(message_crisis) < floors[0]
                and sentence_crisis < floors[1]
            ):
                strong_words_set_aside = not signal.weak
                signal = None
        if signal is None and not model_says_crisis:
            if language != DUTCH:
                _promote(message, ENGLISH_INTENT if language == ENGLISH else OTHER_LANGUAGE_INTENT)
            else:
                if (message.get(INTENT) or {}).get("name") == CRISIS:
                    _demote_crisis(message)
                crisis_now = model_crisis if message_crisis is None else float(message_crisis)
                # Strong crisis words set aside by the model still name 113 and 112.
                if (
                    strong_words_set_aside
                    or crisis_now >= caution[0]
                    or sentence_crisis >= caution[1]
                ):
                    message.set(CRISIS_CAUTION, True, add_to_output=True)
            return
        _promote(message, CRISIS)
        ours = {
            CRISIS_ENTITY: signal.kind if signal is not None else None,
            LANGUAGE_ENTITY: ENGLISH if language == ENGLISH else None,
        }
        entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") not in ours]
        entities += [
            {"entity": name, "value": value, "start": 0, "end": len(text), "extractor": EXTRACTOR}
            for name, value in ours.items()
            if value is not None
        ]
        message.set(ENTITIES, entities, add_to_output=True)
