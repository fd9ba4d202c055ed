"""Settings read once from the environment; invalid values fail fast at start-up."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """An environment variable has an invalid value."""


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be an integer, got {raw!r}") from exc
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    return value


def _addresses(env: Mapping[str, str], name: str) -> frozenset[str]:
    raw = [a.strip() for a in env.get(name, "").split(",") if a.strip()]
    try:
        return frozenset(str(ipaddress.ip_address(a)) for a in raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be comma-separated IP addresses: {exc}") from exc


@dataclass(frozen=True)
class Settings:
    """Everything configurable about Wegwijzer; see README.md and .env.example."""

    database_url: str
    referral_map: Path
    model_dir: Path
    rasa_url: str
    rasa_urls: tuple[str, ...]
    rasa_token: str
    action_url: str
    stats_token: str
    web_host: str
    web_port: int
    frame_ancestors: str
    tracker_ttl_seconds: int
    rate_limit_per_minute: int
    max_message_chars: int
    trusted_proxies: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables (defaults suit a local SQLite run)."""
        env = os.environ if env is None else env
        referral_map = Path(env.get("REFERRAL_MAP") or ROOT / "data" / "verwijskaart.yml")
        if not referral_map.is_file():
            raise SettingsError(f"REFERRAL_MAP: no such file {referral_map}")
        database_url = env.get("DATABASE_URL") or f"sqlite:///{ROOT / 'var' / 'wegwijzer.db'}"
        if "://" not in database_url:
            raise SettingsError("DATABASE_URL must be an SQLAlchemy URL such as sqlite:///var/x.db")
        rasa_url = (env.get("RASA_URL") or "http://127.0.0.1:5005").rstrip("/")
        rasa_urls = tuple(
            u.strip().rstrip("/")
            for u in (env.get("RASA_URLS") or rasa_url).split(",")
            if u.strip()
        )
        for url in rasa_urls:
            if not url.startswith(("http://", "https://")):
                raise SettingsError(f"RASA_URLS: not an http(s) URL: {url!r}")
        return cls(
            database_url=database_url,
            referral_map=referral_map,
            model_dir=Path(env.get("MODEL_DIR") or ROOT / "models"),
            rasa_url=rasa_urls[0],
            rasa_urls=rasa_urls,
            rasa_token=env.get("RASA_TOKEN", ""),
            action_url=(env.get("ACTION_URL") or "http://127.0.0.1:5055").rstrip("/"),
            stats_token=env.get("STATS_TOKEN", ""),
            web_host=env.get("WEB_HOST") or "127.0.0.1",
            web_port=_int(env, "WEB_PORT", 8080),
            frame_ancestors=env.get("FRAME_ANCESTORS") or "'self'",
            tracker_ttl_seconds=_int(env, "TRACKER_TTL_SECONDS", 1800),
            rate_limit_per_minute=_int(env, "RATE_LIMIT_PER_MINUTE", 30),
            max_message_chars=_int(env, "MAX_MESSAGE_CHARS", 4000),
            trusted_proxies=_addresses(env, "TRUSTED_PROXIES"),
        )
