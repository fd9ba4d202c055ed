"""Explain what a help line does, from the referral map."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import runtime
from bot.dialogue import helpline_buttons, helpline_values

# Help lines offered when the question names none.
MENU = (
    "vertrouwenspersoon",
    "bureau_integriteit",
    "luisterend_oor",
    "mediation",
    "huis_voor_klokkenluiders",
)


class ActionExplainHelpline(Action):
    """Answer 'wat doet een vertrouwenspersoon?' and the like."""

    def name(self) -> str:
        return "action_explain_helpline"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        refmap = runtime.referral_map()
        named = [
            str(value)
            for value in tracker.get_latest_entity_values("hulplijn")
            if str(value) in refmap.helplines
        ]
        if not named:
            dispatcher.utter_message(
                response="utter_welke_hulplijn", buttons=helpline_buttons(refmap, MENU)
            )
            return []
        for helpline_id in dict.fromkeys(named):
            values = helpline_values(refmap.helplines[helpline_id])
            dispatcher.utter_message(response="utter_hulplijn_uitleg", **values)
        return []
