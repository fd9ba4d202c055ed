"""Rasa REST channel that never logs what a user typed."""

from __future__ import annotations

import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import log_scrub

log = logging.getLogger(__name__)


class PrivateRestInput(RestInput):
    """The standard REST webhook (/webhooks/rest/webhook), whose failures log no text."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def __init__(self) -> None:
        # Rasa sets up logging before it creates channels: scrub whatever reaches a handler.
        log_scrub.install()
        super().__init__()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        """Same routes as Rasa's REST channel; Rasa's own logs the message on errors."""
        webhook = Blueprint("private_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            sender_id = await self._extract_sender(request)
            text = self._extract_message(request)
            collector = CollectingOutputChannel()
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
