"""Answer questions about confidentiality and anonymity."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import runtime
from bot.dialogue import State

DEFAULT_LINES = ("vertrouwenspersoon", "bureau_integriteit", "luisterend_oor")


class ActionAnswerPrivacy(Action):
    """Explain what the bot keeps and, per relevant help line, whether anonymity is possible."""

    def name(self) -> str:
        return "action_answer_privacy"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        refmap = runtime.referral_map()
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent == "vraag_vertrouwelijk":
            dispatcher.utter_message(response="utter_vertrouwelijk")
            return []
        ids = State.from_slots(tracker.current_slot_values()).route(refmap) or list(DEFAULT_LINES)
        lijst = "\n".join(
            f"- {refmap.helplines[h].naam}: {refmap.helplines[h].anoniem}" for h in ids
        )
        dispatcher.utter_message(response="utter_anoniem", lijst=lijst)
        return []
