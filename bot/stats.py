"""Anonymised referral counts: one row per referred conversation, no sender, no text."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, create_engine, func, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

SUPPRESS_BELOW = 5

metadata = MetaData()
referrals = Table(
    "referrals",
    metadata,
    # A random id per count makes retries idempotent; it is linked to nothing.
    Column("id", String(36), primary_key=True),
    Column("period", String(7), nullable=False, index=True),
    Column("category", String(40), nullable=False),
    Column("subcategory", String(40), nullable=True),
    Column("helpline", String(40), nullable=True),
)


@dataclass(frozen=True)
class Referral:
    """One counted conversation."""

    period: str
    category: str
    subcategory: str | None
    helpline: str | None
    id: str = ""

    @classmethod
    def now(cls, category: str, subcategory: str | None, helpline: str | None) -> Referral:
        """A count for the current month with a fresh random id."""
        return cls(
            period=current_period(),
            category=category,
            subcategory=subcategory,
            helpline=helpline,
            id=str(uuid.uuid4()),
        )


def current_period(today: dt.date | None = None) -> str:
    """The reporting period (YYYY-MM) for a date; no finer time is ever stored."""
    return (today or dt.date.today()).strftime("%Y-%m")


def suppress(count: int) -> int | None:
    """Hide counts that could identify a person."""
    return count if count >= SUPPRESS_BELOW else None


class StatsStore:
    """Counts stored through SQLAlchemy (SQLite by default, PostgreSQL when scaled out)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True, pool_pre_ping=True)
        self._ready = False

    def migrate(self) -> None:
        """Create the schema, or add columns that older databases lack."""
        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        metadata.create_all(self.engine)
        present = {c["name"] for c in inspect(self.engine).get_columns("referrals")}
        with self.engine.begin() as conn:
            for column in referrals.columns:
                if column.name not in present:
                    conn.execute(
                        text(f"ALTER TABLE referrals ADD COLUMN {column.name} VARCHAR(40)")
                    )
        self._ready = True

    def _ensure(self) -> None:
        if not self._ready:
            self.migrate()

    def record(self, referral: Referral) -> bool:
        """Store one count; False when this id was stored before (a retry)."""
        self._ensure()
        row = {
            "id": referral.id or str(uuid.uuid4()),
            "period": referral.period,
            "category": referral.category,
            "subcategory": referral.subcategory,
            "helpline": referral.helpline,
        }
        try:
            with self.engine.begin() as conn:
                conn.execute(referrals.insert().values(**row))
        except IntegrityError:
            return False
        return True

    def raw_counts(self, by: Iterable[str] = ("period", "category")) -> list[dict[str, Any]]:
        """Unsuppressed counts grouped by the given columns; for internal use only."""
        self._ensure()
        cols = [referrals.c[name] for name in by]
        stmt = select(*cols, func.count().label("count")).group_by(*cols).order_by(*cols)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt)]

    def close(self) -> None:
        """Release pooled connections."""
        self.engine.dispose()
