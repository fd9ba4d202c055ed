"""Test helpers: settings, free ports and seeded statistics."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from pathlib import Path

from bot.settings import Settings
from bot.stats import Referral, StatsStore
from tests.servers import free_port  # noqa: F401 - re-exported for the web tests
from tests.web.fake_rasa import TOKEN

STATS_TOKEN = "stats-geheim-123"


def make_settings(tmp_path: Path, rasa_url: str, **overrides: object) -> Settings:
    """Test settings on top of the defaults, with a SQLite file in tmp_path."""
    values: dict[str, object] = {
        "rasa_url": rasa_url,
        "rasa_urls": (rasa_url,),
        "action_url": rasa_url,
        "rasa_token": TOKEN,
        "stats_token": STATS_TOKEN,
        "database_url": f"sqlite:///{tmp_path / 'stats.db'}",
        "rate_limit_per_minute": 1000,
    }
    values.update(overrides)
    return dataclasses.replace(Settings.from_env({}), **values)  # type: ignore[arg-type]


def seed(url: str, rows: Iterable[tuple[str, str, str | None, str | None, int]]) -> None:
    """Store (period, category, subcategory, helpline, n) referral counts."""
    store = StatsStore(url)
    for period, category, sub, helpline, n in rows:
        for _ in range(n):
            store.record(Referral(period, category, sub, helpline, id=str(uuid.uuid4())))
    store.close()


def this_month(offset_years: int = 0) -> str:
    """The current month, or the same month offset_years earlier."""
    today = dt.date.today()
    return f"{today.year - offset_years}-{today.month:02d}"


def months_ago(n: int) -> str:
    """The month n months before the current one, as YYYY-MM."""
    today = dt.date.today()
    index = today.year * 12 + today.month - 1 - n
    return f"{index // 12}-{index % 12 + 1:02d}"
