"""HTML fragments built from the referral map and the statistics report; every value escaped."""

from __future__ import annotations

import math
import string
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from bot.referral_map import Category, HelpLine, ReferralMap, Rule
from bot.stats_report import display

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
DIRECT_CONTACTS = (
    "luisterend_oor",
    "vertrouwenspersoon",
    "bureau_integriteit",
    "zelfmoordpreventie_113",
    "alarmnummer_112",
)
CONTACT_LABELS = {
    "telefoon": "Telefoon",
    "email": "E-mail",
    "intranet": "Intranet",
    "website": "Website",
    "bereikbaar": "Bereikbaar",
}
MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def load_templates(directory: Path = TEMPLATE_DIR) -> dict[str, string.Template]:
    """Read every page template once, when the app is created."""
    return {
        path.stem: string.Template(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.html"))
    }


def page(templates: dict[str, string.Template], name: str, *, title: str, **values: str) -> str:
    """Render a page template inside the base layout; values must already be escaped HTML."""
    main = templates[name].substitute(values)
    return templates["base"].substitute(
        title=escape(title),
        main=main,
        scripts=values.get("scripts", ""),
        page=escape(name),
    )


def contact_items(helpline: HelpLine) -> str:
    """Contact details as <li> items; e-mail addresses become mailto links."""
    items = []
    for key, value in helpline.contact.items():
        label = escape(CONTACT_LABELS.get(key, key.capitalize()))
        if key == "email" and "@" in value and " " not in value:
            shown = f'<a href="mailto:{escape(value)}">{escape(value)}</a>'
        else:
            shown = escape(value)
        items.append(f'<li><span class="label">{label}:</span> {shown}</li>')
    return "".join(items)


def direct_contacts(refmap: ReferralMap) -> str:
    """The help lines for people who would rather not chat."""
    parts = []
    for hid in DIRECT_CONTACTS:
        helpline = refmap.helplines.get(hid)
        if helpline is None:
            continue
        parts.append(
            f'<li class="direct-item"><strong>{escape(helpline.naam)}</strong>'
            f'<ul class="contact">{contact_items(helpline)}</ul></li>'
        )
    return f'<ul class="direct-list">{"".join(parts)}</ul>'


def helpline_cards(refmap: ReferralMap) -> str:
    """One card per help line for the verwijskaart."""
    cards = []
    for helpline in refmap.helplines.values():
        fields = [
            ("wat", "Wat doen ze?", helpline.wat),
            ("wanneer", "Wanneer?", helpline.wanneer),
            ("vertrouwelijk", "Vertrouwelijk?", helpline.vertrouwelijk),
            ("anoniem", "Anoniem?", helpline.anoniem),
        ]
        rows = "".join(
            f'<dt>{escape(label)}</dt><dd data-field="{key}">{escape(text)}</dd>'
            for key, label, text in fields
        )
        cards.append(
            f'<article class="hl-card" id="hulplijn-{escape(helpline.id)}">'
            f'<h3 class="hl-naam">{escape(helpline.naam)}</h3><dl>{rows}'
            f'<dt>Contact</dt><dd><ul class="contact">{contact_items(helpline)}</ul></dd>'
            "</dl></article>"
        )
    return "".join(cards)


def _rule_label(refmap: ReferralMap, category: Category, rule: Rule) -> str:
    """A condition in plain Dutch, such as 'als: Discriminatie, leidinggevende betrokken'."""
    parts = []
    sub = rule.conditions.get("subcategorie")
    if sub:
        parts.append(category.subcategories.get(sub, sub))
    wish = rule.conditions.get("wens")
    if wish:
        parts.append(f"wens: {refmap.wishes.get(wish, wish)}")
    if "leidinggevende_betrokken" in rule.conditions:
        involved = rule.conditions["leidinggevende_betrokken"]
        parts.append("leidinggevende is betrokken" if involved else "leidinggevende niet betrokken")
    return "als " + ", ".join(parts)


def route_matrix(refmap: ReferralMap) -> str:
    """Categories (and their special rules) against help lines, numbered in route order."""
    used = {h for c in refmap.categories.values() for r in c.rules for h in r.helplines}
    columns = [h for h in refmap.helplines.values() if h.id in used]
    head = "".join(f'<th scope="col"><span>{escape(h.naam)}</span></th>' for h in columns)
    body = []
    for category in refmap.categories.values():
        rules = sorted(category.rules, key=lambda r: len(r.conditions))
        for rule in rules:
            default = not rule.conditions
            if default:
                label = f'<th scope="row">{escape(category.naam)}</th>'
            else:
                text = escape(_rule_label(refmap, category, rule))
                label = f'<th scope="row" class="sub">{text}</th>'
            cells = []
            for h in columns:
                if h.id in rule.helplines:
                    n = rule.helplines.index(h.id) + 1
                    cells.append(f'<td class="step">{n}</td>')
                else:
                    cells.append("<td></td>")
            css = "default" if default else "rule"
            cid = escape(category.id)
            body.append(f'<tr class="{css}" data-category="{cid}">{label}{"".join(cells)}</tr>')
    return (
        '<table class="matrix"><caption>Hulplijnen per onderwerp. Het cijfer is de volgorde '
        "waarin je de hulplijn kunt proberen: 1 eerst.</caption>"
        f'<thead><tr><th scope="col">Onderwerp</th>{head}</tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table>'
    )


def triage_labels(refmap: ReferralMap) -> str:
    """Names the triage script shows for category and subcategory ids (hidden data list)."""
    items = []
    for category in refmap.categories.values():
        items.append(f'<li data-cat="{escape(category.id)}">{escape(category.naam)}</li>')
        for sid, name in category.subcategories.items():
            items.append(
                f'<li data-cat="{escape(category.id)}" data-sub="{escape(sid)}">{escape(name)}</li>'
            )
    return f'<ul id="triage-labels" hidden>{"".join(items)}</ul>'


# ---------------------------------------------------------------------------------------
# Statistics


def month_label(period: str) -> str:
    """'2025-03' -> 'mrt 2025'."""
    year, month = period.split("-")
    return f"{MONTHS_NL[int(month) - 1]} {year}"


def _cell(figure: Mapping[str, Any], *, extra: str = "") -> str:
    classes = " ".join(c for c in (extra, "hidden-count" if figure["count"] is None else "") if c)
    css = f' class="{classes}"' if classes else ""
    return f"<td{css}>{escape(display(figure))}</td>"


def stats_table(report: Mapping[str, Any]) -> str:
    """Months (grouped by year, each with a year total) against categories and subcategories."""
    months: Sequence[str] = report["months"]
    years: Sequence[str] = report["years"]
    by_year = {y: [m for m in months if m.startswith(y)] for y in years}
    head1 = "".join(
        f'<th scope="colgroup" colspan="{len(by_year[y]) + 1}">{escape(y)}</th>' for y in years
    )
    head2 = "".join(
        "".join(f'<th scope="col">{escape(month_label(m)[:3])}</th>' for m in by_year[y])
        + f'<th scope="col" class="year">Totaal {escape(y)}</th>'
        for y in years
    )

    def line(
        label: str, css: str, month_figs: Mapping[str, Any], year_figs: Mapping[str, Any]
    ) -> str:
        cells = "".join(
            "".join(_cell(month_figs[m]) for m in by_year[y]) + _cell(year_figs[y], extra="year")
            for y in years
        )
        return f'<tr class="{css}"><th scope="row">{escape(label)}</th>{cells}</tr>'

    rows = [line(r["label"], r["level"], r["months"], r["years"]) for r in report["rows"]]
    totals = report["totals"]
    rows.append(line("Totaal", "totaal", totals["months"], totals["years"]))
    return (
        '<table class="stats"><caption>Aantal gesprekken met een doorverwijzing per maand'
        "</caption>"
        f'<thead><tr><td rowspan="2"></td>{head1}</tr><tr>{head2}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table>'
    )


def comparison_table(report: Mapping[str, Any]) -> str:
    """This year against last year per category."""
    last, this = report["years"]
    upto = month_label(report["months"][-1])
    rows = []
    for item in report["year_comparison"]:
        diff = item["difference"]
        diff_text = "" if diff is None else (f"+{diff}" if diff > 0 else str(diff))
        rows.append(
            f'<tr><th scope="row">{escape(item["label"])}</th>{_cell(item["last_year"])}'
            f'{_cell(item["this_year"])}<td>{escape(diff_text) or "–"}</td></tr>'
        )
    return (
        f"<table class=\"compare\"><caption>Dit jaar (tot en met {escape(upto)}) en vorig jaar"
        "</caption>"
        f'<thead><tr><th scope="col">Onderwerp</th><th scope="col">{escape(last)}</th>'
        f'<th scope="col">{escape(this)}</th><th scope="col">Verschil</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table>'
    )


def helpline_table(report: Mapping[str, Any]) -> str:
    """Share per first help line."""
    rows = []
    for row in report["helplines"]["rows"]:
        share = "–" if row["share"] is None else f"{row['share']:.1f}%".replace(".", ",")
        rows.append(
            f'<tr><th scope="row">{escape(row["label"])}</th>{_cell(row)}<td>{share}</td></tr>'
        )
    total = report["helplines"]["total"]
    rows.append(f'<tr class="totaal"><th scope="row">Totaal</th>{_cell(total)}<td></td></tr>')
    return (
        '<table class="helplines"><caption>Eerste hulplijn die Wegwijzer noemde</caption>'
        '<thead><tr><th scope="col">Hulplijn</th><th scope="col">Aantal</th>'
        '<th scope="col">Aandeel</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table>'
    )


def trend_chart(report: Mapping[str, Any]) -> str:
    """Monthly totals as an inline SVG bar chart; hidden months get a marker, no bar."""
    months: Sequence[str] = report["months"]
    figures = [report["totals"]["months"][m] for m in months]
    highest = max([f["count"] or 0 for f in figures] + [5])
    tick_step = max(1, math.ceil(highest / 4))
    top = tick_step * math.ceil(highest / tick_step)
    width, height, pad_left, pad_bottom, pad_top = 720, 260, 40, 50, 20
    plot_h = height - pad_bottom - pad_top
    step = (width - pad_left - 10) / max(len(months), 1)
    parts = [
        f'<line class="axis" x1="{pad_left}" y1="{height - pad_bottom}" '
        f'x2="{width - 10}" y2="{height - pad_bottom}"/>',
    ]
    for tick in range(0, top + 1, tick_step):
        y = height - pad_bottom - plot_h * tick / top
        parts.append(
            f'<line class="grid" x1="{pad_left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{pad_left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    for i, (period, figure) in enumerate(zip(months, figures, strict=True)):
        x = pad_left + i * step
        label = escape(month_label(period))
        if figure["count"] is None:
            parts.append(
                f'<text class="marker" x="{x + step / 2:.1f}" y="{height - pad_bottom - 6}" '
                f'text-anchor="middle">{escape(display(figure))}</text>'
            )
        else:
            bar_h = plot_h * figure["count"] / top
            bar_y = height - pad_bottom - bar_h
            parts.append(
                f'<rect class="bar" x="{x + step * 0.15:.1f}" y="{bar_y:.1f}" '
                f'width="{step * 0.7:.1f}" height="{bar_h:.1f}"><title>{label}: '
                f'{figure["count"]}</title></rect>'
            )
        parts.append(
            f'<text class="month" x="{x + step / 2:.1f}" y="{height - pad_bottom + 16}" '
            f'text-anchor="middle">{escape(MONTHS_NL[int(period[5:]) - 1])}</text>'
        )
        if period.endswith("-01"):
            parts.append(
                f'<text class="year" x="{x + 2:.1f}" y="{height - pad_bottom + 34}">'
                f"{escape(period[:4])}</text>"
            )
    return (
        f'<svg class="trend" viewBox="0 0 {width} {height}" role="img" '
        'aria-labelledby="trend-titel trend-uitleg" preserveAspectRatio="xMinYMin meet">'
        '<title id="trend-titel">Aantal gesprekken met een doorverwijzing per maand</title>'
        '<desc id="trend-uitleg">Staafdiagram. De precieze aantallen staan in de tabel '
        "hieronder.</desc>"
        f'{"".join(parts)}</svg>'
    )
