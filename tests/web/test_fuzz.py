"""Fuzzing the JSON APIs: whatever arrives, the answer is a clear 2xx/4xx, never a 5xx."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.web.app import create_app
from tests.web.fake_rasa import make_fake_rasa
from tests.web.helpers import make_settings

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    st.binary(max_size=2048),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {
            "sender": st.one_of(st.text(max_size=200), st.integers(), st.none()),
            "message": json_values,
        }
    ).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {
            "sender": st.just("abcdef0123456789"),
            "message": st.text(
                alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300
            ),
        }
    ).map(lambda v: json.dumps(v, ensure_ascii=False).encode()),
    st.text(max_size=50).map(lambda t: ("<script>" + t).encode("utf-8", "surrogatepass")),
)


async def _post_all(tmp: Path, body: bytes, content_type: str) -> list[int]:
    rasa = TestServer(make_fake_rasa())
    await rasa.start_server()
    settings_ = make_settings(tmp, f"http://127.0.0.1:{rasa.port}", rate_limit_per_minute=10_000)
    client = TestClient(TestServer(create_app(settings_)))
    await client.start_server()
    try:
        statuses = []
        for path in ("/api/chat", "/api/triage"):
            resp = await client.post(path, data=body, headers={"Content-Type": content_type})
            statuses.append(resp.status)
            data: Any = await resp.json() if resp.content_type == "application/json" else None
            if resp.status >= 400:
                assert isinstance(data, dict) and "error" in data
        return statuses
    finally:
        await client.close()
        await rasa.close()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=bodies,
    content_type=st.sampled_from(
        ["application/json", "text/plain", "application/json; charset=latin-1"]
    ),
)
def test_no_input_causes_a_server_error(tmp_path: Path, body: bytes, content_type: str) -> None:
    statuses = asyncio.run(_post_all(tmp_path, body, content_type))
    assert all(s < 500 for s in statuses), statuses
