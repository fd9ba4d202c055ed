"""Shared fixtures: a clean runtime per test and real Rasa SDK trackers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker

from bot import runtime
from bot.referral_map import ReferralMap, load_referral_map

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "wegwijzer.tar.gz"


@pytest.fixture
def refmap() -> ReferralMap:
    """The real referral map shipped with the project."""
    return load_referral_map(ROOT / "data" / "verwijskaart.yml")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database file."""
    return f"sqlite:///{tmp_path / 'stats.db'}"


@pytest.fixture(autouse=True)
def clean_runtime(monkeypatch: pytest.MonkeyPatch, db_url: str) -> Iterator[None]:
    """Each test gets its own settings and database."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("REFERRAL_MAP", raising=False)
    runtime.settings.cache_clear()
    runtime.count_writer.cache_clear()
    yield
    runtime.settings.cache_clear()
    runtime.count_writer.cache_clear()


def parse(
    intent: str,
    confidence: float = 0.95,
    *,
    ranking: list[tuple[str, float]] | None = None,
    entities: list[dict[str, Any]] | None = None,
    sub: str | None = None,
) -> dict[str, Any]:
    """A parse result shaped like Rasa's, without user text."""
    ranked = [{"name": intent, "confidence": confidence}]
    ranked += [{"name": n, "confidence": c} for n, c in ranking or []]
    data: dict[str, Any] = {
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": ranked,
        "entities": entities or [],
    }
    if sub:
        data["response_selector"] = {
            "default": {"ranking": [{"intent_response_key": f"{intent}/{sub}", "confidence": 0.9}]}
        }
    return data


def make_tracker(latest: dict[str, Any], slots: dict[str, Any] | None = None) -> Tracker:
    """A real rasa_sdk Tracker holding the given slots and latest parse."""
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture
def requires_model() -> Path:
    """Skip when no model was trained (make test trains one first)."""
    if not MODEL.exists():
        pytest.skip("no trained model; run `make train`")
    return MODEL
