"""The referral-map loader accepts the shipped file and names the entry of any fault."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.referral_map import HELPLINE_IDS, ReferralMapError, load_referral_map, parse_referral_map
from tests.conftest import ROOT

RAW = yaml.safe_load((ROOT / "data" / "verwijskaart.yml").read_text(encoding="utf-8"))


def broken(change) -> dict[str, Any]:
    data = copy.deepcopy(RAW)
    change(data)
    return data


def test_shipped_map_has_every_helpline_with_contact() -> None:
    refmap = load_referral_map(ROOT / "data" / "verwijskaart.yml")
    assert set(HELPLINE_IDS) <= set(refmap.helplines)
    for helpline in refmap.helplines.values():
        assert helpline.naam and helpline.wat and helpline.contact


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["hulplijnen"].pop("mediation"), "missing help line(s) mediation"),
        (
            lambda d: d["hulplijnen"]["bureau_integriteit"].pop("wat"),
            "hulplijnen.bureau_integriteit: missing 'wat'",
        ),
        (
            lambda d: d["hulplijnen"]["servicedesk"].update(contact={}),
            "hulplijnen.servicedesk.contact",
        ),
        (lambda d: d["hulplijnen"]["mediation"].update(naam=""), "hulplijnen.mediation.naam"),
        (lambda d: d["categorieen"].pop("misstand"), "missing categorie(s) misstand"),
        (
            lambda d: d["categorieen"]["misstand"]["routes"][0].update(hulplijnen=["nergens"]),
            "categorieen.misstand.routes[0].hulplijnen: unknown help line 'nergens'",
        ),
        (
            lambda d: d["categorieen"]["arbeidsconflict"]["routes"][1].update(
                als={"kleur": "rood"}
            ),
            "categorieen.arbeidsconflict.routes[1].als: unknown condition 'kleur'",
        ),
        (
            lambda d: d["categorieen"]["ongewenste_omgangsvormen"]["routes"][1].update(
                als={"subcategorie": "roddel"}
            ),
            "unknown subcategorie 'roddel'",
        ),
        (
            lambda d: d["categorieen"]["crisis"].update(
                routes=[{"als": {"subcategorie": "zelfdoding"}, "hulplijnen": []}]
            ),
            "categorieen.crisis.routes: needs one default rule",
        ),
        (
            lambda d: d["categorieen"]["misstand"].update(vragen=["kleur"]),
            "unknown question 'kleur'",
        ),
        (
            lambda d: d["categorieen"]["misstand"]["routes"][1].update(als={"wens": "oplossen"}),
            "wens not offered in this category",
        ),
        (lambda d: d.update(hulplijnen=[]), "hulplijnen: must be a mapping"),
    ],
)
def test_bad_entries_are_named(change, message: str) -> None:
    with pytest.raises(ReferralMapError, match=None) as info:
        parse_referral_map(broken(change))
    assert message in str(info.value)


def test_unreadable_and_invalid_files_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ReferralMapError, match="cannot read"):
        load_referral_map(tmp_path / "missing.yml")
    bad = tmp_path / "bad.yml"
    bad.write_text("hulplijnen: [unclosed", encoding="utf-8")
    with pytest.raises(ReferralMapError, match="not valid YAML"):
        load_referral_map(bad)
    empty = tmp_path / "empty.yml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ReferralMapError, match="top level must be a mapping"):
        load_referral_map(empty)


def test_an_organisation_can_change_routes_by_editing_the_file(tmp_path: Path) -> None:
    data = broken(
        lambda d: d["categorieen"]["persoonlijke_zorgen"].update(
            routes=[{"hulplijnen": ["bedrijfsarts"]}]
        )
    )
    path = tmp_path / "kaart.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_referral_map(path).route("persoonlijke_zorgen") == ["bedrijfsarts"]
