"""The REST channel's settings from credentials.yml."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.channel import DEFAULT_MAX_MESSAGE_CHARS, PrivateRestInput
from bot.settings import Settings
from tests.conftest import ROOT


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
