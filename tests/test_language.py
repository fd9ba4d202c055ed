"""Language guess for the other-language answer."""

from __future__ import annotations

import pytest

from bot.language import DUTCH, ENGLISH, OTHER, guess_language


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
    ],
)
def test_guess(text: str, language: str) -> None:
    assert guess_language(text) == language
