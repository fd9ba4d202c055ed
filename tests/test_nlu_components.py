"""Our Rasa NLU components trained and run directly, without a whole Rasa model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    RESPONSE_SELECTOR,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.crisis import detect_crisis
from bot.nlu.safety_net import SafetyNet
from bot.nlu.tfidf_classifier import (
    MESSAGE_CRISIS,
    SENTENCE_CRISIS,
    TfidfClassifier,
    sentences,
)
from bot.nlu.tfidf_selector import TfidfResponseSelector
from bot.referral_map import CRISIS_CAUTION, CRISIS_ENTITY
from bot.tfidf import balanced_weights

EXAMPLES = {
    "ongewenste_omgangsvormen/pesten": [
        "ik word gepest",
        "collega's pesten me elke dag",
        "ze sluiten me buiten en lachen me uit",
    ],
    "ongewenste_omgangsvormen/discriminatie": [
        "ik word gediscrimineerd om mijn afkomst",
        "opmerkingen over mijn hoofddoek",
        "hij maakt racistische grappen over mij",
    ],
    "buiten_scope/it": ["mijn laptop is kapot", "de vpn werkt niet", "ik kan niet inloggen"],
    "buiten_scope/salaris_verlof": [
        "hoeveel verlof heb ik nog",
        "mijn salaris klopt niet",
        "hoe vraag ik verlof aan",
    ],
    "greet": ["hoi", "hallo", "goedemorgen"],
}


def _message(text: str, key: str | None = None) -> Message:
    data: dict[str, Any] = {TEXT: text}
    if key:
        data[INTENT] = key.partition("/")[0]
        if "/" in key:
            data[INTENT_RESPONSE_KEY] = key
    return Message(data=data)


def _trained(
    cls: type[TfidfClassifier],
    tmp_path: Path,
    examples: dict[str, list[str]] = EXAMPLES,
    **config: Any,
) -> TfidfClassifier:
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    component = cls.create(
        {**cls.get_default_config(), **config}, storage, Resource(cls.__name__), context
    )
    messages = [_message(t, key) for key, texts in examples.items() for t in texts]
    component.train(TrainingData(training_examples=messages))
    return cls.load(
        {**cls.get_default_config(), **config}, storage, Resource(cls.__name__), context
    )


def test_selector_ranks_subcategories_within_each_category(tmp_path: Path) -> None:
    selector = _trained(TfidfResponseSelector, tmp_path)
    message = _message("mijn collega's pesten mij en lachen me uit")
    selector.process([message])
    output = message.get(RESPONSE_SELECTOR)
    assert output["all_retrieval_intents"] == ["buiten_scope", "ongewenste_omgangsvormen"]
    ranking = output["default"]["ranking"]
    assert {r[INTENT_RESPONSE_KEY] for r in ranking} == {k for k in EXAMPLES if "/" in k}
    # Confidences are shares within a category, so each category's add up to one.
    for category in ("buiten_scope", "ongewenste_omgangsvormen"):
        share = sum(r["confidence"] for r in ranking if r[INTENT_RESPONSE_KEY].startswith(category))
        assert share == pytest.approx(1.0)
    best = next(r for r in ranking if r[INTENT_RESPONSE_KEY].startswith("ongewenste"))
    assert best[INTENT_RESPONSE_KEY] == "ongewenste_omgangsvormen/pesten"
    assert output["default"]["response"][INTENT_RESPONSE_KEY] == ranking[0][INTENT_RESPONSE_KEY]


def test_classifier_learns_base_intents_and_survives_a_round_trip(tmp_path: Path) -> None:
    classifier = _trained(TfidfClassifier, tmp_path)
    message = _message("de vpn werkt weer niet")
    classifier.process([message])
    assert message.get(INTENT)["name"] == "buiten_scope"
    names = [r["name"] for r in message.get("intent_ranking")]
    assert set(names) == {"ongewenste_omgangsvormen", "buiten_scope", "greet"}


def test_weights_are_kept_in_column_order_for_one_message_at_a_time(tmp_path: Path) -> None:
    classifier = _trained(TfidfClassifier, tmp_path)
    weights = classifier.model[-1].coef_
    # Still so after the storage round trip that _trained makes.
    assert weights.flags.f_contiguous
    text = ["de vpn werkt weer niet"]
    column_order = classifier.model.predict_proba(text)
    classifier.model[-1].coef_ = np.ascontiguousarray(weights)
    assert classifier.model.predict_proba(text) == pytest.approx(column_order)


def test_character_ngrams_can_be_switched_off(tmp_path: Path) -> None:
    typo = "de vnp werk niet"
    scores = {}
    for char_ngrams in (True, False):
        (folder := tmp_path / str(char_ngrams)).mkdir()
        classifier = _trained(TfidfClassifier, folder, char_ngrams=char_ngrams)
        features = classifier.model.steps[0][1]
        assert hasattr(features, "transformer_list") is char_ngrams
        message = _message(typo)
        classifier.process([message])
        scores[char_ngrams] = next(
            r["confidence"] for r in message.get("intent_ranking") if r["name"] == "buiten_scope"
        )
    # Only the character n-grams see "vnp" as close to "vpn".
    assert scores[True] > scores[False]


def test_lemmas_are_added_only_when_configured(tmp_path: Path) -> None:
    message = _message("hij liep weg")
    message.set(
        TOKENS_NAMES[TEXT],
        [Token("hij", 0, lemma="hij"), Token("liep", 4, lemma="lopen"), Token("weg", 9)],
    )
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    config = TfidfClassifier.get_default_config()
    plain = TfidfClassifier.create(config, storage, Resource("a"), context)
    lemmas = TfidfClassifier.create({**config, "use_lemmas": True}, storage, Resource("b"), context)
    assert plain.inputs([message]) == ["hij liep weg"]
    assert lemmas.inputs([message]) == ["hij liep weg lopen"]


def test_sentence_inputs_carry_the_lemmas_of_their_own_sentence(tmp_path: Path) -> None:
    message = _message("hij liep weg. zij bleef daar staan.")
    message.set(
        TOKENS_NAMES[TEXT],
        [
            Token("hij", 0, lemma="hij"),
            Token("liep", 4, lemma="lopen"),
            Token("weg", 9),
            Token("zij", 14, lemma="zij"),
            Token("bleef", 18, lemma="blijven"),
            Token("daar", 24),
            Token("staan", 29, lemma="staan"),
        ],
    )
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    config = {**TfidfClassifier.get_default_config(), "use_lemmas": True}
    classifier = TfidfClassifier.create(config, storage, Resource("a"), context)
    assert classifier.sentence_inputs(message) == [
        "hij liep weg. lopen",
        "zij bleef daar staan. blijven",
    ]


def test_balanced_weights_equalise_categories_and_leave_others_alone() -> None:
    labels = ["crisis"] * 6 + ["misstand"] * 2 + ["greet"] * 3
    weights = balanced_weights(labels, {"crisis", "misstand"})
    assert weights == {"crisis": pytest.approx(8 / 12), "misstand": pytest.approx(2.0)}
    assert weights["crisis"] * 6 == pytest.approx(weights["misstand"] * 2)
    assert balanced_weights(["greet"], {"crisis"}) == {}


def test_sentences_are_split_only_for_stories_of_two_or_more() -> None:
    assert sentences("Ik word gepest op mijn werk.") == []
    assert sentences("Ik word gepest. Het is erg! Wat kan ik doen?\nOk.") == [
        "Ik word gepest.",
        "Het is erg!",
        "Wat kan ik doen?",
    ]


CRISIS_EXAMPLES = {
    **EXAMPLES,
    "crisis": ["ik wil er niet meer zijn", "ik zie geen uitweg meer", "iedereen is beter af"],
}


def test_classifier_scores_the_most_alarming_sentence_of_a_story(tmp_path: Path) -> None:
    classifier = _trained(TfidfClassifier, tmp_path, CRISIS_EXAMPLES)
    story = _message(
        "Mijn laptop is kapot en de vpn werkt niet. Ik kan niet inloggen. "
        "Ik zie geen uitweg meer."
    )
    single = _message("mijn laptop is kapot")
    classifier.process([story, single])
    whole = next(r["confidence"] for r in story.get(INTENT_RANKING_KEY) if r["name"] == "crisis")
    # The crisis sentence alone is far clearer than the story it is buried in.
    assert story.get(SENTENCE_CRISIS) > max(0.5, whole)
    assert single.get(SENTENCE_CRISIS) is None
    # The message's own crisis probability is kept even where the ranking leaves crisis out.
    assert story.get(MESSAGE_CRISIS) == pytest.approx(whole)
    assert 0.0 <= single.get(MESSAGE_CRISIS) < 0.5


def test_sentences_of_other_messages_teach_the_sentence_model(tmp_path: Path) -> None:
    examples = {
        **CRISIS_EXAMPLES,
        "arbeidsconflict": [
            "We hebben al maanden ruzie over het rooster. Ik wil er niet meer over praten.",
            "Mijn teamleider en ik botsen steeds. Hij luistert niet naar me.",
            "conflict met mijn leidinggevende over mijn taken",
        ],
    }
    for name in ("learnt", "plain", "selector"):
        (tmp_path / name).mkdir()
    learnt = _trained(TfidfClassifier, tmp_path / "learnt", examples)
    plain = _trained(TfidfClassifier, tmp_path / "plain", examples, sentence_model=False)
    # Stored and loaded with the model; without it the message model scores sentences.
    assert learnt.sentence_model is not None
    assert plain.sentence_model is None
    assert _trained(TfidfResponseSelector, tmp_path / "selector", examples).sentence_model is None
    everyday = "Mijn laptop is kapot. Ik wil er niet meer over praten."
    alarming = "Mijn laptop is kapot. Ik zie geen uitweg meer."
    scores = {}
    for name, classifier in (("learnt", learnt), ("plain", plain)):
        messages = [_message(everyday), _message(alarming)]
        classifier.process(messages)
        scores[name] = [m.get(SENTENCE_CRISIS) for m in messages]
    assert scores["learnt"][0] < scores["plain"][0]
    assert scores["learnt"][1] > 0.5 > scores["learnt"][0]


def test_a_denial_is_not_scored_as_the_crisis_sentence_of_a_story(tmp_path: Path) -> None:
    classifier = _trained(TfidfClassifier, tmp_path, CRISIS_EXAMPLES)
    denial = "Ik heb geen doodsgedachten."
    assert classifier.sentence_inputs(_message(f"Mijn laptop is kapot. {denial}")) == [
        "Mijn laptop is kapot."
    ]
    story = _message(f"Ik kan niet inloggen. {denial} Ik zie geen uitweg meer.")
    assert classifier.sentence_inputs(story) == [
        "Ik kan niet inloggen.",
        "Ik zie geen uitweg meer.",
    ]


def _ranked(text: str, ranking: list[tuple[str, float]], **attributes: Any) -> Message:
    message = Message(data={TEXT: text, **attributes})
    message.set(INTENT, {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in ranking])
    return message


def test_safety_net_patterns_override_the_classifier_and_name_the_kind() -> None:
    message = _ranked("ik word gepest en ik wil dood", [("ongewenste_omgangsvormen", 0.9)])
    SafetyNet.process_one(message)
    assert message.get(INTENT) == {"name": "crisis", "confidence": 1.0}
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == [
        "crisis",
        "ongewenste_omgangsvormen",
    ]
    assert [(e["entity"], e["value"]) for e in message.get(ENTITIES)] == [
        ("crisis_soort", "zelfdoding")
    ]


def test_safety_net_marks_an_english_crisis_for_the_english_crisis_answer() -> None:
    message = _ranked("I want to kill myself, my boss bullies me", [("engels", 0.9)])
    SafetyNet.process_one(message)
    assert message.get(INTENT) == {"name": "crisis", "confidence": 1.0}
    assert [(e["entity"], e["value"]) for e in message.get(ENTITIES)] == [
        ("crisis_soort", "zelfdoding"),
        ("taal", "en"),
    ]


@pytest.mark.parametrize(
    ("crisis", "sentence", "flagged"),
    [
        (0.55, None, True),
        (0.45, None, False),
        (0.1, 0.85, True),
        (0.1, 0.75, False),
        # A story: from 0.3 for the whole, when one sentence scores 0.2 or more.
        (0.35, 0.25, True),
        (0.35, 0.15, False),
        (0.25, 0.25, False),
    ],
)
def test_safety_net_trusts_the_model_above_its_thresholds(
    crisis: float, sentence: float | None, flagged: bool
) -> None:
    attributes = {SENTENCE_CRISIS: sentence} if sentence is not None else {}
    message = _ranked(
        "Het gaat niet goed met me.",
        [("persoonlijke_zorgen", 0.9 - crisis), ("crisis", crisis)],
        **attributes,
    )
    SafetyNet.process_one(message, model_threshold=0.5, sentence_threshold=0.8, story=(0.3, 0.2))
    assert (message.get(INTENT)["name"] == "crisis") is flagged
    # Without crisis words there is no crisis kind to report.
    assert not message.get(ENTITIES)


@pytest.mark.parametrize(
    ("text", "message_crisis", "sentence", "flagged"),
    [
        # A knife in a cooking workshop: the model all but rules a crisis out.
        ("Moeten we voor de kookworkshop zelf messen meenemen?", 0.01, None, False),
        ("Moeten we voor de kookworkshop zelf messen meenemen?", 0.05, None, True),
        ("Moeten we voor de kookworkshop zelf messen meenemen?", 0.01, 0.35, True),
        ("Moeten we voor de kookworkshop zelf messen meenemen?", None, None, True),
        ("Ik wil graag afscheid nemen van iedereen.", 0.01, 0.1, False),
        # Strong words are overruled only when the model is all but sure for every sentence too.
        ("ik wil dood", 0.03, None, True),
        ("ik wil dood", 0.01, 0.05, True),
        ("ik wil dood", 0.01, None, False),
        ("Er staat een man met een mes bij de balie te dreigen, bel de politie", 0.04, None, True),
        ("Er staat een man met een mes bij de balie te dreigen, bel de politie", 0.0, None, False),
        # The model learnt Dutch: strong words in English stand.
        ("I want to kill myself tonight", 0.0, None, True),
    ],
)
def test_safety_net_lets_a_sure_model_overrule_crisis_words(
    text: str, message_crisis: float | None, sentence: float | None, flagged: bool
) -> None:
    attributes: dict[str, Any] = {}
    if message_crisis is not None:
        attributes[MESSAGE_CRISIS] = message_crisis
    if sentence is not None:
        attributes[SENTENCE_CRISIS] = sentence
    message = _ranked(text, [("buiten_scope", 0.9)], **attributes)
    SafetyNet.process_one(message)
    assert (message.get(INTENT)["name"] == "crisis") is flagged
    kinds = [e["value"] for e in message.get(ENTITIES) or [] if e["entity"] == CRISIS_ENTITY]
    assert kinds == ([detect_crisis(text).kind] if flagged else [])
    # Strong words set aside still get 113 and 112 in the first reply; weak ones do not.
    caution = message.as_dict(only_output_properties=True).get(CRISIS_CAUTION)
    assert bool(caution) is (not flagged and not detect_crisis(text).weak)


@pytest.mark.parametrize(
    ("text", "message_crisis", "sentence", "caution"),
    [
        ("Het gaat niet goed met me, alles is zwaar.", 0.2, None, True),
        ("Het gaat niet goed met me, alles is zwaar.", 0.1, None, False),
        ("Het gaat niet goed met me, alles is zwaar.", 0.1, 0.5, True),
        ("Het gaat niet goed met me, alles is zwaar.", 0.1, 0.3, False),
        # One sentence below the model threshold: the caution line, not the crisis answer.
        ("Het gaat niet goed met me, alles is zwaar.", 0.5, None, True),
        # A crisis gets the full crisis answer, English the English one: no caution line.
        ("Het gaat niet goed met me, alles is zwaar.", 0.6, None, False),
        ("Het gaat niet goed met me. Alles is zwaar.", 0.45, 0.2, False),
        ("ik wil dood", 0.1, None, False),
        ("I feel terrible and I do not know what to do anymore", 0.3, None, False),
    ],
)
def test_safety_net_asks_for_113_and_112_when_a_crisis_is_likely_but_not_flagged(
    text: str, message_crisis: float, sentence: float | None, caution: bool
) -> None:
    attributes: dict[str, Any] = {MESSAGE_CRISIS: message_crisis}
    if sentence is not None:
        attributes[SENTENCE_CRISIS] = sentence
    message = _ranked(
        text,
        [("persoonlijke_zorgen", 0.9 - message_crisis), ("crisis", message_crisis)],
        **attributes,
    )
    SafetyNet.process_one(message)
    output = message.as_dict(only_output_properties=True)
    assert bool(output.get(CRISIS_CAUTION)) is caution


def test_safety_net_drops_a_weak_crisis_guess_without_crisis_words() -> None:
    message = _ranked(
        "Het gaat niet goed met me.", [("crisis", 0.4), ("persoonlijke_zorgen", 0.35)]
    )
    SafetyNet.process_one(message, model_threshold=0.5)
    assert message.get(INTENT)["name"] == "persoonlijke_zorgen"
    assert "crisis" not in [r["name"] for r in message.get(INTENT_RANKING_KEY)]


def test_safety_net_sends_english_to_the_english_answer() -> None:
    message = _ranked(
        "I am being bullied by my manager and I do not know what to do",
        [("ongewenste_omgangsvormen", 0.6)],
    )
    SafetyNet.process_one(message)
    assert message.get(INTENT) == {"name": "engels", "confidence": 1.0}


def test_safety_net_sends_another_language_to_the_bilingual_pointer() -> None:
    # Turkish "gün" (day) loses its accent in the patterns; it is not the English "gun".
    message = _ranked("Patronum bana her gün bağırıyor, ne yapmalıyım", [("buiten_scope", 0.5)])
    SafetyNet.process_one(message)
    assert message.get(INTENT) == {"name": "andere_taal", "confidence": 1.0}
