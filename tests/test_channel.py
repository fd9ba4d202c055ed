"""The REST channel: its settings from credentials.yml, and the language of each answer."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from bot.channel import DEFAULT_MAX_MESSAGE_CHARS, PrivateRestInput
from bot.settings import Settings
from tests.conftest import ROOT, make_tracker, parse


def test_the_limit_defaults_and_is_read_from_credentials() -> None:
    default = PrivateRestInput.from_credentials(None)
    assert isinstance(default, PrivateRestInput)
    assert default.max_message_chars == DEFAULT_MAX_MESSAGE_CHARS
    channel = PrivateRestInput.from_credentials({"max_message_chars": 250})
    assert isinstance(channel, PrivateRestInput)
    assert channel.max_message_chars == 250


@pytest.mark.parametrize("limit", [0, -1, "4000", 2.5, True, None])
def test_a_wrong_limit_fails_at_start_up(limit: Any) -> None:
    with pytest.raises(ValueError, match="max_message_chars"):
        PrivateRestInput.from_credentials({"max_message_chars": limit})


def test_the_channel_takes_every_message_the_web_front_lets_through() -> None:
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    channel_limit = credentials["bot.channel.PrivateRestInput"]["max_message_chars"]
    assert channel_limit >= Settings.from_env({}).max_message_chars


# ---------------------------------------------------------------------------------------
# The language hint travels from domain.yml through Rasa's own code to the webhook's JSON.


@pytest.fixture(scope="module")
def rasa_domain() -> Any:
    from rasa.shared.core.domain import Domain

    return Domain.load(ROOT / "domain.yml")


async def _rasa_answers(
    domain: Any,
    collector: Any,
    sender: str,
    slots: dict[str, Any],
    response: str | None = None,
    from_actions: list[dict[str, Any]] | None = None,
) -> None:
    """Utter a domain response (as a rule does) or what the action server sent, the way Rasa's
    processor does: its response action or RemoteAction, then BotUttered to the channel."""
    from rasa.core.actions.action import ActionBotResponse, RemoteAction
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    tracker = DialogueStateTracker.from_events(
        sender, [SlotSet(k, v) for k, v in slots.items()], slots=domain.slots
    )
    if response is not None:
        events = await ActionBotResponse(response).run(collector, nlg, tracker, domain)
    else:
        events = await RemoteAction._utter_responses(from_actions or [], collector, nlg, tracker)
    await MessageProcessor._send_bot_messages(events, tracker, collector)


def _webhook(on_new_message: Any) -> Any:
    """The channel's POST /webhook handler."""
    blueprint = PrivateRestInput().blueprint(on_new_message)
    return next(r.handler for r in blueprint._future_routes if r.uri == "/webhook")


class _Request:
    """Just what the handler reads of a Sanic request."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = json.dumps(body).encode("utf-8")
        self.json = body


async def test_the_webhook_sends_each_answers_language(rasa_domain: Any) -> None:
    from rasa_sdk.executor import CollectingDispatcher

    from actions.action_other_language import ActionOtherLanguage

    async def on_new_message(message: Any) -> None:
        # Rasa runs the rule's utter_crisis with the slot the crisis net set, then the action
        # server's answer; both reach the channel's collector.
        english = message.text == "english"
        slots = {"taal": "en" if english else "nl"}
        await _rasa_answers(rasa_domain, message.output_channel, "x", slots, "utter_crisis")
        dispatcher = CollectingDispatcher()
        latest = parse("engels" if english else "andere_taal")
        await ActionOtherLanguage().run(dispatcher, make_tracker(latest), {})
        sent = json.loads(json.dumps(dispatcher.messages))  # over HTTP from the action server
        await _rasa_answers(rasa_domain, message.output_channel, "x", slots, None, sent)

    handler = _webhook(on_new_message)
    english = json.loads((await handler(_Request({"sender": "x", "message": "english"}))).body)
    crisis, answer = english
    assert crisis["text"].startswith("Thank you for telling me.")
    assert crisis["metadata"] == {"lang": "en", "lines": ["en", "en", "en", "nl"]}
    assert crisis["text"].split("\n")[3].startswith("(Nederlands:")
    # The help lines come from the Dutch referral map: those lines are Dutch.
    assert answer["text"].startswith("This assistant works in Dutch.")
    assert answer["metadata"] == {"lang": "en", "lines": ["en", "nl", "nl", "nl", "nl", "en"]}
    assert answer["text"].split("\n")[1].startswith("- Interne vertrouwenspersoon: bel")

    dutch = json.loads((await handler(_Request({"sender": "x", "message": "anders"}))).body)
    crisis, pointer = dutch
    assert crisis["text"].startswith("Wat goed dat je dit vertelt.")
    assert crisis["metadata"] == {"lang": "nl", "lines": ["nl", "nl", "nl", "en"]}
    lines = pointer["text"].split("\n")
    assert pointer["metadata"]["lines"] == [
        "en" if line.startswith("(English:") else "nl" for line in lines
    ]
    assert pointer["metadata"]["lines"].count("en") == 2
    # Only language codes are added: no text besides the message itself.
    assert set(pointer["metadata"]) == {"lang", "lines"}


async def test_dutch_answers_carry_no_hint(rasa_domain: Any) -> None:
    from bot.channel import LanguageCollectingOutputChannel

    collector = LanguageCollectingOutputChannel()
    await _rasa_answers(rasa_domain, collector, "x", {}, "utter_greet")
    await _rasa_answers(rasa_domain, collector, "x", {}, "utter_vraag_leidinggevende")
    assert [set(m) for m in collector.messages] == [{"recipient_id", "text"}] * 2


async def test_buttons_and_split_messages_keep_their_hint() -> None:
    from bot.channel import LanguageCollectingOutputChannel

    collector = LanguageCollectingOutputChannel()
    buttons = [{"title": "Yes", "payload": "/affirm"}]
    await collector.send_text_with_buttons("x", "Sure?", buttons, metadata={"lang": "en"})
    # Rasa's collector makes two messages of a text with a blank line; each gets its hint.
    await collector.send_text_message(
        "x", "Hallo.\n(English: hello.)\n\nTot ziens.", metadata={"lang": "nl"}
    )
    assert collector.messages == [
        {"recipient_id": "x", "text": "Sure?", "buttons": buttons, "metadata": {"lang": "en"}},
        {
            "recipient_id": "x",
            "text": "Hallo.\n(English: hello.)",
            "metadata": {"lang": "nl", "lines": ["nl", "en"]},
        },
        {"recipient_id": "x", "text": "Tot ziens.", "metadata": {"lang": "nl"}},
    ]
