"""The real app factory against a fake Rasa server and a real SQLite statistics file."""

from __future__ import annotations

import base64
import csv
import io
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.settings import Settings, SettingsError
from bot.stats import StatsStore
from bot.web.app import create_app
from bot.web.rasa_client import clean_messages
from tests.web.fake_rasa import RECEIVED
from tests.web.helpers import STATS_TOKEN, free_port, make_settings, seed, this_month

Client = Callable[..., Awaitable[TestClient]]
SENDER = "a1b2c3d4e5f60718"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'"
)


def url(server: TestServer) -> str:
    return str(server.make_url("")).rstrip("/")


def dead_url() -> str:
    return f"http://127.0.0.1:{free_port()}"


def basic(user: str, password: str) -> dict[str, str]:
    raw = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


BEARER = {"Authorization": f"Bearer {STATS_TOKEN}"}


@pytest.fixture
async def client(aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path) -> TestClient:
    return await aiohttp_client(create_app(make_settings(tmp_path, url(fake_rasa))))


# ---------------------------------------------------------------------------------------
# Chat proxy


async def test_chat_proxies_to_rasa(client: TestClient, fake_rasa: TestServer) -> None:
    resp = await client.post(
        "/api/chat", json={"sender": SENDER, "message": "Mijn collega pest mij steeds."}
    )
    assert resp.status == 200
    messages = await resp.json()
    assert fake_rasa.app[RECEIVED] == [
        {"sender": SENDER, "message": "Mijn collega pest mij steeds."}
    ]
    assert [set(m) <= {"recipient_id", "text", "buttons"} for m in messages] == [True, True]
    assert messages[0]["recipient_id"] == SENDER
    assert "Interne vertrouwenspersoon" in messages[1]["text"]
    assert messages[1]["buttons"][0] == {
        "title": "Eerst in vertrouwen praten",
        "payload": '/kies_wens{"wens":"praten"}',
    }
    assert resp.headers["Cache-Control"] == "no-store"


async def test_chat_passes_on_the_language_of_each_answer(client: TestClient) -> None:
    resp = await client.post(
        "/api/chat", json={"sender": SENDER, "message": "My manager bullies me, who can help?"}
    )
    [answer] = await resp.json()
    assert answer["text"].startswith("This assistant works in Dutch.")
    assert answer["metadata"] == {"lang": "en", "lines": ["en", "nl", "nl", "nl", "nl", "en"]}
    resp = await client.post(
        "/api/chat", json={"sender": SENDER, "message": "Ik denk aan zelfdoding"}
    )
    crisis = (await resp.json())[0]
    assert crisis["metadata"] == {"lang": "nl", "lines": ["nl", "nl", "nl", "en"]}


def test_only_a_valid_language_hint_reaches_the_page() -> None:
    raw = [
        {"recipient_id": "x", "text": "a\nb", "metadata": {"lang": "en", "lines": ["en", "nl"]}},
        {"recipient_id": "x", "text": "a", "metadata": {"lang": "en", "secret": "tekst"}},
        {"recipient_id": "x", "text": "a", "metadata": {"lang": "x<y", "lines": ["en"]}},
        {"recipient_id": "x", "text": "a\nb", "metadata": {"lang": "en", "lines": ["en"]}},
        {"recipient_id": "x", "metadata": {"lang": "en"}, "custom": {"a": 1}},
    ]
    assert [m.get("metadata") for m in clean_messages(raw)] == [
        {"lang": "en", "lines": ["en", "nl"]},
        {"lang": "en"},
        None,
        {"lang": "en"},
    ]


async def test_chat_button_payload_is_sent_as_the_message(
    client: TestClient, fake_rasa: TestServer
) -> None:
    payload = '/kies_wens{"wens":"melden"}'
    resp = await client.post("/api/chat", json={"sender": SENDER, "message": payload})
    assert resp.status == 200
    assert fake_rasa.app[RECEIVED][-1]["message"] == payload
    assert "vertrouwenspersoon@voorbeeld.nl" in (await resp.json())[0]["text"]


async def test_rasa_down_answers_503_with_help_lines(
    aiohttp_client: Client, tmp_path: Path
) -> None:
    client = await aiohttp_client(create_app(make_settings(tmp_path, dead_url())))
    resp = await client.post("/api/chat", json={"sender": SENDER, "message": "hallo"})
    assert resp.status == 503
    data = await resp.json()
    assert "werkt nu even niet" in data["error"]
    ids = [h["id"] for h in data["helplines"]]
    assert ids == [
        "luisterend_oor",
        "vertrouwenspersoon",
        "bureau_integriteit",
        "zelfmoordpreventie_113",
        "alarmnummer_112",
    ]
    assert data["helplines"][3]["contact"]["telefoon"].startswith("113")


async def test_message_text_is_never_logged(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Mijn teamleider Jansen intimideert mij"
    with caplog.at_level(logging.DEBUG):
        await client.post("/api/chat", json={"sender": SENDER, "message": secret})
        await client.post("/api/triage", json={"text": secret})
    assert "Jansen" not in caplog.text


# ---------------------------------------------------------------------------------------
# Bad input


BAD_CHAT_BODIES: list[tuple[str, bytes, str, int, str]] = [
    ("geen JSON content-type", b"hallo", "text/plain", 415, "geen_json"),
    ("ongeldige JSON", b'{"sender": "abc', "application/json", 400, "ongeldige_json"),
    ("leeg lichaam", b"", "application/json", 400, "ongeldige_json"),
    ("geen object", b'["hallo"]', "application/json", 400, "geen_object"),
    ("message ontbreekt", b'{"sender": "a1b2c3d4e5f6"}', "application/json", 400, "veld_ontbreekt"),
    ("sender ontbreekt", b'{"message": "hallo"}', "application/json", 400, "veld_ontbreekt"),
    (
        "message geen tekst",
        b'{"sender": "a1b2c3d4e5f6", "message": 42}',
        "application/json",
        400,
        "verkeerd_type",
    ),
    (
        "sender geen tekst",
        b'{"sender": 12345678, "message": "hallo"}',
        "application/json",
        400,
        "ongeldige_sender",
    ),
    (
        "sender met rare tekens",
        b'{"sender": "<script>alert(1)</script>", "message": "hallo"}',
        "application/json",
        400,
        "ongeldige_sender",
    ),
    (
        "leeg bericht",
        b'{"sender": "a1b2c3d4e5f6", "message": "   "}',
        "application/json",
        400,
        "leeg_bericht",
    ),
    (
        "ongeldige UTF-8",
        b'{"sender": "a1b2c3d4e5f6", "message": "caf\xe9"}',
        "application/json",
        400,
        "ongeldige_utf8",
    ),
    (
        "losse surrogaat",
        b'{"sender": "a1b2c3d4e5f6", "message": "\\ud800"}',
        "application/json",
        400,
        "ongeldige_utf8",
    ),
    ("diep genest", b"[" * 60000, "application/json", 400, "ongeldige_json"),
]


@pytest.mark.parametrize(
    ("body", "ctype", "status", "code"),
    [case[1:] for case in BAD_CHAT_BODIES],
    ids=[case[0] for case in BAD_CHAT_BODIES],
)
async def test_bad_chat_requests_get_json_4xx(
    client: TestClient, fake_rasa: TestServer, body: bytes, ctype: str, status: int, code: str
) -> None:
    resp = await client.post("/api/chat", data=body, headers={"Content-Type": ctype})
    assert resp.status == status
    assert resp.content_type == "application/json"
    data = await resp.json()
    assert data["code"] == code
    assert isinstance(data["error"], str) and data["error"]
    assert fake_rasa.app[RECEIVED] == []


async def test_message_over_the_limit(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, url(fake_rasa), max_message_chars=20)
    client = await aiohttp_client(create_app(settings))
    resp = await client.post("/api/chat", json={"sender": SENDER, "message": "x" * 21})
    assert resp.status == 400
    data = await resp.json()
    assert data["code"] == "te_lang" and "20" in data["error"]
    ok = await client.post("/api/chat", json={"sender": SENDER, "message": "x" * 20})
    assert ok.status == 200


async def test_body_over_64_kb_is_refused(client: TestClient) -> None:
    body = b'{"sender": "a1b2c3d4e5f6", "message": "' + b"a" * 70_000 + b'"}'
    resp = await client.post("/api/chat", data=body, headers={"Content-Type": "application/json"})
    assert resp.status == 413
    assert (await resp.json())["code"] == "http_413"


async def test_bad_triage_requests(client: TestClient) -> None:
    resp = await client.post("/api/triage", json={"tekst": "x"})
    assert resp.status == 400 and (await resp.json())["code"] == "veld_ontbreekt"
    resp = await client.post("/api/triage", json={"text": ["x"]})
    assert resp.status == 400 and (await resp.json())["code"] == "verkeerd_type"


async def test_unknown_api_path_and_wrong_method_are_json(client: TestClient) -> None:
    resp = await client.get("/api/bestaat-niet")
    assert resp.status == 404 and (await resp.json())["code"] == "http_404"
    resp = await client.get("/api/chat")
    assert resp.status == 405 and (await resp.json())["code"] == "http_405"
    assert "POST" in resp.headers["Allow"]


async def test_page_errors_are_html_pages_in_dutch(client: TestClient) -> None:
    """Outside the API an error is a page with a language, a title, a heading and a way on."""
    resp = await client.get("/bestaat-niet")
    html = await resp.text()
    assert resp.status == 404 and resp.content_type == "text/html"
    assert '<html lang="nl">' in html
    assert "<title>Pagina niet gevonden – Wegwijzer</title>" in html
    assert "<h1>Pagina niet gevonden</h1>" in html
    assert "Deze pagina of dit adres bestaat niet." in html and 'href="/verwijskaart"' in html
    resp = await client.post("/verwijskaart")
    assert resp.status == 405 and resp.content_type == "text/html"
    assert "GET" in resp.headers["Allow"]
    assert "<h1>Dit kan hier niet</h1>" in await resp.text()


class BrokenStore(StatsStore):
    """A store whose query fails with user-looking text in the exception."""

    def raw_counts(self, by: Any = ("period", "category")) -> list[dict[str, Any]]:
        raise RuntimeError("Geheime tekst van een gebruiker")


async def test_unexpected_error_is_json_500_without_details_in_log(
    aiohttp_client: Client,
    fake_rasa: TestServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings(tmp_path, url(fake_rasa))
    store = BrokenStore(settings.database_url)
    client = await aiohttp_client(create_app(settings, stats_store=store))
    with caplog.at_level(logging.DEBUG):
        resp = await client.get("/api/stats", headers=BEARER)
    assert resp.status == 500
    assert (await resp.json())["code"] == "interne_fout"
    assert "RuntimeError" in caplog.text
    assert "Geheime tekst" not in caplog.text
    resp = await client.get("/statistieken", headers=BEARER)
    assert resp.status == 500 and resp.content_type == "text/html"
    html = await resp.text()
    assert "<h1>Er ging iets mis</h1>" in html and "Geheime tekst" not in html


# ---------------------------------------------------------------------------------------
# Rate limit


async def test_rate_limit_answers_429_in_dutch(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, url(fake_rasa), rate_limit_per_minute=3)
    client = await aiohttp_client(create_app(settings))
    for _ in range(3):
        resp = await client.post("/api/chat", json={"sender": SENDER, "message": "hallo"})
        assert resp.status == 200
    resp = await client.post("/api/triage", json={"text": "hallo"})
    assert resp.status == 429
    data = await resp.json()
    assert data["code"] == "te_veel_verzoeken"
    assert "Wacht even" in data["error"]
    assert 1 <= int(resp.headers["Retry-After"]) <= 60
    # Pages and other APIs are not limited.
    assert (await client.get("/api/helplines")).status == 200


def test_sliding_window() -> None:
    from bot.web.middlewares import RateLimiter

    now = [0.0]
    limiter = RateLimiter(2, window=60, clock=lambda: now[0], max_clients=2)
    assert limiter.hit("a") == 0 and limiter.hit("a") == 0
    assert limiter.hit("a") == pytest.approx(60)
    now[0] = 30
    assert limiter.hit("a") == pytest.approx(30)
    now[0] = 60.5
    assert limiter.hit("a") == 0  # the first hit slid out of the window
    limiter.hit("b")
    limiter.hit("c")  # memory stays bounded: the quietest client is forgotten
    assert "a" not in limiter._hits


# ---------------------------------------------------------------------------------------
# Triage and help lines


async def test_triage_uses_model_parse_with_token(client: TestClient) -> None:
    resp = await client.post(
        "/api/triage", json={"text": "Een collega maakt grappen over mijn afkomst"}
    )
    assert resp.status == 200
    data = await resp.json()
    assert data["category"] == "ongewenste_omgangsvormen"
    assert data["subcategory"] == "discriminatie"
    assert data["helplines"] == [
        "vertrouwenspersoon",
        "antidiscriminatievoorziening",
        "college_rechten_van_de_mens",
    ]
    assert data["crisis"] is False and data["uncertain"] is False
    assert data["caution"] is False
    resp = await client.post(
        "/api/triage", json={"text": "Hij pest me en ik heb nergens meer zin in"}
    )
    assert (await resp.json())["caution"] is True


async def test_triage_with_wrong_rasa_token_is_503(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, url(fake_rasa), rasa_token="fout")
    client = await aiohttp_client(create_app(settings))
    resp = await client.post("/api/triage", json={"text": "pesten"})
    assert resp.status == 503
    assert (await resp.json())["helplines"]


async def test_helplines_api_lists_the_map(client: TestClient) -> None:
    resp = await client.get("/api/helplines")
    data = await resp.json()
    assert len(data) == 18
    assert data[1]["naam"] == "Interne vertrouwenspersoon"
    assert set(data[1]) == {"id", "naam", "wat", "wanneer", "vertrouwelijk", "anoniem", "contact"}


# ---------------------------------------------------------------------------------------
# Pages, widget and headers


async def test_chat_page_shows_direct_contacts_from_the_map(client: TestClient) -> None:
    resp = await client.get("/")
    html = await resp.text()
    assert resp.status == 200 and resp.content_type == "text/html"
    assert '<html lang="nl">' in html
    for text in (
        "Luisterend Oor",
        "030 123 45 60",
        "Interne vertrouwenspersoon",
        "Bureau Integriteit",
        "113 of 0800-0113",
        "Alarmnummer 112",
    ):
        assert text in html
    assert "wordt niet bewaard" in html
    assert '<script src="/widget.js" defer></script>' in html
    assert "<script>" not in html  # no inline script anywhere


async def test_security_headers_on_html_api_and_errors(client: TestClient) -> None:
    for path in (
        "/",
        "/verwijskaart",
        "/api/helplines",
        "/api/bestaat-niet",
        "/widget.js",
        "/static/style.css",
        "/healthz",
    ):
        resp = await client.get(path)
        assert resp.headers["Content-Security-Policy"] == CSP, path
        assert resp.headers["X-Content-Type-Options"] == "nosniff", path
        assert resp.headers["Referrer-Policy"] == "no-referrer", path
    for path in ("/api/helplines", "/healthz", "/api/bestaat-niet"):
        assert (await client.get(path)).headers["Cache-Control"] == "no-store"
    resp = await client.post("/api/chat", json={"sender": SENDER, "message": "hoi"})
    assert resp.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in resp.headers


async def test_frame_ancestors_from_settings(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(
        tmp_path, url(fake_rasa), frame_ancestors="'self' https://intranet.example.nl"
    )
    client = await aiohttp_client(create_app(settings))
    resp = await client.get("/")
    assert (
        "frame-ancestors 'self' https://intranet.example.nl;"
        in resp.headers["Content-Security-Policy"]
    )


async def test_widget_js_content_type_and_cors(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(
        tmp_path, url(fake_rasa), frame_ancestors="'self' https://intranet.example.nl"
    )
    client = await aiohttp_client(create_app(settings))
    resp = await client.get("/widget.js")
    assert resp.status == 200
    assert resp.headers["Content-Type"] == "text/javascript; charset=utf-8"
    assert "Access-Control-Allow-Origin" not in resp.headers  # a classic script needs none
    assert "innerHTML" not in await resp.text()

    good = {"Origin": "https://intranet.example.nl", "Access-Control-Request-Method": "POST"}
    pre = await client.options("/api/chat", headers=good)
    assert pre.status == 204
    assert pre.headers["Access-Control-Allow-Origin"] == "https://intranet.example.nl"
    assert pre.headers["Access-Control-Allow-Headers"] == "Content-Type"
    assert "Access-Control-Allow-Credentials" not in pre.headers
    resp = await client.post(
        "/api/chat", json={"sender": SENDER, "message": "hoi"}, headers={"Origin": good["Origin"]}
    )
    assert resp.headers["Access-Control-Allow-Origin"] == "https://intranet.example.nl"

    evil = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    pre = await client.options("/api/chat", headers=evil)
    assert "Access-Control-Allow-Origin" not in pre.headers
    resp = await client.get("/api/stats", headers={**BEARER, "Origin": good["Origin"]})
    assert "Access-Control-Allow-Origin" not in resp.headers


async def test_verwijskaart_page(client: TestClient) -> None:
    html = await (await client.get("/verwijskaart")).text()
    assert html.count('class="hl-card"') == 18
    assert 'id="hulplijn-huis_voor_klokkenluiders"' in html
    assert "Welke hulplijn past?" in html
    assert 'class="matrix"' in html
    assert "als Discriminatie" in html  # subcategory rule
    assert '<script src="/static/verwijskaart.js" defer></script>' in html


# ---------------------------------------------------------------------------------------
# Statistics


@pytest.fixture
async def stats_client(aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path) -> TestClient:
    settings = make_settings(tmp_path, url(fake_rasa))
    seed(
        settings.database_url,
        [
            (this_month(), "ongewenste_omgangsvormen", "pesten", "vertrouwenspersoon", 12),
            (this_month(), "ongewenste_omgangsvormen", "discriminatie", "vertrouwenspersoon", 3),
            (this_month(), "arbeidsconflict", None, "luisterend_oor", 9),
            (this_month(1), "arbeidsconflict", None, "luisterend_oor", 7),
            (this_month(), "persoonlijke_zorgen", None, "luisterend_oor", 2),
        ],
    )
    return await aiohttp_client(create_app(settings))


@pytest.mark.parametrize("path", ["/statistieken", "/api/stats", "/api/stats.csv"])
async def test_stats_need_credentials(stats_client: TestClient, path: str) -> None:
    for headers in (
        {},
        {"Authorization": "Bearer fout"},
        {"Authorization": f"Bearer {STATS_TOKEN}x"},
        basic("bi", "fout"),
        {"Authorization": "Basic !!!niet-base64"},
        {"Authorization": f"Token {STATS_TOKEN}"},
    ):
        resp = await stats_client.get(path, headers=headers)
        assert resp.status == 401, headers
        assert resp.headers["WWW-Authenticate"].startswith('Basic realm="Wegwijzer statistieken"')
        assert STATS_TOKEN not in await resp.text()
        if path == "/statistieken":
            assert resp.content_type == "text/html"
            assert "Log in om de statistieken te zien." in await resp.text()


@pytest.mark.parametrize(
    "headers", [BEARER, basic("bureau-integriteit", STATS_TOKEN), basic("", STATS_TOKEN)]
)
async def test_stats_with_bearer_or_basic(
    stats_client: TestClient, headers: dict[str, str]
) -> None:
    resp = await stats_client.get("/statistieken", headers=headers)
    assert resp.status == 200
    html = await resp.text()
    assert '<table class="stats">' in html and "<svg" in html
    assert "Ongewenste omgangsvormen" in html
    assert resp.headers["Cache-Control"] == "no-store"


async def test_stats_not_configured_is_503_never_open(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    client = await aiohttp_client(
        create_app(make_settings(tmp_path, url(fake_rasa), stats_token=""))
    )
    for path in ("/statistieken", "/api/stats", "/api/stats.csv"):
        for headers in ({}, {"Authorization": "Bearer "}, basic("x", "")):
            resp = await client.get(path, headers=headers)
            assert resp.status == 503, (path, headers)
            assert "niet ingesteld" in await resp.text()


async def test_suppression_visible_in_api_stats(stats_client: TestClient) -> None:
    resp = await stats_client.get("/api/stats", headers=BEARER)
    assert resp.status == 200
    data = await resp.json()
    month = this_month()
    rows = {(r["category"], r["subcategory"]): r for r in data["rows"]}
    assert rows[("ongewenste_omgangsvormen", "discriminatie")]["months"][month] == {
        "count": None,
        "marker": "<5",
    }
    assert rows[("persoonlijke_zorgen", None)]["months"][month]["count"] is None
    # With one small subcategory, its neighbour is hidden too (12 could reveal the 3).
    assert rows[("ongewenste_omgangsvormen", "pesten")]["months"][month] == {
        "count": None,
        "marker": "x",
    }

    # Nothing under 5 anywhere in the answer.
    def counts(node: Any) -> list[int]:
        if isinstance(node, dict):
            found = [node["count"]] if "count" in node and isinstance(node["count"], int) else []
            return found + [c for k, v in node.items() if k != "count" for c in counts(v)]
        if isinstance(node, list):
            return [c for v in node for c in counts(v)]
        return []

    assert counts(data) and min(counts(data)) >= 5
    assert data["suppress_below"] == 5


async def test_stats_csv(stats_client: TestClient) -> None:
    resp = await stats_client.get("/api/stats.csv", headers=basic("bi", STATS_TOKEN))
    assert resp.status == 200
    assert resp.content_type == "text/csv"
    assert "attachment" in resp.headers["Content-Disposition"]
    text = (await resp.read()).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:6] == ["soort", "periode", "categorie", "subcategorie", "hulplijn", "aantal"]
    month = this_month()
    assert [
        "subcategorie",
        month,
        "ongewenste_omgangsvormen",
        "discriminatie",
        "",
        "<5",
        "",
    ] in rows
    for row in rows[1:]:
        assert row[5] in ("<5", "x") or int(row[5]) >= 5


# ---------------------------------------------------------------------------------------
# Health


async def test_healthz_ok(client: TestClient) -> None:
    resp = await client.get("/healthz")
    assert resp.status == 200
    assert await resp.json() == {
        "status": "ok",
        "checks": {"rasa": "ok", "actions": "ok", "database": "ok"},
        "down": [],
    }


async def test_healthz_names_the_action_server(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, url(fake_rasa), action_url=dead_url())
    client = await aiohttp_client(create_app(settings))
    resp = await client.get("/healthz")
    assert resp.status == 503
    data = await resp.json()
    assert data["down"] == ["actions"] and data["checks"]["rasa"] == "ok"


async def test_healthz_names_rasa_and_database(aiohttp_client: Client, tmp_path: Path) -> None:
    # A directory is not a database file: SQLite cannot open it.
    settings = make_settings(tmp_path, dead_url(), database_url=f"sqlite:///{tmp_path}")
    client = await aiohttp_client(create_app(settings))
    resp = await client.get("/healthz")
    assert resp.status == 503
    assert (await resp.json())["down"] == ["rasa", "actions", "database"]


async def test_behind_a_trusted_proxy_each_client_has_its_own_limit(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(
        tmp_path,
        url(fake_rasa),
        rate_limit_per_minute=2,
        trusted_proxies=frozenset({"127.0.0.1"}),
    )
    client = await aiohttp_client(create_app(settings))

    async def triage(forwarded: str) -> int:
        resp = await client.post(
            "/api/triage", json={"text": "hallo"}, headers={"X-Forwarded-For": forwarded}
        )
        return resp.status

    # The proxy appends the client it saw; an earlier, client-written hop is ignored.
    assert [await triage("10.0.0.1") for _ in range(3)] == [200, 200, 429]
    assert await triage("10.0.0.2") == 200
    assert await triage("10.0.0.2, 10.0.0.1") == 429
    assert await triage("10.0.0.1, 10.0.0.2") == 200


async def test_forwarded_for_from_an_untrusted_peer_is_ignored(
    aiohttp_client: Client, fake_rasa: TestServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, url(fake_rasa), rate_limit_per_minute=2)
    client = await aiohttp_client(create_app(settings))
    statuses = [
        (
            await client.post(
                "/api/triage", json={"text": "hallo"}, headers={"X-Forwarded-For": f"10.0.0.{i}"}
            )
        ).status
        for i in range(3)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.parametrize("value", ["proxy.intern", "10.0.0.300", "10.0.0.1;10.0.0.2"])
def test_trusted_proxies_must_be_ip_addresses(value: str) -> None:
    with pytest.raises(SettingsError, match="TRUSTED_PROXIES"):
        Settings.from_env({"TRUSTED_PROXIES": value})


def test_trusted_proxies_are_parsed() -> None:
    parsed = Settings.from_env({"TRUSTED_PROXIES": " 10.0.0.5, ::1 ,"}).trusted_proxies
    assert parsed == frozenset({"10.0.0.5", "::1"})
