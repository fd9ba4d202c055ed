"""Counts on a real PostgreSQL server, which is stopped and started during the test."""

from __future__ import annotations

import pytest

from bot.counting import CountWriter
from bot.stats import Referral, StatsStore
from tests.services import have_postgres, postgres_server

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(not have_postgres(), reason="PostgreSQL server not installed"),
]


async def test_counts_are_kept_while_postgres_is_down_and_written_once_after() -> None:
    with postgres_server() as pg:
        store = StatsStore(pg.url)
        writer = CountWriter(store, retry_seconds=0.2)
        assert await writer.add(Referral.now("misstand", None, "bureau_integriteit")) is True

        pg.stop()
        down = [Referral.now("arbeidsconflict", None, "mediation") for _ in range(3)]
        for referral in down:
            assert await writer.add(referral) is False  # the person is not kept waiting on this
        assert list(writer.pending) == down

        pg.start()
        assert await writer.flush() is True
        # A retry of a count that did reach the database is not counted twice.
        assert store.record(down[0]) is False
        await writer.close()
        counts = {r["category"]: r["count"] for r in store.raw_counts(("category",))}
        assert counts == {"arbeidsconflict": 3, "misstand": 1}
        store.close()
