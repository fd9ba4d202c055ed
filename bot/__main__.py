"""Command line: `python -m bot stats [--json]` and `python -m bot triage`."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence

from bot.referral_map import ReferralMapError, load_referral_map
from bot.settings import Settings, SettingsError

MAX_LINE_CHARS = 20_000


def _stats(settings: Settings, as_json: bool, by_subcategory: bool) -> int:
    from bot.stats import StatsStore, suppress

    by = ("period", "category", "subcategory") if by_subcategory else ("period", "category")
    store = StatsStore(settings.database_url)
    try:
        rows = [{**row, "count": suppress(row["count"])} for row in store.raw_counts(by)]
    finally:
        store.close()
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    header = [*by, "count"]
    widths = [max([len(h), *(len(str(r[h] or "-")) for r in rows)]) for h in header]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        cells = [
            str(row[h]) if row[h] is not None else ("<5" if h == "count" else "-") for h in header
        ]
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
    if not rows:
        print("(no counts yet)")
    return 0


async def _triage(settings: Settings) -> int:
    from bot.nlu_model import ModelNotFoundError, Parser, latest_model
    from bot.triage import result_from_parse

    refmap = load_referral_map(settings.referral_map)
    try:
        model = latest_model(settings.model_dir)
    except ModelNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    parser = Parser(model)
    for raw in sys.stdin:
        text = raw.strip()[:MAX_LINE_CHARS]
        if not text:
            continue
        result = result_from_parse(await parser.parse(text), refmap)
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    stats = sub.add_parser("stats", help="print anonymous referral counts (counts < 5 hidden)")
    stats.add_argument("--json", action="store_true", help="JSON list of {period, category, count}")
    stats.add_argument("--subcategory", action="store_true", help="also group by subcategory")
    sub.add_parser("triage", help="classify one concern per stdin line; print JSON per line")
    sub.add_parser("check-map", help="validate the referral-map file")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
        if args.command == "stats":
            return _stats(settings, args.json, args.subcategory)
        if args.command == "check-map":
            refmap = load_referral_map(settings.referral_map)
            print(f"ok: {len(refmap.helplines)} help lines, {len(refmap.categories)} categories")
            return 0
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        return asyncio.run(_triage(settings))
    except (SettingsError, ReferralMapError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
