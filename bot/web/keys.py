"""Typed application keys shared by the web modules."""

from __future__ import annotations

import string

from aiohttp import web

from bot.referral_map import ReferralMap
from bot.settings import Settings
from bot.stats import StatsStore
from bot.web.middlewares import RateLimiter
from bot.web.rasa_client import RasaClient

SETTINGS = web.AppKey("settings", Settings)
REFERRAL_MAP = web.AppKey("referral_map", ReferralMap)
STATS_STORE = web.AppKey("stats_store", StatsStore)
RASA = web.AppKey("rasa", RasaClient)
TEMPLATES = web.AppKey("templates", dict[str, string.Template])
RATE_LIMITER = web.AppKey("rate_limiter", RateLimiter)
ALLOWED_ORIGINS = web.AppKey("allowed_origins", frozenset[str])
