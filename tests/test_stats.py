"""Anonymous counts in a real SQLite database, and the stats command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, inspect, text

from bot.counting import CountWriter
from bot.stats import Referral, StatsStore, current_period, suppress
from tests.conftest import ROOT


def fill(store: StatsStore, category: str, n: int, period: str = "2026-10") -> None:
    for i in range(n):
        store.record(
            Referral(period, category, None, "vertrouwenspersoon", id=f"{category}-{period}-{i}")
        )


def test_period_is_a_month_only() -> None:
    assert current_period(dt.date(2026, 3, 9)) == "2026-03"


def test_schema_has_no_sender_text_or_time_columns(db_url: str) -> None:
    store = StatsStore(db_url)
    store.migrate()
    columns = {c["name"] for c in inspect(store.engine).get_columns("referrals")}
    assert columns == {"id", "period", "category", "subcategory", "helpline"}


def test_old_databases_are_migrated(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE referrals (id VARCHAR(36) PRIMARY KEY, period VARCHAR(7), category VARCHAR(40))"
            )
        )
    store = StatsStore(db_url)
    store.migrate()
    assert "helpline" in {c["name"] for c in inspect(store.engine).get_columns("referrals")}


def test_a_retried_count_is_stored_once(db_url: str) -> None:
    store = StatsStore(db_url)
    referral = Referral.now("misstand", None, "bureau_integriteit")
    assert store.record(referral) is True
    assert store.record(referral) is False
    assert store.raw_counts() == [{"period": referral.period, "category": "misstand", "count": 1}]


def test_suppression_threshold() -> None:
    assert [suppress(n) for n in (0, 1, 4, 5, 17)] == [None, None, None, 5, 17]


async def test_counts_survive_a_database_outage(tmp_path) -> None:
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("x")  # a file where the database directory should be: writes fail
    writer = CountWriter(StatsStore(f"sqlite:///{blocked}/stats.db"), retry_seconds=0.01)
    referral = Referral.now("arbeidsconflict", None, "mediation")
    assert await writer.add(referral) is False
    assert list(writer.pending) == [referral]
    writer.store = StatsStore(f"sqlite:///{tmp_path / 'ok.db'}")
    assert await writer.flush() is True
    await writer.close()
    assert writer.store.raw_counts()[0]["count"] == 1


@pytest.fixture
def filled(db_url: str) -> str:
    store = StatsStore(db_url)
    fill(store, "ongewenste_omgangsvormen", 7)
    fill(store, "misstand", 2)
    fill(store, "arbeidsconflict", 5, period="2026-11")
    store.close()
    return db_url


def run_cli(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env={"DATABASE_URL": db_url, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )


def test_stats_json_suppresses_small_counts(filled: str) -> None:
    rows = json.loads(run_cli(filled, "stats", "--json").stdout)
    assert rows == [
        {"period": "2026-10", "category": "misstand", "count": None},
        {"period": "2026-10", "category": "ongewenste_omgangsvormen", "count": 7},
        {"period": "2026-11", "category": "arbeidsconflict", "count": 5},
    ]


def test_stats_table_shows_suppressed_cells(filled: str) -> None:
    out = run_cli(filled, "stats").stdout
    assert "misstand" in out and "<5" in out and " 2 " not in out


async def test_a_hanging_database_does_not_delay_the_referral(db_url: str) -> None:
    import asyncio
    import time

    store = StatsStore(db_url)
    slow_record = store.record

    def hanging(referral: Referral) -> bool:
        time.sleep(0.5)  # a database that answers late
        return slow_record(referral)

    store.record = hanging  # type: ignore[method-assign]
    writer = CountWriter(store, retry_seconds=0.05, wait_seconds=0.1)
    referral = Referral.now("misstand", None, "bureau_integriteit")
    started = time.monotonic()
    assert await writer.add(referral) is False
    assert time.monotonic() - started < 0.4
    for _ in range(40):  # the late write lands, and the retry sees it was already stored
        await asyncio.sleep(0.05)
        if not writer.pending:
            break
    await writer.close()
    assert not writer.pending
    assert sum(r["count"] for r in store.raw_counts()) == 1
