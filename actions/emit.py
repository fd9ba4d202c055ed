"""Send a dialogue Reply through the dispatcher, count a first referral, return slot events."""

from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import runtime
from bot.dialogue import Reply, State
from bot.stats import Referral


async def emit(
    reply: Reply, dispatcher: CollectingDispatcher, before: State, counted: bool
) -> list[dict[str, Any]]:
    """Utter the reply; count the conversation once when it first reaches a referral."""
    for message in reply.messages:
        message = dict(message)
        response = message.pop("response")
        buttons = message.pop("buttons", None)
        dispatcher.utter_message(response=response, buttons=buttons or [], **message)
    old = before.slots()
    events = [
        SlotSet(name, value) for name, value in reply.state.slots().items() if old[name] != value
    ]
    state = reply.state
    if state.verwijzing and state.categorie and not counted:
        # Counting here, not in a second action, saves a round trip to the action server on
        # every message. Kept in memory and retried while the database is down.
        referral = Referral.now(state.categorie, state.subcategorie, state.verwijzing)
        await runtime.count_writer().add(referral)
        events.append(SlotSet("geteld", True))
    return events
