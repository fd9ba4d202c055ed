"""From a parse to a triage result: mixed concerns, uncertainty and subcategories."""

from __future__ import annotations

from bot.referral_map import ReferralMap
from bot.triage import result_from_parse, secondary_concerns
from tests.conftest import parse


def test_after_a_crisis_the_concern_with_its_own_help_line_is_named() -> None:
    crisis = parse(
        "crisis",
        1.0,
        ranking=[
            ("persoonlijke_zorgen", 0.006),
            ("ongewenste_omgangsvormen", 0.004),
            ("arbeidsconflict", 0.001),
        ],
    )
    # Distress is part of the crisis answer; the bullying needs the vertrouwenspersoon.
    assert secondary_concerns(crisis, "crisis") == [("ongewenste_omgangsvormen", 0.004)]


def test_after_a_crisis_a_faint_other_concern_is_not_named() -> None:
    crisis = parse(
        "crisis",
        1.0,
        ranking=[("buiten_scope", 0.02), ("misstand", 0.002), ("arbeidsconflict", 0.001)],
    )
    assert secondary_concerns(crisis, "crisis") == []


def test_personal_worries_next_to_another_concern_are_named() -> None:
    bullying = parse("ongewenste_omgangsvormen", 0.6, ranking=[("persoonlijke_zorgen", 0.3)])
    assert secondary_concerns(bullying, "ongewenste_omgangsvormen") == [
        ("persoonlijke_zorgen", 0.3)
    ]


def test_a_mixed_message_lists_both_concerns_in_order(refmap: ReferralMap) -> None:
    mixed = parse(
        "integriteitsschending",
        0.55,
        ranking=[("ongewenste_omgangsvormen", 0.35)],
        sub="misbruik_informatie",
    )
    result = result_from_parse(mixed, refmap)
    assert (result["category"], result["subcategory"]) == (
        "integriteitsschending",
        "misbruik_informatie",
    )
    assert [a["category"] for a in result["also"]] == ["ongewenste_omgangsvormen"]
    assert result["also"][0]["helplines"][0] == "vertrouwenspersoon"


def test_an_unsure_parse_is_flagged_with_options_and_never_guesses_a_crisis(
    refmap: ReferralMap,
) -> None:
    unsure = parse(
        "nlu_fallback",
        0.3,
        ranking=[("crisis", 0.25), ("arbeidsconflict", 0.2), ("persoonlijke_zorgen", 0.19)],
    )
    result = result_from_parse(unsure, refmap)
    assert result["uncertain"] is True
    assert result["crisis"] is False
    assert result["category"] == "arbeidsconflict"
    assert result["options"] == ["arbeidsconflict", "persoonlijke_zorgen"]
