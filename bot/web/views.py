"""Request handlers: pages, chat proxy, triage, help lines, statistics and health."""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import hmac
import json
import re
from html import escape
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy import text

from bot.dialogue import contact_line
from bot.stats import StatsStore
from bot.stats_report import Labels, build_report, report_csv
from bot.triage import result_from_parse
from bot.web import render
from bot.web.keys import RASA, REFERRAL_MAP, SETTINGS, STATS_STORE, TEMPLATES
from bot.web.middlewares import ApiError, dumps, json_error
from bot.web.rasa_client import RasaUnavailable

STATIC_DIR = Path(__file__).resolve().parent / "static"
SENDER_RE = re.compile(r"^[A-Za-z0-9_-]{8,128}$")
STATS_REALM = 'Basic realm="Wegwijzer statistieken", charset="UTF-8"'
RASA_DOWN = (
    "De chat werkt nu even niet. Je kunt wel direct contact opnemen met een van deze hulplijnen."
)


def _html(body: str) -> web.Response:
    return web.Response(text=body, content_type="text/html", charset="utf-8")


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=dumps)


async def _read_json(request: web.Request) -> dict[str, Any]:
    """The request body as a JSON object, or a clear 4xx error."""
    if request.content_type != "application/json":
        raise ApiError(
            415, "geen_json", "Stuur de gegevens als JSON (Content-Type: application/json)."
        )
    raw = await request.read()  # aiohttp answers 413 above client_max_size
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "ongeldige_utf8", "De tekst is geen geldige UTF-8.") from None
    try:
        data = json.loads(decoded)
    except (ValueError, RecursionError):
        raise ApiError(400, "ongeldige_json", "Dit is geen geldige JSON.") from None
    if not isinstance(data, dict):
        raise ApiError(400, "geen_object", 'Stuur een JSON-object, zoals {"message": "..."}.')
    return data


def _text_field(data: dict[str, Any], name: str, max_chars: int) -> str:
    """A required, non-empty text field of at most max_chars characters."""
    if name not in data:
        raise ApiError(400, "veld_ontbreekt", f"Het veld '{name}' ontbreekt.")
    value = data[name]
    if not isinstance(value, str):
        raise ApiError(400, "verkeerd_type", f"Het veld '{name}' moet tekst zijn.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "ongeldige_utf8", f"Het veld '{name}' is geen geldige tekst.") from None
    value = value.strip()
    if not value:
        raise ApiError(400, "leeg_bericht", "Je bericht is leeg. Typ eerst iets.")
    if len(value) > max_chars:
        raise ApiError(
            400, "te_lang", f"Je bericht is te lang. Gebruik hoogstens {max_chars} tekens."
        )
    return value


# When the action server is down Rasa answers nothing; never leave a person without a route.
SAFE_REFERRAL = (
    "vertrouwenspersoon",
    "bureau_integriteit",
    "zelfmoordpreventie_113",
    "alarmnummer_112",
)
SAFE_REFERRAL_INTRO = (
    "Het lukt me nu niet om je vraag goed te beantwoorden. Je kunt altijd terecht bij:"
)


def _safe_referral(request: web.Request, sender: str) -> list[dict[str, Any]]:
    """A generic referral from the referral map, in Rasa's message format."""
    refmap = request.app[REFERRAL_MAP]
    lines = [SAFE_REFERRAL_INTRO]
    for hid in SAFE_REFERRAL:
        if hid in refmap.helplines:
            helpline = refmap.helplines[hid]
            lines.append(f"- {helpline.naam}: {contact_line(helpline)}")
    return [{"recipient_id": sender, "text": "\n".join(lines)}]


def _direct_helplines(request: web.Request) -> list[dict[str, Any]]:
    refmap = request.app[REFERRAL_MAP]
    return [refmap.helplines[h].as_dict() for h in render.DIRECT_CONTACTS if h in refmap.helplines]


# ---------------------------------------------------------------------------------------
# Pages


async def index(request: web.Request) -> web.Response:
    """The chat page."""
    settings = request.app[SETTINGS]
    body = render.page(
        request.app[TEMPLATES],
        "index",
        title="Wegwijzer: vind de juiste hulp",
        ttl_minutes=str(max(1, settings.tracker_ttl_seconds // 60)),
        max_chars=str(settings.max_message_chars),
        direct_contacts=render.direct_contacts(request.app[REFERRAL_MAP]),
        scripts='<script src="/widget.js" defer></script>',
    )
    return _html(body)


async def verwijskaart(request: web.Request) -> web.Response:
    """All help lines, the route matrix and the triage box."""
    refmap = request.app[REFERRAL_MAP]
    body = render.page(
        request.app[TEMPLATES],
        "verwijskaart",
        title="Verwijskaart – Wegwijzer",
        organisation=escape(refmap.organisation or "de organisatie"),
        max_chars=str(request.app[SETTINGS].max_message_chars),
        helpline_cards=render.helpline_cards(refmap),
        route_matrix=render.route_matrix(refmap),
        triage_labels=render.triage_labels(refmap),
        scripts='<script src="/static/verwijskaart.js" defer></script>',
    )
    return _html(body)


async def widget_js(request: web.Request) -> web.FileResponse:
    """The embeddable chat widget (a classic script: no CORS needed to load it)."""
    return web.FileResponse(
        STATIC_DIR / "widget.js",
        headers={"Content-Type": "text/javascript; charset=utf-8"},
    )


# ---------------------------------------------------------------------------------------
# Chat and triage


async def api_chat(request: web.Request) -> web.Response:
    """Proxy one message to Rasa's REST channel; nothing of it is logged or stored here."""
    settings = request.app[SETTINGS]
    data = await _read_json(request)
    sender = data.get("sender")
    if "sender" not in data:
        raise ApiError(400, "veld_ontbreekt", "Het veld 'sender' ontbreekt.")
    if not isinstance(sender, str) or not SENDER_RE.match(sender):
        raise ApiError(
            400,
            "ongeldige_sender",
            "Het veld 'sender' moet een willekeurige code zijn (8-128 tekens).",
        )
    message = _text_field(data, "message", settings.max_message_chars)
    try:
        messages = await request.app[RASA].send(sender, message)
    except RasaUnavailable:
        return json_error(
            503, "chat_niet_bereikbaar", RASA_DOWN, helplines=_direct_helplines(request)
        )
    return _json(messages or _safe_referral(request, sender))


async def api_triage(request: web.Request) -> web.Response:
    """Suggested routes for a described situation (for advisers)."""
    settings = request.app[SETTINGS]
    data = await _read_json(request)
    situation = _text_field(data, "text", settings.max_message_chars)
    try:
        parse = await request.app[RASA].parse(situation)
    except RasaUnavailable:
        return json_error(
            503,
            "model_niet_bereikbaar",
            "Wegwijzer kan nu geen route voorstellen. Gebruik de verwijskaart hieronder.",
            helplines=_direct_helplines(request),
        )
    return _json(result_from_parse(parse, request.app[REFERRAL_MAP]))


async def api_helplines(request: web.Request) -> web.Response:
    """All help lines from the referral map."""
    return _json([h.as_dict() for h in request.app[REFERRAL_MAP].helplines.values()])


# ---------------------------------------------------------------------------------------
# Statistics


def _authorised(request: web.Request, token: str) -> bool:
    """Bearer token, or HTTP Basic with any user name and the token as password."""
    header = request.headers.get("Authorization", "")
    scheme, _, credentials = header.partition(" ")
    credentials = credentials.strip()
    expected = token.encode("utf-8")
    if scheme.lower() == "bearer":
        return hmac.compare_digest(credentials.encode("utf-8"), expected)
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        _, sep, password = decoded.partition(":")
        return bool(sep) and hmac.compare_digest(password.encode("utf-8"), expected)
    return False


def _check_stats_access(request: web.Request, *, html: bool) -> None:
    """Raise the right response unless the statistics may be shown."""
    token = request.app[SETTINGS].stats_token
    if not token:
        # Never open by default: without a token the statistics are simply off.
        message = "De statistieken zijn niet ingesteld (STATS_TOKEN ontbreekt)."
        if html:
            raise web.HTTPServiceUnavailable(text=message, content_type="text/plain")
        raise ApiError(503, "niet_ingesteld", message)
    if not _authorised(request, token):
        message = "Log in om de statistieken te zien."
        if html:
            raise web.HTTPUnauthorized(
                text=message, content_type="text/plain", headers={"WWW-Authenticate": STATS_REALM}
            )
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": STATS_REALM})


def _labels(request: web.Request) -> Labels:
    refmap = request.app[REFERRAL_MAP]
    return Labels(
        categories={c.id: c.naam for c in refmap.categories.values()},
        subcategories={c.id: dict(c.subcategories) for c in refmap.categories.values()},
        helplines={h.id: h.naam for h in refmap.helplines.values()},
    )


def _report_sync(store: StatsStore, labels: Labels, today: dt.date) -> dict[str, Any]:
    categories = store.raw_counts(by=("period", "category", "subcategory"))
    helplines = store.raw_counts(by=("period", "helpline"))
    return build_report(categories, helplines, today=today, labels=labels)


async def _report(request: web.Request) -> dict[str, Any]:
    # SQLAlchemy is synchronous and the suppression is CPU work: keep both off the loop.
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(
        None, _report_sync, request.app[STATS_STORE], _labels(request), dt.date.today()
    )


async def statistieken(request: web.Request) -> web.Response:
    """The dashboard page for Bureau Integriteit."""
    _check_stats_access(request, html=True)
    report = await _report(request)
    body = render.page(
        request.app[TEMPLATES],
        "statistieken",
        title="Statistieken – Wegwijzer",
        trend_chart=render.trend_chart(report),
        stats_table=render.stats_table(report),
        comparison_table=render.comparison_table(report),
        helpline_table=render.helpline_table(report),
    )
    return _html(body)


async def api_stats(request: web.Request) -> web.Response:
    """The suppressed report as JSON."""
    _check_stats_access(request, html=False)
    return _json(await _report(request))


async def api_stats_csv(request: web.Request) -> web.Response:
    """The suppressed report as CSV (semicolon-separated, UTF-8 with BOM for spreadsheets)."""
    _check_stats_access(request, html=False)
    report = await _report(request)
    return web.Response(
        body=("\ufeff" + report_csv(report)).encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="wegwijzer-statistieken.csv"'},
    )


# ---------------------------------------------------------------------------------------
# Operations


def _ping_database(store: StatsStore) -> bool:
    try:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:  # any driver error means: down
        return False
    return True


async def healthz(request: web.Request) -> web.Response:
    """Rasa, the action server and the database, checked at the same time."""
    rasa = request.app[RASA]
    loop = asyncio.get_running_loop()
    database = asyncio.wait_for(
        loop.run_in_executor(None, _ping_database, request.app[STATS_STORE]), timeout=5
    )
    results = await asyncio.gather(
        rasa.rasa_ok(), rasa.actions_ok(), database, return_exceptions=True
    )
    checks = {
        name: "ok" if result is True else "down"
        for name, result in zip(("rasa", "actions", "database"), results, strict=True)
    }
    down = [name for name, state in checks.items() if state != "ok"]
    status = 503 if down else 200
    return _json({"status": "down" if down else "ok", "checks": checks, "down": down}, status)
