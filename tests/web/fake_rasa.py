"""A stand-in for the external Rasa and action servers, answering like the real bot would."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from aiohttp import web

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
def crisis_answer() -> str:
    """The Dutch utter_crisis from domain.yml: the rule answers it first, before the referral."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return next(v["text"] for v in domain["responses"]["utter_crisis"] if "condition" not in v)


def _reply(sender: str, message: str) -> list[dict[str, Any]]:
    if message == SILENT:
        # What Rasa answers when the action server is down: nothing.
        return []
    if "zelfdoding" in message:
        return [
            {"recipient_id": sender, "text": crisis_answer()},
            {
                "recipient_id": sender,
                "text": "Wil je daarna met iemand praten? Het **Luisterend Oor** luistert: "
                "030 123 45 60.",
            },
        ]
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
