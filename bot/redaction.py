"""Remove what a user typed from a serialised conversation before it is stored anywhere."""

from __future__ import annotations

from typing import Any


def redact_event(event: dict[str, Any]) -> dict[str, Any]:
    """A copy of an event without user text; intents, entities' types and slots stay."""
    if event.get("event") != "user":
        return event
    parse = event.get("parse_data") or {}
    # A whitelist: new Rasa fields must not slip user content through by default.
    kept = {
        "intent": parse.get("intent"),
        "intent_ranking": parse.get("intent_ranking") or [],
        # Entity values are words the user typed; only their type is needed later.
        "entities": [
            {"entity": e.get("entity"), "value": None} for e in parse.get("entities") or []
        ],
        "text": None,
    }
    return {
        "event": "user",
        "timestamp": event.get("timestamp"),
        "text": None,
        "parse_data": kept,
        "input_channel": None,
        "message_id": None,
        "metadata": {},
    }


def redact_dialogue(dialogue: dict[str, Any]) -> dict[str, Any]:
    """A copy of Dialogue.as_dict() with every user event redacted."""
    return {**dialogue, "events": [redact_event(e) for e in dialogue.get("events") or []]}
