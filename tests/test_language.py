"""Language guess for the other-language answer; the language of each line of an answer."""

from __future__ import annotations

import pytest

from bot.language import DUTCH, ENGLISH, OTHER, guess_language
from bot.message_language import clean_hint, language_hint, line_languages


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mijn leidinggevende kleineert me", DUTCH),
        ("hoi", DUTCH),
        ("help", DUTCH),
        ("", DUTCH),
        ("my manager is bullying me and I do not know what to do", ENGLISH),
        ("is this confidential?", ENGLISH),
        ("Mein Chef mobbt mich und ich weiß nicht was ich tun soll", OTHER),
        ("je suis harcelée par mon chef", OTHER),
        ("مديري يتنمر علي", OTHER),
        ("Mijn manager is a bully, ik weet niet wat ik moet doen", DUTCH),
        ("mój szef mnie obraża codziennie", OTHER),
        ("Her gün işe gitmek istemiyorum, patron çok kötü", OTHER),
        ("nu mai vreau să trăiesc", OTHER),
        ("saya ingin mati", OTHER),
        ("Die Kollegen lachen über meinen Akzent, was soll ich tun?", OTHER),
        # Dutch words that other languages share: "mes", "nu", "nie", "pas", "chef".
        ("mes in de wachtruimte NU", DUTCH),
        ("grapje. of nie. idk egt nie", DUTCH),
        ("mijn pas werkt niet en mijn chef is er pas morgen", DUTCH),
    ],
)
def test_guess(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_labelled_lines_are_in_the_language_they_name() -> None:
    text = "Bel 113.\n(English: call 113.)\n  (Nederlands: bel 113.)\nZie (English: x)"
    assert line_languages(text) == ["nl", "en", "nl", "nl"]
    assert line_languages(text, "en") == ["en", "en", "nl", "en"]


def test_a_filled_in_value_has_its_own_language_on_whole_lines_only() -> None:
    lijst = "- Luisterend Oor: bel 030\n- Bureau Integriteit: bel 031"
    text = f"You can contact:\n{lijst}\nCall 112."
    assert line_languages(text, "en", {lijst: "nl"}) == ["en", "nl", "nl", "en"]
    # Inside a sentence a value cannot be marked line by line: the line keeps the response's.
    assert line_languages(f"Contact {lijst}", "en", {lijst: "nl"}) == ["en", "en"]
    assert line_languages("A\n\nB", "en", {"": "nl"}) == ["en", "en", "en"]


def test_the_hint_comes_from_the_response_metadata() -> None:
    lijst = "- Luisterend Oor: bel 030"
    text = f"You can contact:\n{lijst}"
    metadata = {"lang": "en", "value_lang": {"lijst": "nl"}}
    assert language_hint(text, metadata, {"lijst": lijst, "utter_action": "x"}) == {
        "lang": "en",
        "lines": ["en", "nl"],
    }
    assert language_hint(text, {"lang": "en"}) == {"lang": "en"}
    assert language_hint("Hallo.\n(English: hello.)") == {"lang": "nl", "lines": ["nl", "en"]}
    # A Dutch answer without metadata, or metadata that is no language, needs no hint.
    assert language_hint("Hallo.") is None
    assert language_hint("Hallo.", {"lang": "<b>"}) is None
    assert language_hint("Hallo.", ["en"]) is None
    assert language_hint(
        text, {"lang": "en", "value_lang": {"lijst": "x y"}}, {"lijst": lijst}
    ) == {"lang": "en"}


def test_a_hint_from_elsewhere_is_checked_against_the_text() -> None:
    assert clean_hint({"lang": "en", "lines": ["en", "nl"], "x": 1}, "a\nb") == {
        "lang": "en",
        "lines": ["en", "nl"],
    }
    assert clean_hint({"lang": "en", "lines": ["en"]}, "a\nb") == {"lang": "en"}
    assert clean_hint({"lang": "en", "lines": ["en", "<i>"]}, "a\nb") == {"lang": "en"}
    assert clean_hint({"lang": 'en" onclick="x'}, "a") is None
    assert clean_hint("en", "a") is None
    assert clean_hint(None, "a") is None
