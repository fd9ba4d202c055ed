"""Answer a message in English or another language with the main help lines."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import runtime
from bot.dialogue import main_lines


class ActionOtherLanguage(Action):
    """Short English answer, or a bilingual Dutch/English pointer for other languages."""

    def name(self) -> str:
        return "action_other_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lijst = main_lines(runtime.referral_map())
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        response = "utter_engels" if intent == "engels" else "utter_andere_taal"
        dispatcher.utter_message(response=response, lijst=lijst)
        return []
