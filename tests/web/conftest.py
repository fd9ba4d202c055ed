"""Fixtures for the web tests: the fake Rasa server."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from tests.web.fake_rasa import make_fake_rasa


@pytest.fixture
async def fake_rasa(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> Any:
    """The fake Rasa (and action server) on a free localhost port."""
    return await aiohttp_server(make_fake_rasa())
