"""Second line of defence: scrub Dutch personal data from every log line before it is written.

Wegwijzer never logs message text on purpose; this catches what a library might log anyway.
Patterns run always; deduce (names, places, dates) joins once it has loaded in the
background, when LOG_SCRUB_DEDUCE=1.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path
from typing import Any

_PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[EMAIL]"),
    (re.compile(r"(?<!\d)(\+31|0031|0)[\s-]?(\d[\s-]?){9}(?!\d)"), "[TELEFOON]"),
    (re.compile(r"\bNL\d{2}\s?[A-Z]{4}(\s?\d){10}\b", re.I), "[IBAN]"),
    (re.compile(r"(?<!\d)\d{9}(?!\d)"), "[NUMMER]"),
    (re.compile(r"\b\d{4}\s?[A-Z]{2}\b"), "[POSTCODE]"),
    (
        re.compile(
            r"\b[A-Z][a-zé]+(straat|weg|laan|plein|gracht|kade|dijk|singel|hof|pad|steeg)\s+\d+\w?\b"
        ),
        "[ADRES]",
    ),
]
_deduce: Any = None
_loading = threading.Lock()


def scrub(text: str) -> str:
    """Replace personal data in a log message by placeholders."""
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    if _deduce is not None:
        text = _deduce.deidentify(text).deidentified_text
    return text


class ScrubFilter(logging.Filter):
    """Rewrites each record's message through scrub()."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format must not leak its arguments
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = ()
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def _load_deduce(cache_dir: Path) -> None:
    global _deduce
    try:
        from deduce import Deduce

        cache_dir.mkdir(parents=True, exist_ok=True)
        _deduce = Deduce(cache_path=cache_dir)
    except Exception as exc:  # noqa: BLE001 - the patterns keep working without it
        logging.getLogger(__name__).warning("deduce not available (%s)", type(exc).__name__)


def install(cache_dir: Path | None = None) -> ScrubFilter:
    """Add one shared filter to every handler of the root logger that lacks it."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig()
    log_filter = (
        next((f for h in root.handlers for f in h.filters if isinstance(f, ScrubFilter)), None)
        or ScrubFilter()
    )
    # A handler added since the last call (e.g. Rasa reconfiguring logging) is covered too.
    for handler in root.handlers:
        if log_filter not in handler.filters:
            handler.addFilter(log_filter)
    if os.environ.get("LOG_SCRUB_DEDUCE") == "1" and _deduce is None and _loading.acquire(False):
        cache = cache_dir or Path(__file__).resolve().parent.parent / "var" / "deduce-cache"
        threading.Thread(target=_load_deduce, args=(cache,), daemon=True).start()
    return log_filter
