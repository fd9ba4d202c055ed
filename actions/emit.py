"""Send a dialogue Reply through the dispatcher and turn its state into slot events."""

from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.dialogue import Reply, State


def emit(reply: Reply, dispatcher: CollectingDispatcher, before: State) -> list[dict[str, Any]]:
    """Utter the reply's messages; return SlotSet events for the slots that changed."""
    for message in reply.messages:
        message = dict(message)
        response = message.pop("response")
        buttons = message.pop("buttons", None)
        dispatcher.utter_message(response=response, buttons=buttons or [], **message)
    old = before.slots()
    return [
        SlotSet(name, value) for name, value in reply.state.slots().items() if old[name] != value
    ]
