"""Security headers, JSON and HTML errors, CORS for the widget and the per-client rate limit."""

from __future__ import annotations

import json
import logging
import re
import string
import time
import traceback
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterable
from functools import partial
from html import escape
from typing import Any

from aiohttp import web

from bot.web import render

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

RATE_LIMITED_PATHS = frozenset({"/api/chat", "/api/triage"})
CORS_PATHS = frozenset({"/api/chat", "/api/helplines"})
RATE_LIMIT_MESSAGE = (
    "Je stuurt veel berichten kort na elkaar. Wacht even en probeer het dan opnieuw."
)
HTTP_MESSAGES = {
    404: "Deze pagina of dit adres bestaat niet.",
    405: "Deze methode is hier niet toegestaan.",
    413: "Je bericht is te groot.",
}
DEFAULT_MESSAGE = "Dit verzoek kan niet worden verwerkt."
SERVER_ERROR = "Er ging iets mis. Probeer het later opnieuw."
# Headings of the HTML error page.
ERROR_HEADINGS = {
    401: "Inloggen nodig",
    403: "Geen toegang",
    404: "Pagina niet gevonden",
    405: "Dit kan hier niet",
    500: "Er ging iets mis",
    503: "Even niet beschikbaar",
}
PASSED_HEADERS = ("Allow", "WWW-Authenticate", "Retry-After")

dumps = partial(json.dumps, ensure_ascii=False)


class ApiError(Exception):
    """A client error with a Dutch message, answered as JSON."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message


def json_error(status: int, code: str, message: str, **extra: Any) -> web.Response:
    """A JSON error body: {"error": Dutch text, "code": machine-readable code, ...}."""
    return web.json_response({"error": message, "code": code, **extra}, status=status, dumps=dumps)


def _wants_json(request: web.Request) -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def html_error(templates: dict[str, string.Template], status: int, message: str) -> web.Response:
    """An error as a page in the site's layout, so it has a language, title and heading."""
    heading = ERROR_HEADINGS.get(status, "Dit lukt niet")
    body = render.page(
        templates, "fout", title=f"{heading} – Wegwijzer", heading=heading, message=escape(message)
    )
    return web.Response(status=status, text=body, content_type="text/html", charset="utf-8")


def error_middleware(templates: dict[str, string.Template]) -> Any:
    """API errors as JSON, page errors as HTML; unexpected ones logged without content."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except ApiError as exc:
            return json_error(exc.status, exc.code, exc.message)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            message = HTTP_MESSAGES.get(exc.status, DEFAULT_MESSAGE)
            if _wants_json(request):
                response = json_error(exc.status, f"http_{exc.status}", message)
            else:
                # A view's own text (such as "Log in om ...") beats aiohttp's "404: Not Found".
                if exc.text and exc.text != f"{exc.status}: {exc.reason}":
                    message = exc.text
                response = html_error(templates, exc.status, message)
            for name in PASSED_HEADERS:
                if name in exc.headers:
                    response.headers[name] = exc.headers[name]
            return response
        except Exception as exc:
            # The exception text may quote the request (for example a KeyError on user input),
            # so only its type and the code locations are logged.
            stack = "\n".join(
                f"  {f.filename}:{f.lineno} in {f.name}"
                for f in traceback.extract_tb(exc.__traceback__)
            )
            log.error(
                "Unexpected %s on %s %s\n%s",
                type(exc).__name__,
                request.method,
                request.path,
                stack,
            )
            if _wants_json(request):
                return json_error(500, "interne_fout", SERVER_ERROR)
            return html_error(templates, 500, SERVER_ERROR)

    return middleware


class RateLimiter:
    """Sliding-window request counter per client key, in memory."""

    def __init__(
        self,
        limit: int,
        window: float = 60.0,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_clients = max_clients
        self._clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()

    def hit(self, key: str) -> float:
        """Count a request; 0 when allowed, else the seconds until the next is allowed."""
        now = self._clock()
        hits = self._hits.pop(key, None) or deque()
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            self._hits[key] = hits
            return max(hits[0] + self.window - now, 0.001)
        hits.append(now)
        self._hits[key] = hits  # re-insert: most recently used last
        while len(self._hits) > self.max_clients:
            # Bounded memory: forget the clients that were quiet longest.
            self._hits.popitem(last=False)
        return 0.0


def client_address(request: web.Request, trusted_proxies: frozenset[str]) -> str:
    """The client's address: behind a trusted reverse proxy, from its X-Forwarded-For."""
    address = request.remote or "onbekend"
    if address not in trusted_proxies:
        # Only a proxy we trust may say who the client is; anyone else could forge it.
        return address
    hops = [h.strip() for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    # The rightmost hop not added by one of our own proxies is the real client.
    for hop in reversed(hops):
        if hop not in trusted_proxies:
            return hop
    return address


def rate_limit_middleware(
    limiter: RateLimiter, trusted_proxies: frozenset[str] = frozenset()
) -> Any:
    """Limit POSTs to the chat and triage APIs per client address."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method == "POST" and request.path in RATE_LIMITED_PATHS:
            wait = limiter.hit(client_address(request, trusted_proxies))
            if wait:
                response = json_error(429, "te_veel_verzoeken", RATE_LIMIT_MESSAGE)
                response.headers["Retry-After"] = str(max(1, round(wait + 0.5)))
                return response
        return await handler(request)

    return middleware


_ORIGIN = re.compile(r"^https?://(\*\.)?[A-Za-z0-9.-]+(:\d+)?$")


def allowed_origins(frame_ancestors: str) -> frozenset[str]:
    """Origins that may embed the chat (from FRAME_ANCESTORS): the widget may call us from there."""
    return frozenset(t for t in frame_ancestors.split() if _ORIGIN.match(t))


def origin_allowed(origin: str, allowed: Iterable[str]) -> bool:
    """Exact origin match, or a https://*.example.nl style wildcard for subdomains."""
    for pattern in allowed:
        if origin == pattern:
            return True
        scheme, _, host = pattern.partition("://")
        prefix = f"{scheme}://"
        if (
            host.startswith("*.")
            and origin.startswith(prefix)
            and origin.removeprefix(prefix).endswith(host[1:])
        ):
            return True
    return False


def cors_middleware(allowed: frozenset[str]) -> Any:
    """CORS only for the widget's API calls and only from origins allowed to embed it."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        ok = origin is not None and request.path in CORS_PATHS and origin_allowed(origin, allowed)
        if request.method == "OPTIONS" and request.path in CORS_PATHS:
            response: web.StreamResponse = web.Response(status=204)
            if ok:
                response.headers["Access-Control-Allow-Methods"] = "GET, POST"
                response.headers["Access-Control-Allow-Headers"] = "Content-Type"
                response.headers["Access-Control-Max-Age"] = "600"
        else:
            response = await handler(request)
        if ok and origin:
            response.headers["Access-Control-Allow-Origin"] = origin
        if request.path in CORS_PATHS:
            response.headers["Vary"] = "Origin"
        return response

    return middleware


def security_headers(
    frame_ancestors: str,
) -> Callable[[web.Request, web.StreamResponse], Awaitable[None]]:
    """on_response_prepare hook: the same strict headers on every response, errors included."""
    if re.search(r"[;,\r\n]", frame_ancestors):
        log.warning("FRAME_ANCESTORS contains ';', ',' or a line break; using 'none'")
        frame_ancestors = "'none'"
    csp = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'; frame-ancestors {frame_ancestors}; base-uri 'none'; "
        "form-action 'self'"
    )

    async def on_prepare(request: web.Request, response: web.StreamResponse) -> None:
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.path.startswith("/static/") or request.path == "/widget.js":
            # Assets hold no personal data; revalidate so updates arrive.
            response.headers.setdefault("Cache-Control", "no-cache")
        else:
            response.headers["Cache-Control"] = "no-store"

    return on_prepare
