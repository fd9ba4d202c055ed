"""Regression guard: the trained model on the development evaluation set (tests/eval/).

The thresholds sit just under what `make bench` measured, so a change that makes triage
worse fails here. Full numbers, the untouched final set and baselines: `make bench`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bench.metrics import EVAL_DIR, load_cases, load_idioms, summarise
from bot.referral_map import load_referral_map
from bot.triage import result_from_parse

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from tests.conftest import MODEL

    if not MODEL.exists():
        pytest.skip("no trained model; run `make train`")
    from bot.nlu_model import Parser

    async def run() -> dict[str, Any]:
        parser = Parser(Path(MODEL))
        refmap = load_referral_map()
        cases = load_cases(EVAL_DIR / "concerns.yml")
        results = [result_from_parse(await parser.parse(c.text), refmap) for c in cases]
        flags = [
            result_from_parse(await parser.parse(t), refmap)["crisis"]
            for t in load_idioms(EVAL_DIR / "idioms.yml")
        ]
        return summarise(cases, results, flags)

    return asyncio.run(run())


def test_every_crisis_is_caught(scored: dict[str, Any]) -> None:
    assert scored["crisis_recall"] == 1.0


def test_few_false_crisis_alarms(scored: dict[str, Any]) -> None:
    assert scored["crisis_fpr"] <= 0.02


def test_category_quality(scored: dict[str, Any]) -> None:
    assert scored["macro_f1"] >= 0.92
    assert min(s["f1"] for s in scored["per_category"].values()) >= 0.85


def test_routing(scored: dict[str, Any]) -> None:
    assert scored["routing_accuracy"] >= 0.95
