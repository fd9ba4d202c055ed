"""Classification, routing and crisis metrics over the held-out evaluation set."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.referral_map import CATEGORIES

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"


@dataclass(frozen=True)
class Case:
    """One labelled held-out concern."""

    text: str
    category: str
    subcategory: str | None
    helplines: tuple[str, ...]


def load_cases(path: Path = EVAL_DIR / "concerns.yml") -> list[Case]:
    """The held-out concerns."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(r["text"], r["category"], r.get("subcategory"), tuple(r.get("helplines") or ()))
        for r in raw
    ]


def load_idioms(path: Path = EVAL_DIR / "idioms.yml") -> list[str]:
    """Everyday idiom that must not raise a crisis alarm."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8")))


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank q-th percentile (0-100) of values."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[rank]


def per_category(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per category."""
    scores = {}
    for cat in CATEGORIES:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cat and p == cat)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != cat and p == cat)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cat and p != cat)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[cat] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    return scores


def macro_f1(scores: dict[str, dict[str, float]]) -> float:
    """Unweighted mean F1 over categories that occur."""
    present = [s["f1"] for s in scores.values() if s["support"]]
    return sum(present) / len(present)


def routing_ok(case: Case, helplines: Sequence[str]) -> bool:
    """The first recommended help line is one the label accepts (any, when none is listed)."""
    if not case.helplines:
        return True
    return bool(helplines) and helplines[0] in case.helplines


def summarise(
    cases: Sequence[Case], results: Sequence[dict[str, Any]], idiom_flags: Sequence[bool]
) -> dict[str, Any]:
    """All headline numbers for one system."""
    gold = [c.category for c in cases]
    predicted = [r["category"] for r in results]
    scores = per_category(gold, predicted)
    crisis_cases = [r for c, r in zip(cases, results, strict=True) if c.category == "crisis"]
    non_crisis = [r for c, r in zip(cases, results, strict=True) if c.category != "crisis"]
    false_alarms = sum(1 for r in non_crisis if r["crisis"]) + sum(idiom_flags)
    return {
        "per_category": scores,
        "macro_f1": macro_f1(scores),
        "accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold),
        "routing_accuracy": sum(
            routing_ok(c, r["helplines"]) for c, r in zip(cases, results, strict=True)
        )
        / len(cases),
        "crisis_recall": sum(1 for r in crisis_cases if r["crisis"]) / len(crisis_cases),
        "crisis_fpr": false_alarms / (len(non_crisis) + len(idiom_flags)),
        "idiom_false_alarms": sum(idiom_flags),
    }


def safety_lines(
    cases: Sequence[Case],
    results: Sequence[dict[str, Any]],
    idiom_results: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    """Crises whose first reply names 113/112 (alarm or caution line); others given the line."""
    crisis_cases = [r for c, r in zip(cases, results, strict=True) if c.category == "crisis"]
    others = [r for c, r in zip(cases, results, strict=True) if c.category != "crisis"]
    others += list(idiom_results)
    return {
        "crisis_told_113": sum(1 for r in crisis_cases if r["crisis"] or r.get("caution"))
        / len(crisis_cases),
        "caution_rate": sum(1 for r in others if r.get("caution")) / len(others),
    }
