"""The chat keeps giving a route when parts of the stack are down."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from bot.referral_map import load_referral_map
from bot.web.app import create_app
from tests.web.fake_rasa import SILENT
from tests.web.helpers import free_port, make_settings

AiohttpClient = Callable[..., Awaitable[TestClient]]

SENDER = "0123456789abcdef"


def url(server: TestServer) -> str:
    return f"http://127.0.0.1:{server.port}"


async def test_action_server_down_gives_a_safe_generic_referral(
    aiohttp_client: AiohttpClient, fake_rasa: TestServer, tmp_path: Path
) -> None:
    client = await aiohttp_client(create_app(make_settings(tmp_path, url(fake_rasa))))
    resp = await client.post("/api/chat", json={"sender": SENDER, "message": SILENT})
    assert resp.status == 200
    [message] = await resp.json()
    refmap = load_referral_map()
    for hid in ("vertrouwenspersoon", "bureau_integriteit", "zelfmoordpreventie_113"):
        assert refmap.helplines[hid].naam in message["text"]
    assert "112" in message["text"]


async def test_a_down_rasa_instance_is_skipped(
    aiohttp_client: AiohttpClient, fake_rasa: TestServer, tmp_path: Path
) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    settings = dataclasses.replace(
        make_settings(tmp_path, url(fake_rasa)), rasa_urls=(dead, url(fake_rasa))
    )
    client = await aiohttp_client(create_app(settings))
    for _ in range(4):  # round-robin starts at each instance in turn
        resp = await client.post("/api/chat", json={"sender": SENDER, "message": "ik word gepest"})
        assert resp.status == 200
    health = await client.get("/healthz")
    assert health.status == 503
    assert (await health.json())["checks"]["rasa"] == "down"
