"""Tracker stores that keep no user text and forget idle conversations."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

from bot.redaction import redact_dialogue

DEFAULT_TTL_SECONDS = 1800


def _ttl(kwargs: dict[str, Any]) -> int:
    raw = kwargs.pop("ttl_seconds", None) or os.environ.get("TRACKER_TTL_SECONDS")
    return int(raw) if raw else DEFAULT_TTL_SECONDS


def serialise_redacted(tracker: DialogueStateTracker) -> str:
    """JSON of the tracker's dialogue with user text removed."""
    return json.dumps(redact_dialogue(tracker.as_dialogue().as_dict()))


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    """In-memory store: redacted trackers, dropped after an idle time-out."""

    def __init__(self, domain: Any, event_broker: Any = None, **kwargs: Any) -> None:
        kwargs.pop("host", None)
        self.ttl_seconds = _ttl(kwargs)
        self.last_seen: dict[str, float] = {}
        super().__init__(domain, event_broker, **kwargs)

    def _expire(self) -> None:
        deadline = time.monotonic() - self.ttl_seconds
        for sender_id in [s for s, seen in self.last_seen.items() if seen < deadline]:
            self.store.pop(sender_id, None)
            self.last_seen.pop(sender_id, None)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the redacted tracker and note when it was last active."""
        self._expire()
        await self.stream_events(tracker)
        self.store[tracker.sender_id] = serialise_redacted(tracker)
        self.last_seen[tracker.sender_id] = time.monotonic()

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The tracker, unless it expired."""
        self._expire()
        return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id: str) -> DialogueStateTracker | None:
        """The full tracker, unless it expired."""
        self._expire()
        return await super().retrieve_full_tracker(sender_id)

    async def keys(self) -> Iterable[str]:
        """Ids of live conversations."""
        self._expire()
        return list(self.store.keys())


class RedactingRedisTrackerStore(RedisTrackerStore):
    """Redis store for several Rasa instances: redacted trackers with a TTL."""

    def __init__(self, domain: Any, host: str = "localhost", **kwargs: Any) -> None:
        ttl = _ttl(kwargs)
        kwargs.setdefault("record_exp", ttl)
        super().__init__(domain, host=host or "localhost", **kwargs)

    async def save(self, tracker: DialogueStateTracker, timeout: float | None = None) -> None:  # noqa: ASYNC109 - Rasa's signature
        """Store the redacted tracker with an expiry."""
        await self.stream_events(tracker)
        self.red.set(
            self.key_prefix + tracker.sender_id,
            serialise_redacted(tracker),
            ex=timeout or self.record_exp,
        )
