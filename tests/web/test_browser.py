"""End-to-end checks in Chromium: the widget, keyboard use, XSS, print view, dashboard, 320 px,
and an axe-core accessibility audit of every page."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.web.app import create_app
from tests.web.fake_rasa import crisis_answer, make_fake_rasa
from tests.web.helpers import (
    STATS_TOKEN,
    free_port,
    make_settings,
    months_ago,
    seed,
    this_month,
)

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
# The README's screenshots are refreshed on request (`make screenshots`); a plain test run
# leaves tracked files alone.
SCREENSHOTS = (
    ROOT / "docs" / "screenshots" if os.environ.get("WEGWIJZER_SCREENSHOTS") == "1" else ARTIFACTS
)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium"),
]

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")


def _socket() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


def _origin(sock: socket.socket) -> str:
    return f"http://127.0.0.1:{sock.getsockname()[1]}"


def intranet_app(widget_src: str) -> web.Application:
    """Another intranet page that embeds the widget with one script tag."""

    async def page(request: web.Request) -> web.Response:
        html = (
            '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>Intranet</title></head><body><h1>Intranet: nieuws</h1>"
            "<p>Welkom op het intranet.</p>"
            f'<script src="{widget_src}" defer></script></body></html>'
        )
        return web.Response(text=html, content_type="text/html")

    app = web.Application()
    app.router.add_get("/", page)
    return app


class Live:
    """The real app, a second copy without Rasa, the fake Rasa and an intranet page."""

    def __init__(self, tmp: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.runners: list[web.AppRunner] = []
        rasa, app, intranet, down = (_socket() for _ in range(4))
        self.rasa, self.web, self.intranet, self.down = map(_origin, (rasa, app, intranet, down))
        settings = make_settings(
            tmp, self.rasa, frame_ancestors=f"'self' {self.intranet}", rate_limit_per_minute=500
        )
        rows = [
            (this_month(), "ongewenste_omgangsvormen", "discriminatie", "vertrouwenspersoon", 3),
            (this_month(), "integriteitsvraag", None, "bureau_integriteit", 2),
        ]
        for n in range(14):
            rows += [
                (
                    months_ago(n),
                    "ongewenste_omgangsvormen",
                    "pesten",
                    "vertrouwenspersoon",
                    6 + n % 5,
                ),
                (
                    months_ago(n),
                    "ongewenste_omgangsvormen",
                    "intimidatie_machtsmisbruik",
                    "vertrouwenspersoon",
                    5 + n % 3,
                ),
                (months_ago(n), "arbeidsconflict", None, "luisterend_oor", 4 + n % 4),
                (months_ago(n), "persoonlijke_zorgen", None, "luisterend_oor", 1 + n % 2),
            ]
        seed(settings.database_url, rows)
        down_settings = make_settings(tmp / "down", f"http://127.0.0.1:{free_port()}")
        self.thread.start()
        self.call(self._start(make_fake_rasa(), rasa))
        self.call(self._start(create_app(settings), app))
        self.call(self._start(intranet_app(f"{self.web}/widget.js"), intranet))
        self.call(self._start(create_app(down_settings), down))

    def call(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)

    async def _start(self, app: web.Application, sock: socket.socket) -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.SockSite(runner, sock).start()
        self.runners.append(runner)

    async def _stop(self) -> None:
        for runner in reversed(self.runners):
            await runner.cleanup()

    def close(self) -> None:
        self.call(self._stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    server = Live(tmp_path_factory.mktemp("live"))
    yield server
    server.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ignore = ARTIFACTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")  # screenshots are build output
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 900}, locale="nl-NL")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on(
        "console",
        lambda msg: errors.append(msg.text)
        if msg.type == "error" and not msg.text.startswith("Failed to load resource")
        else None,
    )
    pg.on(
        "response",
        lambda r: errors.append(f"{r.status} {r.url}")
        if r.status >= 400 and not r.url.endswith("/favicon.ico")
        else None,
    )
    pg.errors = errors
    yield pg
    context.close()


FOCUSED_JS = "() => { const el = document.activeElement; return el && (el.id || el.textContent); }"


def focused(page: Any) -> str:
    """The focused element's id, or its text when it has no id."""
    return str(page.evaluate(FOCUSED_JS))


def tab_to(page: Any, check: str, limit: int = 40) -> None:
    """Press Tab until the JavaScript expression `check` is true for the focused element."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!({check}); }}"):
            return
    raise AssertionError(f"Tab never reached: {check}")


def no_horizontal_scroll(page: Any) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    inner = page.evaluate("() => window.innerWidth")
    assert width <= inner, (width, inner)


# ---------------------------------------------------------------------------------------


def test_widget_on_another_intranet_page(page: Any, live: Live) -> None:
    page.goto(live.intranet + "/")
    toggle = page.get_by_role("button", name="Hulp nodig? Chat met Wegwijzer")
    toggle.click()
    box = page.get_by_label("Typ je bericht")
    assert focused(page).endswith("-input")
    box.fill("Mijn leidinggevende schreeuwt steeds tegen mij in vergaderingen.")
    box.press("Enter")
    log = page.get_by_role("log")
    log.get_by_text("Interne vertrouwenspersoon").first.wait_for()
    assert "Wat vervelend dat je dit meemaakt" in log.inner_text()
    assert page.get_by_role("button", name="Het melden").is_visible()
    page.screenshot(path=str(ARTIFACTS / "widget-intranet.png"))
    page.keyboard.press("Escape")
    assert page.locator(".ww-panel").is_hidden()
    assert focused(page) == "Hulp nodig? Chat met Wegwijzer"
    assert page.errors == []


def test_keyboard_only_conversation(page: Any, live: Live) -> None:
    page.goto(live.web + "/")
    tab_to(page, "el.id === 'ww-input'")
    page.keyboard.type("Een collega pest mij al maanden.")
    page.keyboard.press("Enter")
    page.locator(".ww-choice").first.wait_for()
    assert focused(page) == "ww-input"  # focus came back to the input after sending
    # The answer buttons come right after the input and its send button.
    tab_to(page, "el.classList.contains('ww-choice')", limit=3)
    assert focused(page) == "Eerst in vertrouwen praten"
    page.keyboard.press("Tab")
    assert focused(page) == "Advies over wat ik kan doen"
    page.keyboard.press("Enter")
    page.get_by_text("Een gesprek is geen melding").wait_for()
    user_bubbles = page.locator(".ww-user .ww-text").all_inner_texts()
    assert user_bubbles == ["Een collega pest mij al maanden.", "Advies over wat ik kan doen"]
    assert focused(page) == "ww-input"
    assert page.locator(".ww-choice").count() == 0
    # The focus indicator is visible.
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.screenshot(path=str(SCREENSHOTS / "chat.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / "chat-keyboard.png"), full_page=True)

    # "Neem dit mee", still by keyboard only.
    tab_to(page, "el.classList.contains('ww-take')", limit=5)
    page.keyboard.press("Enter")
    summary = page.locator(".ww-summary")
    summary.wait_for()
    text = summary.inner_text()
    assert "- Een collega pest mij al maanden." in text
    assert "- Interne vertrouwenspersoon" in text
    assert "telefoon: 030 123 45 61" in text
    assert focused(page).endswith("-takeaway-title")  # focus moved to the overview
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als tekstbestand").click()
    download = info.value
    assert download.suggested_filename == "wegwijzer-neem-dit-mee.txt"
    saved = ARTIFACTS / "neem-dit-mee.txt"
    download.save_as(str(saved))
    assert saved.read_text(encoding="utf-8") == text
    page.screenshot(path=str(ARTIFACTS / "chat-neem-dit-mee.png"), full_page=True)
    assert page.errors == []


def test_print_of_the_summary_shows_only_the_summary(page: Any, live: Live) -> None:
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1; }")
    page.goto(live.web + "/")
    page.get_by_label("Typ je bericht").fill("Ik word gepest")
    page.get_by_label("Typ je bericht").press("Enter")
    page.locator(".ww-choice").first.wait_for()
    page.get_by_role("button", name="Neem dit mee").click()
    page.locator(".ww-summary").wait_for()
    # Keep the sheet in place while checking what paper would show.
    page.evaluate("() => { window.setTimeout = () => 0; }")
    page.get_by_role("button", name="Afdrukken").click()
    assert page.evaluate("() => window.__printed") == 1
    page.emulate_media(media="print")
    assert page.locator(".ww-print-sheet").is_visible()
    assert page.locator("main").is_hidden()
    assert "Ik word gepest" in page.locator(".ww-print-sheet").inner_text()


def test_markup_is_shown_as_text(page: Any, live: Live) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(live.web + "/")
    attack = "<img src=x onerror=alert(1)>"
    page.get_by_label("Typ je bericht").fill(attack)
    page.get_by_label("Typ je bericht").press("Enter")
    page.get_by_text("Je schreef:").wait_for()  # the fake bot quotes the message back
    assert page.locator(".ww-user .ww-text").first.inner_text() == attack
    assert page.locator(".ww-log img").count() == 0
    assert page.locator("img").count() == 0
    assert attack in page.get_by_text("Je schreef:").inner_text()
    page.wait_for_timeout(300)
    assert dialogs == []


def test_rasa_down_shows_help_lines(page: Any, live: Live) -> None:
    page.goto(live.down + "/")
    page.get_by_label("Typ je bericht").fill("hallo")
    page.get_by_label("Typ je bericht").press("Enter")
    page.get_by_text("De chat werkt nu even niet").wait_for()
    helplines = page.locator(".ww-helplines").inner_text()
    assert "113 Zelfmoordpreventie" in helplines and "telefoon: 112" in helplines
    assert focused(page) == "ww-input"


def test_verwijskaart_names_113_and_112_when_a_crisis_is_likely(page: Any, live: Live) -> None:
    page.goto(live.web + "/verwijskaart")
    page.get_by_label("Beschrijf de situatie").fill("Hij pest me en ik heb nergens meer zin in.")
    page.get_by_role("button", name="Laat de route zien").click()
    warning = page.locator("#triage-result .warning")
    warning.wait_for()
    assert warning.inner_text() == (
        "Geen crisis herkend, maar het kan erop lijken. Vraag ernaar: denkt iemand aan "
        "zelfdoding, bel 113; bij direct gevaar 112."
    )


def test_verwijskaart_triage_and_print_view(page: Any, live: Live) -> None:
    page.goto(live.web + "/verwijskaart")
    page.get_by_label("Beschrijf de situatie").fill("Een collega maakt grappen over mijn afkomst.")
    page.get_by_role("button", name="Laat de route zien").click()
    result = page.locator("#triage-result")
    result.get_by_text("Antidiscriminatievoorziening").wait_for()
    text = result.inner_text()
    assert "Ongewenste omgangsvormen" in text and "Discriminatie" in text
    assert "waarom: Bij ongewenst gedrag" in text
    assert "Geen crisis herkend" not in text
    # The README shows the box with its answer.
    page.locator("#welke-hulplijn").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "verwijskaart.png"))
    page.screenshot(path=str(ARTIFACTS / "verwijskaart-full.png"), full_page=True)

    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    assert page.locator("#welke-hulplijn").is_hidden()
    assert page.locator("header.site").is_hidden()
    cards = page.locator(".hl-card")
    assert cards.count() == 18
    for i in range(18):
        assert cards.nth(i).is_visible()
    assert page.locator("table.matrix").is_visible()
    no_horizontal_scroll(page)  # the matrix fits the paper width
    assert (
        page.evaluate(
            "() => getComputedStyle(document.querySelector('.hl-card')).breakInsideValue "
            "|| getComputedStyle(document.querySelector('.hl-card')).breakInside"
        )
        == "avoid"
    )
    page.screenshot(path=str(SCREENSHOTS / "verwijskaart-print.png"), full_page=True)
    page.pdf(path=str(ARTIFACTS / "verwijskaart.pdf"), format="A4")


def test_dashboard_with_http_credentials(browser: Any, live: Live) -> None:
    anonymous = browser.new_context()
    resp = anonymous.request.get(live.web + "/statistieken")
    assert resp.status == 401
    assert resp.headers["www-authenticate"].startswith('Basic realm="Wegwijzer statistieken"')
    anonymous.close()

    context = browser.new_context(
        http_credentials={"username": "bureau-integriteit", "password": STATS_TOKEN},
        viewport={"width": 1280, "height": 900},
    )
    pg = context.new_page()
    resp = pg.goto(live.web + "/statistieken")
    assert resp.status == 200
    table = pg.locator("table.stats")
    assert table.is_visible()
    assert "Ongewenste omgangsvormen" in table.inner_text()
    assert "<5" in table.inner_text()
    assert pg.locator("svg.trend rect.bar").count() >= 1
    pg.screenshot(path=str(SCREENSHOTS / "statistieken.png"), full_page=True)
    csv_text = pg.evaluate("() => fetch('/api/stats.csv').then(r => r.text())")
    assert csv_text.lstrip("\ufeff").startswith("soort;periode;")
    context.close()


@pytest.mark.parametrize("width", [320, 640])
def test_narrow_and_zoomed_viewports_do_not_scroll_sideways(
    browser: Any, live: Live, width: int
) -> None:
    """320 px wide, and 640 px (a 1280 px screen at 200% zoom)."""
    context = browser.new_context(
        viewport={"width": width, "height": 700},
        http_credentials={"username": "bi", "password": STATS_TOKEN},
    )
    pg = context.new_page()
    for path in ("/", "/verwijskaart", "/statistieken"):
        pg.goto(live.web + path)
        no_horizontal_scroll(pg)
    pg.goto(live.web + "/")
    pg.get_by_label("Typ je bericht").fill("Ik word gepest door een collega")
    pg.get_by_label("Typ je bericht").press("Enter")
    pg.locator(".ww-choice").first.wait_for()
    no_horizontal_scroll(pg)
    pg.screenshot(path=str(ARTIFACTS / f"chat-{width}px.png"), full_page=True)
    pg.goto(live.intranet + "/")
    pg.get_by_role("button", name="Hulp nodig? Chat met Wegwijzer").click()
    no_horizontal_scroll(pg)
    context.close()


CONTRAST_JS = """
(pairs) => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bg = (el) => {
    while (el) {
      const c = getComputedStyle(el).backgroundColor;
      if (c && !c.startsWith("rgba(0, 0, 0, 0)") && c !== "transparent") return c;
      el = el.parentElement;
    }
    return "rgb(255, 255, 255)";
  };
  return pairs.map((sel) => {
    const el = document.querySelector(sel);
    if (!el) return [sel, null];
    const a = lum(getComputedStyle(el).color), b = lum(bg(el));
    return [sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
  });
}
"""


def test_text_contrast_is_at_least_4_5(page: Any, live: Live) -> None:
    page.goto(live.web + "/")
    page.get_by_label("Typ je bericht").fill("Ik word gepest")
    page.get_by_label("Typ je bericht").press("Enter")
    page.locator(".ww-choice").first.wait_for()
    selectors = [
        "body",
        ".intro",
        ".brand a",
        "header.site nav a",
        ".direct-item",
        ".contact a",
        ".ww-bot .ww-text",
        ".ww-user .ww-text",
        ".ww-send",
        ".ww-choice",
        ".ww-take",
        ".ww-label",
        ".ww-input",
    ]
    for selector, ratio in page.evaluate(CONTRAST_JS, selectors):
        assert ratio is not None, selector
        assert ratio >= 4.5, (selector, ratio)


# ---------------------------------------------------------------------------------------
# Accessibility: axe-core's WCAG 2.0 and 2.1 level A and AA rules on every page and state.

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_BLOCKING = ("serious", "critical")
CRISIS_MESSAGE = "Ik denk aan zelfdoding."


@pytest.fixture(scope="module")
def axe() -> Any:
    module = pytest.importorskip(
        "axe_playwright_python.sync_playwright", reason="needs axe-playwright-python"
    )
    return module.Axe()


def assert_accessible(axe: Any, page: Any, state: str, context: str | None = None) -> None:
    """No serious or critical axe violation; the message names each rule and its elements."""
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = axe.run(page, context=context, options=options).response
    assert results["passes"], f"axe checked nothing on {state}"
    violations = results["violations"]
    found = [
        f"{v['id']} ({v['impact']}, {v['help']}): "
        + "; ".join(" ".join(map(str, node["target"])) for node in v["nodes"])
        for v in violations
        if v["impact"] in AXE_BLOCKING
    ]
    if found:
        pytest.fail(f"axe on {state} ({page.url}):\n" + "\n".join(found))


def send_message(page: Any, text: str) -> None:
    box = page.get_by_label("Typ je bericht")
    box.fill(text)
    box.press("Enter")


def test_axe_chat_page(page: Any, live: Live, axe: Any) -> None:
    page.goto(live.web + "/")
    page.locator(".ww-bot").first.wait_for()  # the greeting
    assert_accessible(axe, page, "the empty chat")

    send_message(page, "Een collega pest mij al maanden.")
    page.locator(".ww-choice").first.wait_for()
    assert_accessible(axe, page, "the chat with an answer and answer buttons")

    page.get_by_role("button", name="Neem dit mee").click()
    page.locator(".ww-summary").wait_for()
    assert_accessible(axe, page, "the chat with 'Neem dit mee' open")

    page.goto(live.web + "/")
    send_message(page, CRISIS_MESSAGE)
    log = page.get_by_role("log", name="Gesprek")
    log.get_by_text("Je veiligheid gaat nu voor").wait_for()
    log.get_by_text("Luisterend Oor").wait_for()
    # Replies land in a polite live region that is not left busy, so screen readers read them.
    assert log.get_attribute("aria-live") == "polite"
    assert log.get_attribute("aria-busy") is None
    assert "Bel 113" in log.inner_text() and "Bel 112" in log.inner_text()
    assert_accessible(axe, page, "the chat after a crisis answer")
    assert page.errors == []


# What a screen reader reads: each piece of text of an element with the language it is in.
LANGUAGES_JS = """
(el) => {
  const out = [];
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode;
    out.push([node.textContent, node.parentElement.closest("[lang]").getAttribute("lang")]);
  }
  return out;
}
"""


def test_english_parts_of_answers_are_marked_as_english(page: Any, live: Live, axe: Any) -> None:
    """WCAG 3.1.2 Language of Parts: the widget is Dutch, so an English answer, and the English
    line of a Dutch answer, carry lang="en" (and the Dutch help lines in an English one "nl")."""
    page.goto(live.web + "/")
    log = page.get_by_role("log", name="Gesprek")
    send_message(page, "My manager bullies me, who can help?")
    english = log.locator(".ww-bot .ww-text", has_text="This assistant works in Dutch.")
    english.wait_for()
    assert english.get_attribute("lang") == "en"
    assert english.evaluate("(el) => el.parentElement.closest('[lang]').lang") == "nl"
    pieces = english.evaluate(LANGUAGES_JS)
    assert [lang for text, lang in pieces if text.startswith("This assistant")] == ["en"]
    assert [lang for text, lang in pieces if text.startswith("If you are thinking")] == ["en"]
    # The help lines come from the Dutch referral map ("bel", "bereikbaar werkdagen").
    helplines = [lang for text, lang in pieces if text.startswith("- ")]
    assert helplines == ["nl"] * 4
    assert (
        english.locator("[lang=nl]").first.inner_text().startswith("- Interne vertrouwenspersoon")
    )

    send_message(page, CRISIS_MESSAGE)
    dutch = log.locator(".ww-bot .ww-text", has_text="Je veiligheid gaat nu voor")
    dutch.wait_for()
    assert dutch.get_attribute("lang") == "nl"
    line = dutch.locator("[lang=en]")
    assert line.count() == 1
    assert line.inner_text() == crisis_answer().split("\n")[-1]
    assert line.inner_text().startswith("(English: thinking about suicide?")
    pieces = dutch.evaluate(LANGUAGES_JS)
    assert [lang for text, lang in pieces] == ["nl", "nl", "nl", "en"]
    # The speaker's name for screen readers stays Dutch.
    assert log.locator(".ww-bot .ww-sr").last.evaluate("(el) => el.closest('[lang]').lang") == "nl"
    # axe checks that every lang attribute is a valid language (valid-lang, WCAG 3.1.2).
    assert_accessible(axe, page, "the chat with an English answer and an English line")
    assert page.errors == []


def test_axe_chat_page_when_rasa_is_down(page: Any, live: Live, axe: Any) -> None:
    page.goto(live.down + "/")
    send_message(page, "hallo")
    page.locator(".ww-helplines").wait_for()
    assert_accessible(axe, page, "the chat showing the help lines because Rasa is down")


def test_axe_widget_on_another_page(page: Any, live: Live, axe: Any) -> None:
    page.goto(live.intranet + "/")
    assert_accessible(axe, page, "the closed widget", context=".ww-root")
    page.get_by_role("button", name="Hulp nodig? Chat met Wegwijzer").click()
    send_message(page, "Een collega pest mij al maanden.")
    page.locator(".ww-choice").first.wait_for()
    # Only the widget: the intranet page around it is not ours.
    assert_accessible(axe, page, "the open widget with an answer", context=".ww-root")


def test_axe_verwijskaart(page: Any, live: Live, axe: Any) -> None:
    page.goto(live.web + "/verwijskaart")
    assert_accessible(axe, page, "the verwijskaart")
    page.get_by_label("Beschrijf de situatie").fill("Hij pest me en ik heb nergens meer zin in.")
    page.get_by_role("button", name="Laat de route zien").click()
    page.locator("#triage-result .warning").wait_for()
    assert_accessible(axe, page, "the verwijskaart with a route and a warning")
    page.get_by_label("Beschrijf de situatie").fill("")
    page.get_by_role("button", name="Laat de route zien").click()
    page.locator("#triage-result .error").wait_for()
    assert_accessible(axe, page, "the verwijskaart with an error")
    assert page.errors == []


def test_axe_dashboard(browser: Any, live: Live, axe: Any) -> None:
    context = browser.new_context(
        http_credentials={"username": "bureau-integriteit", "password": STATS_TOKEN},
        viewport={"width": 1280, "height": 900},
    )
    pg = context.new_page()
    assert pg.goto(live.web + "/statistieken").status == 200
    assert_accessible(axe, pg, "the statistics dashboard")
    context.close()


def test_axe_error_pages(browser: Any, live: Live, axe: Any) -> None:
    context = browser.new_context(http_credentials={"username": "bi", "password": "fout"})
    pg = context.new_page()
    resp = pg.goto(live.web + "/bestaat-niet")
    assert resp.status == 404
    assert_accessible(axe, pg, "the 404 page")
    assert pg.get_by_role("heading", level=1).inner_text() == "Pagina niet gevonden"
    resp = pg.goto(live.web + "/statistieken")  # wrong password
    assert resp.status == 401
    assert_accessible(axe, pg, "the 401 page")
    assert "Log in om de statistieken te zien." in pg.locator("main").inner_text()
    context.close()


FOCUS_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    name: el.id || el.textContent.trim().slice(0, 40) || el.tagName,
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
  };
}
"""


def tab_cycle(page: Any, limit: int = 150) -> list[str]:
    """Press Tab until the focus comes round again; every stop must show an outline on screen.
    The stops in order, with "<einde>" where the focus left the page."""
    stops: list[str] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_JS)
        name = "<einde>" if state is None else state["name"]
        if name in stops:
            return stops
        stops.append(name)
        if state is not None:
            assert state["outline"], (page.url, state)
            assert state["onScreen"], (page.url, state)
    raise AssertionError(f"{page.url}: Tab never came round: {stops}")


def test_every_tab_stop_shows_where_the_focus_is(browser: Any, live: Live) -> None:
    """Keyboard only: every page can be tabbed through, the focus is always visible, and the
    skip link is the first stop."""
    context = browser.new_context(
        http_credentials={"username": "bi", "password": STATS_TOKEN},
        viewport={"width": 1100, "height": 900},
    )
    pg = context.new_page()
    pg.goto(live.web + "/")
    # Reach the chat and send a message by keyboard only.
    tab_to(pg, "el.id === 'ww-input'")
    pg.keyboard.type("Een collega pest mij al maanden.")
    pg.keyboard.press("Enter")
    pg.locator(".ww-choice").first.wait_for()
    assert focused(pg) == "ww-input"
    for path in ("/", "/verwijskaart", "/statistieken", "/bestaat-niet"):
        if path != "/":
            pg.goto(live.web + path)
        stops = tab_cycle(pg)
        assert "<einde>" in stops, (path, stops)
        first = stops[(stops.index("<einde>") + 1) % len(stops)]
        assert first == "Naar de inhoud", (path, stops)
        if path == "/":
            assert {"ww-input", "Verstuur", "Het melden", "Neem dit mee"} <= set(stops), stops
    context.close()
