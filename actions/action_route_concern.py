"""Route a concern: acknowledge, ask at most what is needed, recommend help lines, count it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.emit import emit
from bot import runtime
from bot.dialogue import State, next_step
from bot.referral_map import LANGUAGE_ENTITY


class ActionRouteConcern(Action):
    """Decide the next question or the referral; count the first referral anonymously."""

    def name(self) -> str:
        return "action_route_concern"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        state = State.from_slots(tracker.current_slot_values())
        reply = next_step(state, tracker.latest_message, runtime.referral_map())
        events = await emit(reply, dispatcher, state, bool(tracker.get_slot("geteld")))
        if tracker.get_slot(LANGUAGE_ENTITY):
            # Only the crisis answer of this turn is in English; a later one is Dutch again.
            events.append(SlotSet(LANGUAGE_ENTITY, None))
        return events
