"""Tracker stores keep no user text and forget idle conversations."""

from __future__ import annotations

import json

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import ExpiringInMemoryTrackerStore
from tests.conftest import ROOT

SECRET = "Jan Jansen 06-12345678 pest me"


@pytest.fixture
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def tracker(sender: str) -> DialogueStateTracker:
    t = DialogueStateTracker(sender, slots=[])
    t.update(ActionExecuted("action_listen"))
    t.update(
        UserUttered(
            SECRET,
            intent={"name": "ongewenste_omgangsvormen", "confidence": 0.9},
            entities=[{"entity": "rol", "value": "Jan Jansen", "start": 0, "end": 10}],
            parse_data={"text": SECRET, "intent": {"name": "ongewenste_omgangsvormen"}},
            metadata={"ip": "10.0.0.1"},
        )
    )
    t.update(BotUttered("Wat naar dat je gepest wordt."))
    t.update(SlotSet("categorie", "ongewenste_omgangsvormen"))
    return t


async def test_user_text_is_redacted_but_the_intent_kept(domain: Domain) -> None:
    store = ExpiringInMemoryTrackerStore(domain)
    await store.save(tracker("a"))
    raw = json.dumps(store.store)
    for fragment in ("Jan", "Jansen", "06-12345678", "pest me", "10.0.0.1"):
        assert fragment not in raw
    restored = await store.retrieve("a")
    assert restored is not None
    assert restored.latest_message.intent["name"] == "ongewenste_omgangsvormen"
    assert restored.latest_message.text is None
    assert restored.get_slot("categorie") == "ongewenste_omgangsvormen"


async def test_idle_conversations_expire(domain: Domain, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr("bot.tracker_store.time.monotonic", lambda: clock[0])
    store = ExpiringInMemoryTrackerStore(domain, ttl_seconds=60)
    await store.save(tracker("old"))
    clock[0] += 30
    await store.save(tracker("new"))
    clock[0] += 45
    assert await store.retrieve("old") is None
    assert await store.retrieve("new") is not None
    assert list(await store.keys()) == ["new"]
