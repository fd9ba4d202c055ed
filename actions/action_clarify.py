"""Ask which concern is meant when the classifier is unsure, or continue an open question."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.emit import emit
from bot import runtime
from bot.dialogue import State, next_step
from bot.referral_map import CRISIS_CAUTION
from bot.triage import clarify_options

MAX_OPTIONS = 3


class ActionClarify(Action):
    """Offer the likely categories as buttons instead of guessing."""

    def name(self) -> str:
        return "action_clarify"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        state = State.from_slots(tracker.current_slot_values())
        refmap = runtime.referral_map()
        if state.open_vraag:
            # An unclear answer to our own question: go on without it rather than ask again.
            parse = {**tracker.latest_message, "intent": {"name": "weet_niet", "confidence": 1.0}}
            reply = next_step(state, parse, refmap)
            return await emit(reply, dispatcher, state, bool(tracker.get_slot("geteld")))
        options = clarify_options(tracker.latest_message, MAX_OPTIONS)
        buttons = [{"title": refmap.categories[c].naam, "payload": f"/{c}"} for c in options]
        buttons.append({"title": "Iets anders", "payload": "/hulp"})
        if tracker.latest_message.get(CRISIS_CAUTION):
            dispatcher.utter_message(response="utter_veiligheid")
        dispatcher.utter_message(response="utter_verduidelijk", buttons=buttons)
        return []
