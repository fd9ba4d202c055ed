"""Routing rules: category x wish x manager involvement -> ordered help lines."""

from __future__ import annotations

import pytest

from bot.referral_map import ReferralMap


@pytest.mark.parametrize(
    ("category", "sub", "wish", "manager", "first"),
    [
        ("ongewenste_omgangsvormen", "pesten", None, None, "vertrouwenspersoon"),
        ("ongewenste_omgangsvormen", None, "oplossen", None, "luisterend_oor"),
        ("ongewenste_omgangsvormen", "discriminatie", None, None, "vertrouwenspersoon"),
        ("arbeidsconflict", None, None, None, "luisterend_oor"),
        ("arbeidsconflict", None, "oplossen", True, "mediation"),
        ("integriteitsschending", "fraude_diefstal", "melden", None, "bureau_integriteit"),
        ("integriteitsschending", None, "praten", None, "vertrouwenspersoon"),
        ("misstand", None, None, None, "vertrouwenspersoon"),
        ("misstand", None, "melden", None, "bureau_integriteit"),
        ("integriteitsvraag", None, None, None, "bureau_integriteit"),
        ("persoonlijke_zorgen", None, None, None, "luisterend_oor"),
        ("crisis", None, None, None, "zelfmoordpreventie_113"),
        ("crisis", "acuut_gevaar", None, None, "alarmnummer_112"),
        ("buiten_scope", "it", None, None, "servicedesk"),
        ("buiten_scope", "salaris_verlof", None, None, "hr_adviseur"),
        ("buiten_scope", "klacht_client", None, None, "klachtenservice"),
        ("buiten_scope", "fraude_client", None, None, "handhaving"),
    ],
)
def test_first_helpline(refmap: ReferralMap, category, sub, wish, manager, first) -> None:
    assert refmap.route(category, sub, wish, manager)[0] == first


def test_discrimination_offers_the_external_bodies(refmap: ReferralMap) -> None:
    route = refmap.route("ongewenste_omgangsvormen", "discriminatie")
    assert "antidiscriminatievoorziening" in route
    assert "college_rechten_van_de_mens" in route


def test_the_manager_is_never_suggested_when_involved(refmap: ReferralMap) -> None:
    for category in refmap.categories:
        for wish in (None, "praten", "advies", "oplossen", "melden"):
            assert "leidinggevende" not in refmap.route(category, None, wish, True)


def test_the_manager_is_a_route_when_not_involved(refmap: ReferralMap) -> None:
    assert "leidinggevende" in refmap.route("ongewenste_omgangsvormen", None, "melden", False)


def test_chit_chat_has_no_helpline_and_unknown_categories_fall_back(refmap: ReferralMap) -> None:
    assert refmap.route("buiten_scope", "overig") == []
    assert refmap.route("onbekend") == []


def test_most_specific_rule_wins(refmap: ReferralMap) -> None:
    assert refmap.route("ongewenste_omgangsvormen", None, "melden", True) == [
        "vertrouwenspersoon",
        "klachtencommissie",
        "externe_vertrouwenspersoon",
    ]
