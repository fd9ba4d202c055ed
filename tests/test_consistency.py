"""Code, domain.yml, rules and the referral map agree with each other."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from actions.action_clarify import ActionClarify
from actions.action_explain_helpline import ActionExplainHelpline
from actions.action_other_language import ActionOtherLanguage
from actions.action_route_concern import ActionRouteConcern
from bot.dialogue import RETRIEVAL_CATEGORIES
from bot.referral_map import CATEGORIES, ReferralMap
from tests.conftest import ROOT

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
CODE_FILES = [*(ROOT / "bot").rglob("*.py"), *(ROOT / "actions").glob("*.py")]


def _strings_in_code() -> set[str]:
    found: set[str] = set()
    for path in CODE_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
            if isinstance(node, ast.JoinedStr):
                found.add(ast.unparse(node))
    return found


def test_every_action_module_has_one_action_named_after_it() -> None:
    modules = sorted(p.stem for p in (ROOT / "actions").glob("action_*.py"))
    assert modules == sorted(DOMAIN["actions"])
    classes = [
        ActionRouteConcern,
        ActionExplainHelpline,
        ActionClarify,
        ActionOtherLanguage,
    ]
    for cls in classes:
        name = cls().name()
        camel = "".join(part.title() for part in name.split("_"))
        assert cls.__name__ == camel
        assert name in DOMAIN["actions"]


def test_every_response_used_in_code_exists_in_the_domain() -> None:
    responses = set(DOMAIN["responses"])
    # f-string fragments such as "utter_erkenning_" end in "_" and are checked below.
    used = {s for s in _strings_in_code() if re.fullmatch(r"utter_[a-z_]+[a-z]", s)}
    assert used, "no responses found in code"
    assert used - responses == set()


def test_retrieval_and_acknowledgement_responses_exist(refmap: ReferralMap) -> None:
    responses = set(DOMAIN["responses"])
    for category in CATEGORIES:
        assert f"utter_erkenning_{category}" in responses
    for category in RETRIEVAL_CATEGORIES:
        for sub in refmap.categories[category].subcategories:
            assert f"utter_{category}/{sub}" in responses


def test_intents_in_rules_and_nlu_are_in_the_domain() -> None:
    intents = set(DOMAIN["intents"])
    rules = yaml.safe_load((ROOT / "data" / "rules.yml").read_text(encoding="utf-8"))["rules"]
    text = yaml.safe_dump(rules)
    for name in re.findall(r"intent: ([a-z_]+)", text):
        assert name in intents | {"nlu_fallback"}
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            if "intent" in item:
                assert item["intent"].split("/")[0] in intents, path


def test_every_concern_category_has_a_subcategory_response_or_none(refmap: ReferralMap) -> None:
    for category in CATEGORIES:
        assert category in DOMAIN["intents"]
        assert category in refmap.categories


def test_crisis_numbers_in_the_domain_match_the_referral_map(refmap: ReferralMap) -> None:
    variants = DOMAIN["responses"]["utter_crisis"]
    assert "113" in refmap.helplines["zelfmoordpreventie_113"].contact["telefoon"]
    assert "0800-0113" in refmap.helplines["zelfmoordpreventie_113"].contact["telefoon"]
    assert refmap.helplines["alarmnummer_112"].contact["telefoon"] == "112"
    # The Dutch answer and the English one for the slot the crisis net fills.
    assert [v.get("condition") for v in variants] == [
        [{"type": "slot", "name": "taal", "value": "en"}],
        None,
    ]
    for variant in variants:
        for number in ("113", "0800-0113", "112"):
            assert number in variant["text"]


def test_slots_written_by_code_exist() -> None:
    from bot.dialogue import State

    # "geteld" is written when counting, "taal" from the crisis net's entity.
    assert set(State().slots()) | {"geteld", "taal"} == set(DOMAIN["slots"])


def test_no_python_file_does_work_at_import_time() -> None:
    """Engines, models and files are opened lazily, never at module level."""
    forbidden = re.compile(
        r"^(?!def |class |from |import |\s).*(create_engine|Agent\.load|open\(|load_referral_map\()",
        re.M,
    )
    for path in CODE_FILES:
        assert not forbidden.search(path.read_text(encoding="utf-8")), path


def test_readme_documents_every_setting() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    names = re.findall(
        r'env\.get\("([A-Z_]+)"|_int\(env, "([A-Z_]+)"',
        Path(ROOT / "bot" / "settings.py").read_text(),
    )
    for name in {a or b for a, b in names}:
        assert name in readme, name
        assert name in example, name


def test_spacy_config_differs_from_the_default_only_in_spacy_steps() -> None:
    default = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    spacy = yaml.safe_load((ROOT / "config-spacy.yml").read_text(encoding="utf-8"))
    assert spacy["policies"] == default["policies"]
    spacy_only = {"SpacyNLP", "SpacyTokenizer"}
    names = [c["name"] for c in spacy["pipeline"] if c["name"] not in spacy_only]
    default_names = [c["name"] for c in default["pipeline"] if c["name"] != "WhitespaceTokenizer"]
    assert names == default_names
    assert {"name": "SpacyNLP", "model": "nl_core_news_sm"} in spacy["pipeline"]
    # The crisis net decides the same way whichever tokenizer runs before it.
    net = [c for c in spacy["pipeline"] if c["name"].endswith("SafetyNet")]
    assert net == [c for c in default["pipeline"] if c["name"].endswith("SafetyNet")]


@pytest.mark.parametrize(
    ("entities", "language"),
    [([], "nl"), ([{"entity": "taal", "value": "en"}], "en")],
)
async def test_every_crisis_sets_the_language_of_its_answer(
    entities: list[dict[str, str]], language: str
) -> None:
    # After an English crisis the slot is "en"; if the action that clears it never ran, a Dutch
    # crisis must still be answered in Dutch: Rasa's own slot extraction sets it from the domain.
    from rasa.core.actions.action import ActionExtractSlots
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load(ROOT / "domain.yml")
    tracker = DialogueStateTracker.from_events(
        "x",
        [
            SlotSet("taal", "en"),
            UserUttered("...", intent={"name": "crisis", "confidence": 1.0}, entities=entities),
        ],
        slots=domain.slots,
    )
    events = await ActionExtractSlots(None).run(
        CollectingOutputChannel(),
        TemplatedNaturalLanguageGenerator(domain.responses),
        tracker,
        domain,
    )
    assert SlotSet("taal", language) in events


def test_every_line_of_every_response_is_in_the_language_the_chat_marks() -> None:
    """An English line in a Dutch response, or a Dutch one in an English response, needs a
    label ("(English: ...)") or the response's `metadata: {lang: ...}`: the chat marks each line
    with its language for screen readers (WCAG 3.1.2). Checked with the bot's language guess."""
    from bot.language import DUTCH, ENGLISH, guess_language
    from bot.message_language import DEFAULT_LANGUAGE, is_language_code, line_languages

    checked = set()
    for name, variants in DOMAIN["responses"].items():
        for variant in variants:
            text = variant["text"]
            metadata = variant.get("metadata") or {}
            assert set(metadata) <= {"lang", "value_lang"}, name
            lang = metadata.get("lang", DEFAULT_LANGUAGE)
            assert is_language_code(lang), name
            for placeholder, code in (metadata.get("value_lang") or {}).items():
                assert is_language_code(code), (name, placeholder)
                # Filled in on lines of its own, so that those lines can be marked.
                assert f"\n{{{placeholder}}}\n" in f"\n{text}\n", (name, placeholder)
            for line, expected in zip(text.split("\n"), line_languages(text, lang), strict=True):
                words = re.sub(r"\{\w+\}", "", line)
                if not words.strip():
                    continue
                guessed = guess_language(words)
                if expected == ENGLISH:
                    assert guessed == ENGLISH, (name, line)
                elif expected == DUTCH:
                    # Short lines count as Dutch; a line that reads as English must be marked.
                    assert guessed != ENGLISH, (name, line)
                checked.add(expected)
    assert checked == {DUTCH, ENGLISH}
