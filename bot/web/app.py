"""Application factory for the Wegwijzer web front."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

from bot.referral_map import ReferralMap, load_referral_map
from bot.settings import Settings
from bot.stats import StatsStore
from bot.web import render
from bot.web.keys import (
    ALLOWED_ORIGINS,
    RASA,
    RATE_LIMITER,
    REFERRAL_MAP,
    SETTINGS,
    STATS_STORE,
    TEMPLATES,
)
from bot.web.middlewares import (
    RateLimiter,
    allowed_origins,
    cors_middleware,
    error_middleware,
    rate_limit_middleware,
    security_headers,
)
from bot.web.rasa_client import RasaClient
from bot.web.routes import setup_routes

CLIENT_MAX_SIZE = 64 * 1024
log = logging.getLogger(__name__)


def create_app(
    settings: Settings,
    *,
    referral_map: ReferralMap | None = None,
    stats_store: StatsStore | None = None,
) -> web.Application:
    """Build the aiohttp application; network and database are touched only on startup."""
    refmap = referral_map or load_referral_map(settings.referral_map)
    owns_store = stats_store is None
    store = stats_store or StatsStore(settings.database_url)
    limiter = RateLimiter(settings.rate_limit_per_minute)
    origins = allowed_origins(settings.frame_ancestors)
    templates = render.load_templates()

    app = web.Application(
        client_max_size=CLIENT_MAX_SIZE,
        middlewares=[
            cors_middleware(origins),
            error_middleware(templates),
            rate_limit_middleware(limiter, settings.trusted_proxies),
        ],
    )
    app[SETTINGS] = settings
    app[REFERRAL_MAP] = refmap
    app[STATS_STORE] = store
    app[RATE_LIMITER] = limiter
    app[ALLOWED_ORIGINS] = origins
    app[TEMPLATES] = templates
    # aiosignal 1.4's typing of Signal does not match aiohttp 3.9's annotation.
    app.on_response_prepare.append(security_headers(settings.frame_ancestors))  # type: ignore[arg-type]

    async def rasa_session(app: web.Application) -> AsyncIterator[None]:
        # One pooled session for every call to Rasa and the action server.
        async with aiohttp.ClientSession() as session:
            app[RASA] = RasaClient(
                session, settings.rasa_urls, settings.rasa_token, settings.action_url
            )
            yield

    async def database(app: web.Application) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, store.migrate)
        except Exception as exc:  # the chat must work even when the database does not
            log.warning(
                "Database not ready at start-up (%s); /healthz will say so", type(exc).__name__
            )
        yield
        if owns_store:
            await loop.run_in_executor(None, store.close)

    app.cleanup_ctx.append(rasa_session)
    app.cleanup_ctx.append(database)
    setup_routes(app)
    return app
