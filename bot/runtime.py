"""Process-wide lazily created resources: settings, referral map and the count writer."""

from __future__ import annotations

import functools

from bot.counting import CountWriter
from bot.referral_map import ReferralMap, cached_referral_map
from bot.settings import Settings
from bot.stats import StatsStore


@functools.lru_cache(maxsize=1)
def settings() -> Settings:
    """Settings from the environment, read once."""
    return Settings.from_env()


def referral_map() -> ReferralMap:
    """The configured referral map, loaded and validated once."""
    return cached_referral_map(str(settings().referral_map))


@functools.lru_cache(maxsize=1)
def count_writer() -> CountWriter:
    """The one writer of anonymous counts for this process."""
    return CountWriter(StatsStore(settings().database_url))
