"""A stand-in for the external Rasa and action servers, answering like the real bot would."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from aiohttp import web

from bot.dialogue import main_lines
from bot.language import ENGLISH, guess_language
from bot.message_language import language_hint
from bot.referral_map import load_referral_map
from tests.conftest import ROOT

TOKEN = "test-rasa-token"
WISH_BUTTONS = [
    {"title": "Eerst in vertrouwen praten", "payload": '/kies_wens{"wens":"praten"}'},
    {"title": "Advies over wat ik kan doen", "payload": '/kies_wens{"wens":"advies"}'},
    {"title": "Het samen oplossen", "payload": '/kies_wens{"wens":"oplossen"}'},
    {"title": "Het melden", "payload": '/kies_wens{"wens":"melden"}'},
]
RECEIVED = web.AppKey("received", list)


SILENT = "__stil__"


@cache
def _responses() -> dict[str, list[dict[str, Any]]]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    responses: dict[str, list[dict[str, Any]]] = domain["responses"]
    return responses


def _variant(name: str, english: bool = False) -> dict[str, Any]:
    """A response from domain.yml; `english`: the variation for the slot taal=en, if any."""
    variants = _responses()[name]
    return next((v for v in variants if ("condition" in v) == english), variants[0])


def crisis_answer() -> str:
    """The Dutch utter_crisis from domain.yml: the rule answers it first, before the referral."""
    return str(_variant("utter_crisis")["text"])


def _from_domain(sender: str, variant: dict[str, Any], **values: str) -> dict[str, Any]:
    """A domain response as bot/channel.py sends it: filled in, with its language hint."""
    text = variant["text"].format(**values)
    message: dict[str, Any] = {"recipient_id": sender, "text": text}
    hint = language_hint(text, variant.get("metadata"), values)
    if hint is not None:
        message["metadata"] = hint
    return message


def english_answer(sender: str) -> dict[str, Any]:
    """utter_engels as action_other_language sends it to a message in English."""
    refmap = load_referral_map(ROOT / "data" / "verwijskaart.yml")
    return _from_domain(sender, _variant("utter_engels"), lijst=main_lines(refmap))


def _reply(sender: str, message: str) -> list[dict[str, Any]]:
    if message == SILENT:
        # What Rasa answers when the action server is down: nothing.
        return []
    if "zelfdoding" in message:
        return [
            _from_domain(sender, _variant("utter_crisis")),
            {
                "recipient_id": sender,
                "text": "Wil je daarna met iemand praten? Het **Luisterend Oor** luistert: "
                "030 123 45 60.",
            },
        ]
    if guess_language(message) == ENGLISH:
        return [english_answer(sender)]
    if message.startswith("/kies_wens"):
        return [
            {
                "recipient_id": sender,
                "text": "Goed. Een gesprek is geen melding: jij beslist wat er gebeurt.\n"
                "Je kunt terecht bij de **Interne vertrouwenspersoon**: 030 123 45 61 of "
                "vertrouwenspersoon@voorbeeld.nl.",
            }
        ]
    replies: list[dict[str, Any]] = [
        {
            "recipient_id": sender,
            "text": "Wat vervelend dat je dit meemaakt. Goed dat je het vertelt.",
        },
        {
            "recipient_id": sender,
            "text": "Bij ongewenst gedrag past de **Interne vertrouwenspersoon**. Die luistert "
            "en denkt met je mee.\nWat zou je het liefst willen?",
            "buttons": WISH_BUTTONS,
        },
    ]
    if "<" in message:
        # Real bots sometimes quote the user; markup must stay text in the browser.
        replies.insert(1, {"recipient_id": sender, "text": f"Je schreef: {message}"})
    return replies


def _parse(text: str) -> dict[str, Any]:
    sub = "discriminatie" if "afkomst" in text else "pesten"
    # The safety net's flag when a crisis is likely but not found.
    caution = {"crisis_caution": True} if "nergens meer zin in" in text else {}
    return {
        **caution,
        "text": text,
        "intent": {"name": "ongewenste_omgangsvormen", "confidence": 0.91},
        "intent_ranking": [
            {"name": "ongewenste_omgangsvormen", "confidence": 0.91},
            {"name": "arbeidsconflict", "confidence": 0.2},
        ],
        "entities": [],
        "response_selector": {
            "default": {
                "ranking": [
                    {
                        "intent_response_key": f"ongewenste_omgangsvormen/{sub}",
                        "confidence": 0.8,
                    }
                ]
            }
        },
    }


def make_fake_rasa() -> web.Application:
    """Rasa's REST webhook, /model/parse and root, plus the action server's /health."""
    app = web.Application()
    app[RECEIVED] = []

    async def root(request: web.Request) -> web.Response:
        return web.Response(text="Hello from Rasa: 3.6.21")

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        request.app[RECEIVED].append(body)
        return web.json_response(_reply(body["sender"], body["message"]))

    async def parse(request: web.Request) -> web.Response:
        if request.query.get("token") != TOKEN:
            return web.json_response({"error": "unauthorized"}, status=401)
        body = await request.json()
        return web.json_response(_parse(body["text"]))

    app.router.add_get("/", root)
    app.router.add_get("/health", health)
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_post("/model/parse", parse)
    return app
