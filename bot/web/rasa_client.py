"""Calls to the Rasa server and the action server over one shared ClientSession."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import aiohttp

from bot.message_language import clean_hint

log = logging.getLogger(__name__)

CHAT_TIMEOUT = aiohttp.ClientTimeout(total=20, connect=3)
PARSE_TIMEOUT = aiohttp.ClientTimeout(total=10, connect=3)
HEALTH_TIMEOUT = aiohttp.ClientTimeout(total=3, connect=2)


class RasaUnavailable(Exception):
    """Rasa could not be reached or gave an unusable answer."""


def _clean_buttons(raw: Any) -> list[dict[str, str]]:
    """Keep only buttons with a text title and payload."""
    if not isinstance(raw, list):
        return []
    return [
        {"title": b["title"], "payload": b["payload"]}
        for b in raw
        if isinstance(b, dict)
        and isinstance(b.get("title"), str)
        and isinstance(b.get("payload"), str)
    ]


def clean_messages(raw: Any) -> list[dict[str, Any]]:
    """Rasa's REST answer reduced to recipient_id, text, buttons and the language hint
    (`metadata`, language codes only): the page shows no more."""
    if not isinstance(raw, list):
        raise RasaUnavailable("webhook answer is not a list")
    messages = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        text = item.get("text") if isinstance(item.get("text"), str) else ""
        buttons = _clean_buttons(item.get("buttons"))
        if not text and not buttons:
            continue  # images, custom payloads: the web front has no use for them
        message: dict[str, Any] = {"recipient_id": str(item.get("recipient_id", "")), "text": text}
        if buttons:
            message["buttons"] = buttons
        hint = clean_hint(item.get("metadata"), text) if text else None
        if hint is not None:
            message["metadata"] = hint
        messages.append(message)
    return messages


T = TypeVar("T")


class RasaClient:
    """Thin client over one or more Rasa instances; errors are logged by kind only."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        rasa_urls: str | Sequence[str],
        rasa_token: str,
        action_url: str,
    ) -> None:
        self._session = session
        self._rasa_urls = [rasa_urls] if isinstance(rasa_urls, str) else list(rasa_urls)
        self._next = itertools.cycle(range(len(self._rasa_urls)))
        self._token = rasa_token
        self._action_url = action_url

    async def _any_instance(self, call: Callable[[str], Awaitable[T]]) -> T:
        """Try the instances round-robin; a conversation may move between them (shared stores)."""
        start = next(self._next)
        failure: RasaUnavailable | None = None
        for i in range(len(self._rasa_urls)):
            try:
                return await call(self._rasa_urls[(start + i) % len(self._rasa_urls)])
            except RasaUnavailable as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def send(self, sender: str, message: str) -> list[dict[str, Any]]:
        """Forward one user message to the REST channel and return the bot's messages."""
        return await self._any_instance(lambda url: self._send(url, sender, message))

    async def parse(self, text: str) -> dict[str, Any]:
        """Run the NLU model on a text (POST /model/parse)."""
        return await self._any_instance(lambda url: self._parse(url, text))

    async def _post(
        self,
        url: str,
        body: dict[str, str],
        what: str,
        limits: aiohttp.ClientTimeout,
        params: dict[str, str] | None = None,
    ) -> Any:
        """POST JSON and return the decoded answer; failures name only their kind."""
        try:
            async with self._session.post(url, params=params, json=body, timeout=limits) as resp:
                if resp.status != 200:
                    # The URL may hold the token: report the status only.
                    raise RasaUnavailable(f"{what} answered HTTP {resp.status}")
                return await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            log.warning("Rasa %s unreachable (%s)", what, type(exc).__name__)
            raise RasaUnavailable(type(exc).__name__) from None

    async def _send(self, rasa_url: str, sender: str, message: str) -> list[dict[str, Any]]:
        data = await self._post(
            f"{rasa_url}/webhooks/rest/webhook",
            {"sender": sender, "message": message},
            "webhook",
            CHAT_TIMEOUT,
        )
        return clean_messages(data)

    async def _parse(self, rasa_url: str, text: str) -> dict[str, Any]:
        params = {"token": self._token} if self._token else None
        data = await self._post(
            f"{rasa_url}/model/parse", {"text": text}, "model/parse", PARSE_TIMEOUT, params
        )
        if not isinstance(data, dict):
            raise RasaUnavailable("model/parse answer is not an object")
        return data

    async def _ok(self, url: str) -> bool:
        try:
            async with self._session.get(url, timeout=HEALTH_TIMEOUT) as resp:
                return resp.status == 200
        except (aiohttp.ClientError, TimeoutError):
            return False

    async def rasa_ok(self) -> bool:
        """True when every Rasa instance answers on its root URL."""
        for url in self._rasa_urls:
            if not await self._ok(f"{url}/"):
                return False
        return True

    async def actions_ok(self) -> bool:
        """True when the action server answers on /health."""
        return await self._ok(f"{self._action_url}/health")
