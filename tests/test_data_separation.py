"""No evaluation message may leak into the training data, not even with other capitals or punctuation.

Short stock phrases ("ik wil dood") occur in any honest set; longer ones must not repeat.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench.baselines import training_examples
from bot.textnorm import normalise

TESTS = Path(__file__).resolve().parent
HELD_OUT = [
    TESTS / "eval" / "concerns.yml",
    TESTS / "eval" / "idioms.yml",
    TESTS / "final" / "concerns.yml",
    TESTS / "final" / "idioms.yml",
    TESTS / "holdout" / "concerns.yml",
    TESTS / "holdout" / "idioms.yml",
    TESTS / "blind" / "concerns.yml",
    TESTS / "blind" / "idioms.yml",
    TESTS / "blind2" / "concerns.yml",
    TESTS / "blind2" / "idioms.yml",
    TESTS / "blind3" / "concerns.yml",
    TESTS / "blind3" / "idioms.yml",
    TESTS / "blind4" / "concerns.yml",
    TESTS / "blind4" / "idioms.yml",
    TESTS / "blind5" / "concerns.yml",
    TESTS / "blind5" / "idioms.yml",
    TESTS / "blind6" / "concerns.yml",
    TESTS / "blind6" / "idioms.yml",
    TESTS / "blind7" / "concerns.yml",
    TESTS / "blind7" / "idioms.yml",
    TESTS / "blind8" / "concerns.yml",
    TESTS / "blind8" / "idioms.yml",
    TESTS / "blind9" / "concerns.yml",
    TESTS / "blind9" / "idioms.yml",
    TESTS / "blind10" / "concerns.yml",
    TESTS / "blind10" / "idioms.yml",
    TESTS / "blind11" / "concerns.yml",
    TESTS / "blind11" / "idioms.yml",
    TESTS / "blind12" / "concerns.yml",
    TESTS / "blind12" / "idioms.yml",
    TESTS / "blind13" / "concerns.yml",
    TESTS / "blind13" / "idioms.yml",
    TESTS / "validation" / "crisis.yml",
]


def _texts(path: Path) -> list[str]:
    """The messages of an evaluation file (plain strings or items with a text)."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [i if isinstance(i, str) else i["text"] for i in items]


@pytest.fixture(scope="module")
def trained_on() -> set[str]:
    texts, _ = training_examples()
    return {normalise(t) for t in texts}


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_held_out_messages_are_not_training_lines(path: Path, trained_on: set[str]) -> None:
    texts = _texts(path)
    assert texts
    leaked = [t for t in texts if normalise(t) in trained_on and len(t.split()) > 6]
    assert leaked == []
