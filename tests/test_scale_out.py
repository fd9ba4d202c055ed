"""Two Rasa instances sharing a Redis tracker and lock store, counts in PostgreSQL."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
import redis

from bot.stats import StatsStore
from tests.conftest import MODEL
from tests.servers import Stack, rasa_stack
from tests.services import have_postgres, have_redis, postgres_server, redis_server

pytestmark = [
    pytest.mark.model,
    pytest.mark.services,
    pytest.mark.skipif(not (have_postgres() and have_redis()), reason="needs PostgreSQL and Redis"),
]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, str, str]]:
    if not MODEL.exists():
        pytest.skip("no trained model; run `make train`")
    workdir = tmp_path_factory.mktemp("cluster")
    with postgres_server() as pg, redis_server(workdir) as redis_addr:
        host, port = redis_addr.split(":")
        stores = (
            "tracker_store:\n  type: bot.tracker_store.RedactingRedisTrackerStore\n"
            f"  url: {host}\n  port: {port}\n  db: 0\n  ttl_seconds: 600\n"
            f"lock_store:\n  type: redis\n  url: {host}\n  port: {port}\n  db: 1\n"
        )
        with rasa_stack(workdir, {"DATABASE_URL": pg.url}, MODEL, stores, instances=2) as stack:
            yield stack, pg.url, redis_addr


def test_a_conversation_alternating_between_instances_stays_coherent(cluster) -> None:
    stack, db_url, redis_addr = cluster
    store = StatsStore(db_url)
    before = sum(r["count"] for r in store.raw_counts())
    sender = uuid.uuid4().hex
    first = stack.say(sender, "Kees van der Berg uit de Dorpsstraat pest me al maanden", instance=0)
    assert first[-1]["text"].startswith("Wat zou je het liefst willen")
    second = stack.say(sender, '/kies_wens{"wens":"praten"}', instance=1)
    assert second[-1]["text"] == "Is je eigen leidinggevende erbij betrokken?"
    third = stack.say(sender, "nee", instance=0)
    assert any((m.get("text") or "").startswith("Mijn advies") for m in third)
    stack.say(sender, "bedankt", instance=1)
    after = sum(r["count"] for r in store.raw_counts())
    assert after - before == 1

    host, port = redis_addr.split(":")
    client = redis.Redis(host=host, port=int(port), db=0)
    keys = client.keys("*")
    assert keys, "the tracker lives in Redis"
    for key in keys:
        assert 0 < client.ttl(key) <= 600
        raw = client.get(key).decode()
        assert "Kees" not in raw and "Dorpsstraat" not in raw
        json.loads(raw)
    store.close()


def test_many_conversations_over_both_instances_count_exactly(cluster) -> None:
    stack, db_url, _ = cluster
    store = StatsStore(db_url)
    before = sum(r["count"] for r in store.raw_counts())
    for i in range(6):
        sender = uuid.uuid4().hex
        stack.say(sender, "ik heb zulke geldzorgen dat ik slecht slaap", instance=i % 2)
        stack.say(sender, "dank je", instance=(i + 1) % 2)
    assert sum(r["count"] for r in store.raw_counts()) - before == 6
    store.close()
