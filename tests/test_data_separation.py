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
# Every evaluation folder under tests/ (eval, final, holdout, blind*) and the crisis validation set.
HELD_OUT = [
    *sorted(TESTS.glob("*/concerns.yml")),
    *sorted(TESTS.glob("*/idioms.yml")),
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
