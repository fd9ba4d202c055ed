"""Our Rasa NLU components trained and run directly, without a whole Rasa model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, RESPONSE_SELECTOR, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.tfidf_classifier import TfidfClassifier
from bot.nlu.tfidf_selector import TfidfResponseSelector
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


def _trained(cls: type[TfidfClassifier], tmp_path: Path, **config: Any) -> TfidfClassifier:
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    component = cls.create(
        {**cls.get_default_config(), **config}, storage, Resource(cls.__name__), context
    )
    examples = [_message(t, key) for key, texts in EXAMPLES.items() for t in texts]
    component.train(TrainingData(training_examples=examples))
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


def test_balanced_weights_equalise_categories_and_leave_others_alone() -> None:
    labels = ["crisis"] * 6 + ["misstand"] * 2 + ["greet"] * 3
    weights = balanced_weights(labels, {"crisis", "misstand"})
    assert weights == {"crisis": pytest.approx(8 / 12), "misstand": pytest.approx(2.0)}
    assert weights["crisis"] * 6 == pytest.approx(weights["misstand"] * 2)
    assert balanced_weights(["greet"], {"crisis"}) == {}
