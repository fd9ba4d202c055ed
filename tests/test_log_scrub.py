"""The log filter removes personal data that reaches a log handler."""

from __future__ import annotations

import logging

import pytest

from bot import log_scrub
from bot.log_scrub import ScrubFilter, scrub


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("mail me op jan.jansen@example.nl", "jan.jansen@example.nl"),
        ("bel 06-12345678", "12345678"),
        ("bel +31 6 1234 5678", "1234 5678"),
        ("mijn BSN is 123456782", "123456782"),
        ("rekening NL91ABNA0417164300", "0417164300"),
        ("ik woon op de Dorpsstraat 12", "Dorpsstraat 12"),
        ("postcode 3511 AB", "3511 AB"),
    ],
)
def test_patterns(text: str, gone: str) -> None:
    assert gone not in scrub(text)


def test_filter_rewrites_formatted_records() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed for %s", ("a@b.nl",), None)
    ScrubFilter().filter(record)
    assert record.getMessage() == "failed for [EMAIL]"


def test_install_adds_one_filter_to_root_handlers(caplog: pytest.LogCaptureFixture) -> None:
    handler = logging.StreamHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        first = log_scrub.install()
        assert log_scrub.install() is first
        assert first in handler.filters
    finally:
        root.removeHandler(handler)


def test_deduce_scrubs_names_and_places(tmp_path_factory: pytest.TempPathFactory) -> None:
    """deduce as the second line of defence (its first load builds a lookup cache, ~2 min)."""
    pytest.importorskip("deduce")
    from tests.conftest import ROOT

    cache = ROOT / "var" / "deduce-cache"  # kept between runs: later loads take seconds
    log_scrub._load_deduce(cache)
    try:
        assert log_scrub._deduce is not None
        scrubbed = scrub(
            "Gerbrandina Wolfskamp uit Zwolle belde over haar teamleider Pieter de Vries"
        )
        for fragment in ("Gerbrandina", "Wolfskamp", "Pieter de Vries"):
            assert fragment not in scrubbed
    finally:
        log_scrub._deduce = None


def test_a_handler_added_after_install_is_covered_by_the_next_install() -> None:
    root = logging.getLogger()
    first = log_scrub.install()
    late = logging.StreamHandler()
    root.addHandler(late)
    try:
        assert log_scrub.install() is first
        assert late.filters == [first]
    finally:
        root.removeHandler(late)
