"""Count a conversation that reached a referral, once, anonymously."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import runtime
from bot.stats import Referral


class ActionCountReferral(Action):
    """Store period, category, subcategory and first help line; nothing else."""

    def name(self) -> str:
        return "action_count_referral"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        helpline = tracker.get_slot("verwijzing")
        category = tracker.get_slot("categorie")
        if not helpline or not category or tracker.get_slot("geteld"):
            return []
        referral = Referral.now(category, tracker.get_slot("subcategorie"), helpline)
        # Kept in memory and retried when the database is down: the person still gets help.
        await runtime.count_writer().add(referral)
        return [SlotSet("geteld", True)]
