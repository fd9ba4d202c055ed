"""Rasa REST channel that never logs what a user typed, refuses malformed messages and tells
the page which language each answer is in."""

from __future__ import annotations

import json
import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import log_scrub
from bot.message_language import language_hint

log = logging.getLogger(__name__)

# The webhook is open to the web front without Rasa's token, and pattern matching grows
# with message length: refuse what no person types in one chat message.
DEFAULT_MAX_MESSAGE_CHARS = 4000


class LanguageCollectingOutputChannel(CollectingOutputChannel):
    """Rasa's collector for the REST answer, plus each message's language hint as `metadata`.

    Rasa passes a response's `metadata` from domain.yml, and the values an action filled in,
    to the output channel as keyword arguments; its own collector drops them. The hint holds
    language codes only (see bot/message_language.py)."""

    @staticmethod
    def _with_hint(message: dict[str, Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        hint = language_hint(message.get("text") or "", kwargs.get("metadata"), kwargs)
        if hint is not None:
            message["metadata"] = hint
        return message

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        # Split like Rasa's collector: a blank line starts a new message.
        for part in text.strip().split("\n\n"):
            message = self._message(recipient_id, text=part)
            await self._persist_message(self._with_hint(message, kwargs))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        message = self._message(recipient_id, text=text, buttons=buttons)
        await self._persist_message(self._with_hint(message, kwargs))


class PrivateRestInput(RestInput):
    """The standard REST webhook (/webhooks/rest/webhook), whose failures log no text."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Read `max_message_chars` from credentials.yml."""
        limit = (credentials or {}).get("max_message_chars", DEFAULT_MAX_MESSAGE_CHARS)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError("max_message_chars must be a positive whole number")
        return cls(max_message_chars=limit)

    def __init__(self, max_message_chars: int = DEFAULT_MAX_MESSAGE_CHARS) -> None:
        # Rasa sets up logging before it creates channels: scrub whatever reaches a handler.
        log_scrub.install()
        super().__init__()
        self.max_message_chars = max_message_chars

    def _refusal(self, request: Request) -> HTTPResponse | None:
        """A 4xx answer when the body is not a message this channel accepts, else None."""
        try:
            body = json.loads(request.body or b"null")
        except (ValueError, UnicodeDecodeError):
            return response.json({"error": "body is not JSON"}, status=400)
        if not isinstance(body, dict):
            return response.json({"error": "body must be a JSON object"}, status=400)
        sender, message = body.get("sender"), body.get("message")
        if sender is not None and not isinstance(sender, str):
            return response.json({"error": "sender must be a string"}, status=400)
        if not isinstance(message, str):
            return response.json({"error": "message must be a string"}, status=400)
        if not isinstance(body.get("input_channel") or "", str):
            return response.json({"error": "input_channel must be a string"}, status=400)
        if not isinstance(body.get("metadata") or {}, dict):
            return response.json({"error": "metadata must be a JSON object"}, status=400)
        if len(message) > self.max_message_chars:
            return response.json(
                {"error": f"message longer than {self.max_message_chars} characters"},
                status=413,
            )
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        """Same routes as Rasa's REST channel; Rasa's own logs the message on errors."""
        webhook = Blueprint("private_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            refusal = self._refusal(request)
            if refusal is not None:
                return refusal
            sender_id = await self._extract_sender(request)
            text = self._extract_message(request)
            collector = LanguageCollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        sender_id,
                        input_channel=self._extract_input_channel(request),
                        metadata=self.get_metadata(request),
                    )
                )
            except CancelledError:
                log.error("message handling timed out")
            except Exception as exc:  # noqa: BLE001 - report the type only, never the text
                log.error("message handling failed: %s", type(exc).__name__)
            return response.json(collector.messages)

        return webhook
