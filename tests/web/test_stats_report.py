"""Suppression of small counts: primary, complementary, and proof that nothing can be worked out."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from bot.stats_report import (
    HIDDEN,
    SINK,
    SMALL,
    SOURCE,
    Labels,
    Network,
    build_report,
    pinned,
    report_csv,
    report_months,
    suppress_network,
    suppress_table,
)

TODAY = dt.date(2025, 3, 10)


# ---------------------------------------------------------------------------------------
# An independent auditor: linear programming over the raw cells, not the flow network.


def _bounds(marker: str | None, value: int | None) -> tuple[float, float]:
    if marker == SMALL:
        return 0.0, 4.0
    if marker == HIDDEN:
        return 5.0, float("inf")
    assert value is not None
    return float(value), float(value)


def feasible_ranges(
    n_vars: int,
    figures: Sequence[tuple[Sequence[int], int | None, str | None]],
) -> list[tuple[float, float]]:
    """Min and max of each hidden figure (summed cell indices, shown value, marker)."""
    # The reader knows every shown figure exactly, the meaning of each marker, and that
    # counts are never negative. The constraint matrices are network matrices, so LP optima
    # are whole numbers: max - min >= 1 means two different true values fit what is shown.
    a_eq, b_eq, a_ub, b_ub = [], [], [], []
    for cells, value, marker in figures:
        row = [0.0] * n_vars
        for i in cells:
            row[i] = 1.0
        low, high = _bounds(marker, value)
        if low == high:
            a_eq.append(row)
            b_eq.append(low)
            continue
        a_ub.append([-x for x in row])
        b_ub.append(-low)
        if high != float("inf"):
            a_ub.append(row)
            b_ub.append(high)
    result = []
    for cells, _value, marker in figures:
        if marker is None:
            continue
        c = [0.0] * n_vars
        for i in cells:
            c[i] = 1.0
        kwargs: dict[str, Any] = {"bounds": [(0, None)] * n_vars, "method": "highs"}
        if a_eq:
            kwargs.update(A_eq=a_eq, b_eq=b_eq)
        if a_ub:
            kwargs.update(A_ub=a_ub, b_ub=b_ub)
        low = linprog(c, **kwargs)
        high = linprog([-x for x in c], **kwargs)
        assert low.status == 0, low.message
        # Unbounded above is fine: it can only mean more room.
        top = float("inf") if high.status == 3 else -high.fun
        result.append((low.fun, top))
    return result


def table_figures(
    cells: Sequence[Sequence[int]], out: Mapping[str, Any]
) -> list[tuple[list[int], int | None, str | None]]:
    """Every shown figure of suppress_table's output as a sum over raw cells."""
    n_rows, n_cols = len(cells), len(cells[0])

    def idx(i: int, j: int) -> int:
        return i * n_cols + j

    m = out["markers"]
    figures = []
    for i, j in itertools.product(range(n_rows), range(n_cols)):
        figures.append(([idx(i, j)], out["cells"][i][j], m["cells"][i][j]))
    for i in range(n_rows):
        figures.append(
            ([idx(i, j) for j in range(n_cols)], out["row_totals"][i], m["row_totals"][i])
        )
    for j in range(n_cols):
        figures.append(
            ([idx(i, j) for i in range(n_rows)], out["col_totals"][j], m["col_totals"][j])
        )
    figures.append((list(range(n_rows * n_cols)), out["total"], m["total"]))
    return figures


def assert_nothing_recoverable(n_vars: int, figures: Sequence[Any]) -> None:
    """Every hidden figure has at least two whole-number values that fit what is shown."""
    for low, high in feasible_ranges(n_vars, figures):
        assert high - low >= 1 - 1e-6, (low, high)


def assert_consistent(figures: Sequence[Any], truth: Sequence[int]) -> None:
    """Shown values are true, and every marker tells the truth about the hidden value."""
    for cells, value, marker in figures:
        true = sum(truth[i] for i in cells)
        if marker is None:
            assert value == true
        else:
            assert value is None
            low, high = _bounds(marker, None)
            assert low <= true <= high


# ---------------------------------------------------------------------------------------
# suppress_table: the rules a person can check by hand


def test_counts_under_five_are_hidden_and_marked_small() -> None:
    out = suppress_table([[10, 4, 12], [9, 7, 3], [20, 30, 6]])
    assert out["cells"][0][1] is None and out["markers"]["cells"][0][1] == SMALL
    assert out["cells"][1][2] is None and out["markers"]["cells"][1][2] == SMALL
    assert out["cells"][2][1] == 30


def test_zero_counts_are_hidden_like_small_counts() -> None:
    out = suppress_table([[0, 8, 9], [6, 7, 10], [12, 14, 11]])
    assert out["cells"][0][0] is None
    assert out["markers"]["cells"][0][0] == SMALL


def test_line_with_one_hidden_cell_hides_the_next_smallest() -> None:
    # Row 0 has one small cell (2); its next-smallest cell is 6 (not 50).
    out = suppress_table([[2, 6, 50], [30, 31, 32], [40, 41, 42]])
    assert out["cells"][0][0] is None
    assert out["cells"][0][1] is None
    assert out["markers"]["cells"][0][1] == HIDDEN
    assert out["cells"][0][2] == 50
    # Column 0 and column 1 now each have one hidden cell, so one more goes in each.
    assert sum(v is None for v in (out["cells"][1][0], out["cells"][2][0])) >= 1
    assert sum(v is None for v in (out["cells"][1][1], out["cells"][2][1])) >= 1
    assert out["total"] == sum((2, 6, 50, 30, 31, 32, 40, 41, 42))


def test_totals_under_five_are_hidden() -> None:
    out = suppress_table([[1, 2], [20, 30]])
    assert out["row_totals"][0] is None
    assert out["markers"]["row_totals"][0] == SMALL


def test_small_column_total_cannot_be_taken_from_the_grand_total() -> None:
    # Column 1 sums to 3; with the grand total shown, another column total must go too.
    out = suppress_table([[10, 1, 20], [10, 2, 20]])
    assert out["col_totals"][1] is None
    assert sum(v is None for v in out["col_totals"]) >= 2 or out["total"] is None


def test_no_line_has_exactly_one_hidden_figure() -> None:
    cells = [[1, 9, 14, 20], [8, 0, 16, 7], [25, 6, 3, 11]]
    out = suppress_table(cells)
    rows = [[*out["cells"][i], out["row_totals"][i]] for i in range(3)]
    cols = [[*(out["cells"][i][j] for i in range(3)), out["col_totals"][j]] for j in range(4)]
    margins = [[*out["col_totals"], out["total"]], [*out["row_totals"], out["total"]]]
    for line in [*rows, *cols, *margins]:
        assert sum(v is None for v in line) != 1, line


def test_chain_of_lines_that_the_line_rule_alone_misses() -> None:
    """Two blocks of hidden cells joined by one hidden cell: the exact check must hide more."""
    # Every line has two or more hidden cells, yet the joining cell can be computed.
    net = Network()
    cells = [
        [1, 2, 30, 30],
        [3, 4, 3, 30],
        [30, 30, 1, 2],
        [30, 30, 3, 4],
    ]
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            net.add(("c", i, j), ("r", i), ("k", j), value)
        net.add(("rt", i), SOURCE, ("r", i), sum(row), total=True)
    for j in range(4):
        net.add(("kt", j), ("k", j), SINK, sum(r[j] for r in cells), total=True)
    net.add(("t",), SINK, SOURCE, sum(map(sum, cells)), total=True)
    small_only = {k: SMALL for k, v in net.values.items() if v < 5}
    # Row 1 has three hidden cells and column 2 has three: the line rule is satisfied ...
    assert ("c", 1, 2) in pinned(net, small_only)  # ... but the joining cell is exposed.
    markers = suppress_network(net)
    assert not pinned(net, markers)
    assert set(small_only) <= set(markers)


def test_pinned_respects_the_meaning_of_the_markers() -> None:
    # Line: 0 (<5) + 5 (x) = 5 shown: "x" means at least 5, so both fit exactly one way.
    # The exact check must notice this even though two figures are hidden.
    net = Network()
    net.add(("a",), SOURCE, SINK, 0)
    net.add(("b",), SOURCE, SINK, 5)
    net.add(("t",), SINK, SOURCE, 5, total=True)
    assert pinned(net, {("a",): SMALL, ("b",): HIDDEN}) == {("a",), ("b",)}
    markers = suppress_network(net)
    assert ("t",) in markers
    assert not pinned(net, markers)


def test_all_zero_line_next_to_shown_total() -> None:
    # Zeros hidden in a line whose other cells are shown would add up to exactly 0.
    out = suppress_table([[0, 0, 12], [7, 8, 9]])
    figures = table_figures([[0, 0, 12], [7, 8, 9]], out)
    assert_nothing_recoverable(6, figures)


def test_empty_and_single_cell_tables() -> None:
    assert suppress_table([[3]])["total"] is None
    out = suppress_table([[7]])
    assert out["cells"] == [[7]] and out["total"] == 7


@pytest.mark.parametrize(
    "cells",
    [
        [[1, 9, 14, 20], [8, 0, 16, 7], [25, 6, 3, 11]],
        [[12, 0, 0], [0, 7, 0], [0, 0, 9]],
        [[2, 2, 2], [2, 2, 2]],
        [[50, 1], [50, 50]],
        [[5, 5, 5], [5, 5, 4]],
        [[30, 4, 0, 6], [2, 40, 0, 9], [6, 5, 33, 0], [0, 0, 1, 60]],
    ],
)
def test_no_hidden_value_can_be_recovered_from_shown_totals(cells: list[list[int]]) -> None:
    """The proof: linear programming over everything shown leaves every hidden value open."""
    out = suppress_table(cells)
    figures = table_figures(cells, out)
    truth = [v for row in cells for v in row]
    assert_consistent(figures, truth)
    assert_nothing_recoverable(len(truth), figures)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=1, max_value=4).flatmap(
        lambda n_cols: st.lists(
            st.lists(
                st.one_of(st.integers(0, 4), st.integers(5, 40)), min_size=n_cols, max_size=n_cols
            ),
            min_size=1,
            max_size=4,
        )
    )
)
def test_random_tables_never_leak(cells: list[list[int]]) -> None:
    out = suppress_table(cells)
    figures = table_figures(cells, out)
    truth = [v for row in cells for v in row]
    assert_consistent(figures, truth)
    assert_nothing_recoverable(len(truth), figures)
    for value in [*itertools.chain(*out["cells"]), *out["row_totals"], *out["col_totals"]]:
        assert value is None or value >= 5


# ---------------------------------------------------------------------------------------
# build_report: the dashboard


LABELS = Labels(
    categories={"ongewenste_omgangsvormen": "Ongewenste omgangsvormen", "arbeidsconflict": "A"},
    subcategories={"ongewenste_omgangsvormen": {"pesten": "Pesten", "discriminatie": "D"}},
    helplines={"vertrouwenspersoon": "Interne vertrouwenspersoon", "luisterend_oor": "LO"},
)


def _rows(spec: Mapping[tuple[str, str, str | None], int]) -> list[dict[str, Any]]:
    return [
        {"period": p, "category": c, "subcategory": s, "count": n} for (p, c, s), n in spec.items()
    ]


SPEC = {
    ("2024-01", "ongewenste_omgangsvormen", "pesten"): 12,
    ("2024-01", "ongewenste_omgangsvormen", "discriminatie"): 2,
    ("2024-01", "ongewenste_omgangsvormen", None): 9,
    ("2024-02", "ongewenste_omgangsvormen", "pesten"): 7,
    ("2024-02", "ongewenste_omgangsvormen", "discriminatie"): 6,
    ("2024-05", "arbeidsconflict", None): 11,
    ("2024-06", "arbeidsconflict", None): 3,
    ("2025-01", "ongewenste_omgangsvormen", "pesten"): 15,
    ("2025-01", "arbeidsconflict", None): 8,
    ("2025-02", "ongewenste_omgangsvormen", "discriminatie"): 1,
    ("2025-03", "arbeidsconflict", None): 20,
    ("2023-12", "arbeidsconflict", None): 99,  # before the reporting months: left out
    ("2025-04", "arbeidsconflict", None): 99,  # in the future: left out
}
HELPLINES = [
    {"period": "2024-01", "helpline": "vertrouwenspersoon", "count": 23},
    {"period": "2024-02", "helpline": "vertrouwenspersoon", "count": 13},
    {"period": "2024-05", "helpline": "luisterend_oor", "count": 14},
    {"period": "2025-01", "helpline": "vertrouwenspersoon", "count": 16},
    {"period": "2025-01", "helpline": "luisterend_oor", "count": 7},
    {"period": "2025-03", "helpline": "luisterend_oor", "count": 20},
    {"period": "2025-02", "helpline": None, "count": 1},
]


def report() -> dict[str, Any]:
    return build_report(_rows(SPEC), HELPLINES, today=TODAY, labels=LABELS)


def test_report_months_cover_last_year_and_this_year_so_far() -> None:
    months = report_months(TODAY)
    assert months[0] == "2024-01" and months[-1] == "2025-03" and len(months) == 15


def test_report_hides_small_counts_and_keeps_large_ones() -> None:
    rep = report()
    rows = {(r["category"], r["subcategory"]): r for r in rep["rows"]}
    pesten = rows[("ongewenste_omgangsvormen", "pesten")]
    disc = rows[("ongewenste_omgangsvormen", "discriminatie")]
    assert disc["months"]["2024-01"] == {"count": None, "marker": SMALL}
    assert disc["months"]["2025-02"]["count"] is None
    assert pesten["months"]["2025-01"]["count"] in (15, None)
    conflict = rows[("arbeidsconflict", None)]
    assert conflict["years"] == {
        "2024": {"count": 14, "marker": None},
        "2025": {"count": 28, "marker": None},
    }
    # March 2025 holds 20 and a hidden zero: the 20 is hidden too, or the zero is exposed.
    assert conflict["months"]["2025-03"] == {"count": None, "marker": HIDDEN}
    assert rep["totals"]["all"]["count"] == sum(
        n for (p, _, _), n in SPEC.items() if "2024-01" <= p <= "2025-03"
    )
    # Arbeidsconflict has no subcategories: no extra rows for it.
    assert ("arbeidsconflict", None) in rows and len(
        [r for r in rep["rows"] if r["category"] == "arbeidsconflict"]
    ) == 1


def test_report_difference_and_shares_only_from_shown_figures() -> None:
    rep = report()
    for item in rep["year_comparison"]:
        if item["difference"] is not None:
            assert item["difference"] == item["this_year"]["count"] - item["last_year"]["count"]
        else:
            assert item["this_year"]["count"] is None or item["last_year"]["count"] is None
    rows = {r["helpline"]: r for r in rep["helplines"]["rows"]}
    assert rows[None]["count"] is None and rows[None]["share"] is None
    total = rep["helplines"]["total"]["count"]
    for row in rows.values():
        if row["share"] is not None:
            assert row["share"] == round(100 * row["count"] / total, 1)
    # The single hidden help-line count (1) forces one more to be hidden.
    assert sum(r["count"] is None for r in rows.values()) >= 2


def report_figures(rep: Mapping[str, Any]) -> tuple[int, list[Any], list[int]]:
    """Every figure on the dashboard as a sum over (leaf row, month) cells, with the truth."""
    leaves = []
    for row in rep["rows"]:
        split = any(
            r["category"] == row["category"] and r["level"] == "subcategorie" for r in rep["rows"]
        )
        if row["level"] == "subcategorie" or not split:
            leaves.append((row["category"], row["subcategory"]))
    months = rep["months"]
    index = {(leaf, m): i for i, (leaf, m) in enumerate(itertools.product(leaves, months))}
    truth = [0] * len(index)
    for (p, c, s), n in SPEC.items():
        if (((c, s)), p) in index:
            truth[index[((c, s), p)]] = n

    def cells(pred: Any) -> list[int]:
        return [i for (leaf, m), i in index.items() if pred(leaf, m)]

    figures = []
    for row in rep["rows"]:
        if row["level"] == "categorie":

            def in_row(leaf: Any, row: Any = row) -> bool:
                return leaf[0] == row["category"]
        else:

            def in_row(leaf: Any, row: Any = row) -> bool:
                return leaf == (row["category"], row["subcategory"])

        for m, f in row["months"].items():
            figures.append(
                (
                    cells(lambda leaf, mm, m=m, r=in_row: r(leaf) and mm == m),
                    f["count"],
                    f["marker"],
                )
            )
        for y, f in row["years"].items():
            figures.append(
                (
                    cells(lambda leaf, mm, y=y, r=in_row: r(leaf) and mm.startswith(y)),
                    f["count"],
                    f["marker"],
                )
            )
    for m, f in rep["totals"]["months"].items():
        figures.append((cells(lambda leaf, mm, m=m: mm == m), f["count"], f["marker"]))
    for y, f in rep["totals"]["years"].items():
        figures.append((cells(lambda leaf, mm, y=y: mm.startswith(y)), f["count"], f["marker"]))
    f = rep["totals"]["all"]
    figures.append((list(index.values()), f["count"], f["marker"]))
    return len(index), figures, truth


def test_report_proof_no_hidden_figure_can_be_worked_out() -> None:
    """All dashboard figures together leave every hidden one open (LP over the raw cells)."""
    n_vars, figures, truth = report_figures(report())
    assert_consistent(figures, truth)
    assert_nothing_recoverable(n_vars, figures)


def test_report_proof_for_help_line_shares() -> None:
    rep = report()
    rows = rep["helplines"]["rows"]
    figures = [([i], r["count"], r["marker"]) for i, r in enumerate(rows)]
    total = rep["helplines"]["total"]
    figures.append((list(range(len(rows))), total["count"], total["marker"]))
    assert_nothing_recoverable(len(rows), figures)


def test_report_with_no_data() -> None:
    rep = build_report([], [], today=TODAY, labels=LABELS)
    assert rep["rows"] == [] and rep["helplines"]["rows"] == []
    assert rep["totals"]["all"] == {"count": None, "marker": SMALL}


def test_csv_has_markers_and_no_small_numbers() -> None:
    text = report_csv(report())
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == [
        "soort",
        "periode",
        "categorie",
        "subcategorie",
        "hulplijn",
        "aantal",
        "aandeel_procent",
    ]
    counts = [r[5] for r in rows[1:]]
    assert SMALL in counts
    for value in counts:
        assert value in (SMALL, HIDDEN) or int(value) >= 5
    assert ["categorie", "2025", "arbeidsconflict", "", "", "28", ""] in rows
    assert ["categorie", "2025-03", "arbeidsconflict", "", "", HIDDEN, ""] in rows
