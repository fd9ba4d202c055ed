"""Suppressed statistics for Bureau Integriteit: small counts can never be shown or worked out."""

# How it works: every figure on the dashboard (cells, subtotals, totals) is an edge of a
# flow network whose node equations are exactly the sums a reader can add up; a node is a
# "line" (a row, a column, a subtotal). A reader who knows the shown values, the meaning of
# the markers ("<5" is 0..4, "x" is 5 or more) and that counts are never negative can work
# out a hidden value exactly only if its edge lies on no cycle of the residual network.
# `pinned` checks exactly that, and `suppress_network` keeps hiding figures until nothing
# is pinned.

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict, deque
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.stats import SUPPRESS_BELOW

SMALL = "<5"  # primary suppression: the true count is 0..4
HIDDEN = "x"  # complementary suppression: hidden so that a small count cannot be worked out
SOURCE = ("bron",)
SINK = ("put",)

Key = Hashable
Node = Hashable


@dataclass
class Network:
    """Displayed figures as edges (u -> v); each node says inflow equals outflow."""

    edges: dict[Key, tuple[Node, Node]] = field(default_factory=dict)
    values: dict[Key, int] = field(default_factory=dict)
    # Totals are suppressed only when needed: readers want them most.
    totals: set[Key] = field(default_factory=set)

    def add(self, key: Key, u: Node, v: Node, value: int, *, total: bool = False) -> None:
        """Add one displayed figure."""
        if key in self.edges:
            raise ValueError(f"duplicate figure {key!r}")
        if value < 0:
            raise ValueError(f"negative count for {key!r}")
        self.edges[key] = (u, v)
        self.values[key] = value
        if total:
            self.totals.add(key)

    def check_balanced(self) -> None:
        """Fail loudly when the figures do not add up (a bug in building the network)."""
        balance: dict[Node, int] = defaultdict(int)
        for key, (u, v) in self.edges.items():
            balance[u] -= self.values[key]
            balance[v] += self.values[key]
        wrong = {n: b for n, b in balance.items() if b}
        if wrong:
            raise ValueError(f"network does not add up at {wrong}")


def _bounds(marker: str) -> tuple[int, float]:
    """What a reader knows about a hidden value from its marker."""
    if marker == SMALL:
        return 0, SUPPRESS_BELOW - 1
    return SUPPRESS_BELOW, float("inf")


def _residual(net: Network, markers: Mapping[Key, str]) -> dict[Node, list[tuple[Node, Key]]]:
    """Arcs along which a reader could shift hidden counts without breaking any sum."""
    arcs: dict[Node, list[tuple[Node, Key]]] = defaultdict(list)
    for key, marker in markers.items():
        u, v = net.edges[key]
        low, high = _bounds(marker)
        value = net.values[key]
        if value < high:
            arcs[u].append((v, key))
        if value > low:
            arcs[v].append((u, key))
    return arcs


def _reaches(
    arcs: Mapping[Node, list[tuple[Node, Key]]], start: Node, goal: Node, skip: Key
) -> bool:
    """Breadth-first search that ignores the arcs of the figure being tested."""
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt, key in arcs.get(node, ()):
            if key == skip or nxt in seen:
                continue
            if nxt == goal:
                return True
            seen.add(nxt)
            queue.append(nxt)
    return False


def pinned(net: Network, markers: Mapping[Key, str]) -> set[Key]:
    """Hidden figures a reader can compute exactly from everything displayed."""
    arcs = _residual(net, markers)
    found = set()
    for key, marker in markers.items():
        u, v = net.edges[key]
        low, high = _bounds(marker)
        value = net.values[key]
        can_rise = value < high and _reaches(arcs, v, u, key)
        can_fall = value > low and _reaches(arcs, u, v, key)
        if not (can_rise or can_fall):
            found.add(key)
    return found


def _order(net: Network, key: Key) -> tuple[int, int, str]:
    """Which displayed figure to hide first: the smallest, and cells before totals."""
    return (net.values[key], key in net.totals, repr(key))


def suppress_network(
    net: Network,
    threshold: int = SUPPRESS_BELOW,
    *,
    hidden: Mapping[Key, str] | None = None,
) -> dict[Key, str]:
    """Markers for every figure to hide (`hidden`: figures already hidden by a linked table)."""
    markers: dict[Key, str] = {k: SMALL for k, v in net.values.items() if v < threshold}
    markers.update(hidden or {})
    incident: dict[Node, list[Key]] = defaultdict(list)
    for key, (u, v) in net.edges.items():
        incident[u].append(key)
        if v != u:
            incident[v].append(key)

    def hide_smallest(candidates: Iterable[Key]) -> bool:
        shown = [k for k in candidates if k not in markers]
        if not shown:
            return False
        markers[min(shown, key=lambda k: _order(net, k))] = HIDDEN
        return True

    while True:
        # The rule everyone can check by hand: no line may have exactly one hidden figure.
        changed = True
        while changed:
            changed = False
            for keys in incident.values():
                if sum(k in markers for k in keys) == 1 and hide_smallest(keys):
                    changed = True
        # The exact check catches what the line rule misses (chains of lines, bounds, zeros).
        exposed = pinned(net, markers)
        if not exposed:
            return markers
        progress = False
        for key in sorted(exposed, key=repr):
            u, v = net.edges[key]
            if hide_smallest([*incident[u], *incident[v]]):
                progress = True
        if not progress and not hide_smallest(net.edges):
            return markers  # everything is hidden already: nothing more can be done


def suppress_table(cells: Sequence[Sequence[int]]) -> dict[str, Any]:
    """Suppress a plain table with row, column and grand totals; hidden values become None."""
    net = Network()
    n_rows, n_cols = len(cells), len(cells[0]) if cells else 0
    for i, row in enumerate(cells):
        if len(row) != n_cols:
            raise ValueError("all rows need the same number of cells")
        for j, value in enumerate(row):
            net.add(("cel", i, j), ("rij", i), ("kolom", j), value)
        net.add(("rijtotaal", i), SOURCE, ("rij", i), sum(row), total=True)
    for j in range(n_cols):
        net.add(("kolomtotaal", j), ("kolom", j), SINK, sum(r[j] for r in cells), total=True)
    net.add(("totaal",), SINK, SOURCE, sum(map(sum, cells)), total=True)
    markers = suppress_network(net)

    def shown(key: Key) -> int | None:
        return None if key in markers else net.values[key]

    return {
        "cells": [[shown(("cel", i, j)) for j in range(n_cols)] for i in range(n_rows)],
        "row_totals": [shown(("rijtotaal", i)) for i in range(n_rows)],
        "col_totals": [shown(("kolomtotaal", j)) for j in range(n_cols)],
        "total": shown(("totaal",)),
        "markers": {
            "cells": [[markers.get(("cel", i, j)) for j in range(n_cols)] for i in range(n_rows)],
            "row_totals": [markers.get(("rijtotaal", i)) for i in range(n_rows)],
            "col_totals": [markers.get(("kolomtotaal", j)) for j in range(n_cols)],
            "total": markers.get(("totaal",)),
        },
    }


# ---------------------------------------------------------------------------------------
# The dashboard report


def report_months(today: dt.date) -> list[str]:
    """Reporting months: all of last year and this year up to and including this month."""
    months = [f"{today.year - 1}-{m:02d}" for m in range(1, 13)]
    months += [f"{today.year}-{m:02d}" for m in range(1, today.month + 1)]
    return months


@dataclass(frozen=True)
class Labels:
    """Display names from the referral map (ids are shown when a name is unknown)."""

    categories: Mapping[str, str] = field(default_factory=dict)
    subcategories: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    helplines: Mapping[str, str] = field(default_factory=dict)

    def category(self, cid: str) -> str:
        """Name of a category."""
        return self.categories.get(cid, cid)

    def subcategory(self, cid: str, sid: str | None) -> str:
        """Name of a subcategory; None means the bot could not tell."""
        if sid is None:
            return "Niet ingedeeld"
        return self.subcategories.get(cid, {}).get(sid, sid)

    def helpline(self, hid: str | None) -> str:
        """Name of a help line; None means no help line was suggested."""
        if hid is None:
            return "Geen hulplijn"
        return self.helplines.get(hid, hid)


def _ordered(found: Iterable[Any], preferred: Sequence[Any]) -> list[Any]:
    """Known ids in map order first, then unknown ones sorted, None last."""
    present = set(found)
    known = [x for x in preferred if x in present]
    rest = sorted((x for x in present if x not in preferred and x is not None), key=str)
    return known + rest + ([None] if None in present else [])


def _year(period: str) -> int:
    return int(period[:4])


def build_report(
    category_rows: Iterable[Mapping[str, Any]],
    helpline_rows: Iterable[Mapping[str, Any]],
    *,
    today: dt.date,
    labels: Labels | None = None,
) -> dict[str, Any]:
    """The whole suppressed dashboard, JSON-ready, from StatsStore.raw_counts() rows."""
    # category_rows: raw_counts(by=("period", "category", "subcategory")); helpline_rows:
    # raw_counts(by=("period", "helpline")). Rows without any count in the reporting months
    # are left out; zeros inside shown rows are hidden like small counts.
    labels = labels or Labels()
    months = report_months(today)
    years = [today.year - 1, today.year]
    month_set = set(months)

    counts: dict[tuple[str, str | None, str], int] = defaultdict(int)
    for row in category_rows:
        if row["period"] in month_set:
            counts[(row["category"], row.get("subcategory"), row["period"])] += int(row["count"])
    leaves: dict[str, list[str | None]] = {}
    for cid in _ordered({c for c, _, _ in counts}, list(labels.categories)):
        found_subs = {s for c, s, _ in counts if c == cid}
        leaves[cid] = _ordered(found_subs, list(labels.subcategories.get(cid, {})))

    net = Network()

    def total_of(**match: Any) -> int:
        return sum(
            n
            for (c, s, p), n in counts.items()
            if all(
                {"category": c, "subcategory": s, "period": p, "year": _year(p)}[k] == want
                for k, want in match.items()
            )
        )

    net.add(("all",), SINK, SOURCE, sum(counts.values()), total=True)
    for y in years:
        net.add(("year", y), SOURCE, ("Y", y), total_of(year=y), total=True)
    for m in months:
        net.add(("month", m), ("M", m), SINK, total_of(period=m), total=True)
    for cid, subs in leaves.items():
        split = subs != [None]
        for y in years:
            net.add(
                ("cat_year", cid, y),
                ("Y", y),
                ("K", cid, y),
                total_of(category=cid, year=y),
                total=True,
            )
            if split:
                for sid in subs:
                    net.add(
                        ("sub_year", cid, sid, y),
                        ("K", cid, y),
                        ("S", cid, sid, y),
                        total_of(category=cid, subcategory=sid, year=y),
                        total=True,
                    )
        for m in months:
            y = _year(m)
            cat_month = total_of(category=cid, period=m)
            if not split:
                net.add(("cat_month", cid, m), ("K", cid, y), ("M", m), cat_month)
                continue
            net.add(("cat_month", cid, m), ("P", cid, m), ("M", m), cat_month, total=True)
            for sid in subs:
                net.add(
                    ("sub_month", cid, sid, m),
                    ("S", cid, sid, y),
                    ("P", cid, m),
                    counts.get((cid, sid, m), 0),
                )
    net.check_balanced()

    hl_counts: dict[str | None, int] = defaultdict(int)
    for row in helpline_rows:
        if row["period"] in month_set:
            hl_counts[row.get("helpline")] += int(row["count"])
    hl_net = Network()
    hl_net.add(("all",), SINK, SOURCE, sum(hl_counts.values()), total=True)
    hl_ids = _ordered(hl_counts, list(labels.helplines))
    for hid in hl_ids:
        hl_net.add(("helpline", hid), SOURCE, SINK, hl_counts[hid])
    hl_net.check_balanced()

    markers = suppress_network(net)
    hl_markers = suppress_network(hl_net)
    # Both tables show the same grand total: hide it in both as soon as either hides it.
    if (("all",) in markers) != (("all",) in hl_markers):
        forced: dict[Key, str] = {("all",): markers.get(("all",)) or hl_markers[("all",)]}
        markers = suppress_network(net, hidden=forced)
        hl_markers = suppress_network(hl_net, hidden=forced)

    def fig(network: Network, marks: Mapping[Key, str], key: Key) -> dict[str, Any]:
        if key in marks:
            return {"count": None, "marker": marks[key]}
        return {"count": network.values[key], "marker": None}

    rows_out = []
    comparison = []
    for cid, subs in leaves.items():
        split = subs != [None]
        rows_out.append(
            {
                "category": cid,
                "subcategory": None,
                "label": labels.category(cid),
                "level": "categorie",
                "months": {m: fig(net, markers, ("cat_month", cid, m)) for m in months},
                "years": {str(y): fig(net, markers, ("cat_year", cid, y)) for y in years},
            }
        )
        this_year = fig(net, markers, ("cat_year", cid, years[1]))
        last_year = fig(net, markers, ("cat_year", cid, years[0]))
        both = this_year["count"] is not None and last_year["count"] is not None
        comparison.append(
            {
                "category": cid,
                "label": labels.category(cid),
                "last_year": last_year,
                "this_year": this_year,
                # A difference is shown only when both totals are: it then adds nothing new.
                "difference": this_year["count"] - last_year["count"] if both else None,
            }
        )
        if split:
            for sid in subs:
                rows_out.append(
                    {
                        "category": cid,
                        "subcategory": sid,
                        "label": labels.subcategory(cid, sid),
                        "level": "subcategorie",
                        "months": {
                            m: fig(net, markers, ("sub_month", cid, sid, m)) for m in months
                        },
                        "years": {
                            str(y): fig(net, markers, ("sub_year", cid, sid, y)) for y in years
                        },
                    }
                )

    grand = fig(hl_net, hl_markers, ("all",))
    helplines_out = []
    for hid in hl_ids:
        shown = fig(hl_net, hl_markers, ("helpline", hid))
        share = None
        if shown["count"] is not None and grand["count"]:
            # Shares come from shown figures only, so they reveal nothing extra.
            share = round(100 * shown["count"] / grand["count"], 1)
        helplines_out.append(
            {"helpline": hid, "label": labels.helpline(hid), **shown, "share": share}
        )

    return {
        "generated": today.isoformat(),
        "suppress_below": SUPPRESS_BELOW,
        "legend": {
            SMALL: "minder dan 5 (ook 0)",
            HIDDEN: "verborgen, zodat je een klein aantal niet kunt terugrekenen",
        },
        "months": months,
        "years": [str(y) for y in years],
        "rows": rows_out,
        "totals": {
            "months": {m: fig(net, markers, ("month", m)) for m in months},
            "years": {str(y): fig(net, markers, ("year", y)) for y in years},
            "all": fig(net, markers, ("all",)),
        },
        "year_comparison": comparison,
        "helplines": {"rows": helplines_out, "total": grand},
    }


def display(figure: Mapping[str, Any]) -> str:
    """How a figure appears in HTML and CSV."""
    return str(figure["count"]) if figure["count"] is not None else str(figure["marker"])


def report_csv(report: Mapping[str, Any]) -> str:
    """The report as semicolon-separated values (what Dutch spreadsheet programs expect)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        ["soort", "periode", "categorie", "subcategorie", "hulplijn", "aantal", "aandeel_procent"]
    )
    for row in report["rows"]:
        sub = row["subcategory"] or ""
        for period, figure in [*row["months"].items(), *row["years"].items()]:
            writer.writerow([row["level"], period, row["category"], sub, "", display(figure), ""])
    for period, figure in [*report["totals"]["months"].items(), *report["totals"]["years"].items()]:
        writer.writerow(["totaal", period, "", "", "", display(figure), ""])
    writer.writerow(["totaal", "alle", "", "", "", display(report["totals"]["all"]), ""])
    span = f"{report['months'][0]}/{report['months'][-1]}"
    for row in report["helplines"]["rows"]:
        share = "" if row["share"] is None else f"{row['share']:.1f}".replace(".", ",")
        writer.writerow(
            ["eerste_hulplijn", span, "", "", row["helpline"] or "", display(row), share]
        )
    return out.getvalue()
