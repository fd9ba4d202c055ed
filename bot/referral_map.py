"""Load and validate the referral map (verwijskaart), the single source of truth for routes."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "verwijskaart.yml"

CRISIS = "crisis"
# The entity the crisis net sets to the kind of crisis (zelfdoding, acuut_gevaar).
CRISIS_ENTITY = "crisis_soort"
# Parse flag: no crisis found, but the model is not sure enough to leave out 113 and 112.
CRISIS_CAUTION = "crisis_caution"
# Entity the crisis net adds to a crisis message in English: the crisis answer comes in English.
LANGUAGE_ENTITY = "taal"
CATEGORIES = (
    "ongewenste_omgangsvormen",
    "arbeidsconflict",
    "integriteitsschending",
    "misstand",
    "integriteitsvraag",
    "persoonlijke_zorgen",
    CRISIS,
    "buiten_scope",
)
HELPLINE_IDS = (
    "luisterend_oor",
    "vertrouwenspersoon",
    "externe_vertrouwenspersoon",
    "bureau_integriteit",
    "mediation",
    "huis_voor_klokkenluiders",
    "zelfmoordpreventie_113",
    "alarmnummer_112",
    "leidinggevende",
    "hr_adviseur",
    "bedrijfsmaatschappelijk_werk",
    "bedrijfsarts",
    "klachtencommissie",
    "college_rechten_van_de_mens",
    "antidiscriminatievoorziening",
    "klachtenservice",
    "handhaving",
    "servicedesk",
)
QUESTIONS = ("wens", "leidinggevende_betrokken")
CONDITION_KEYS = ("subcategorie", "wens", "leidinggevende_betrokken")
HELPLINE_TEXT_FIELDS = ("naam", "wat", "wanneer", "vertrouwelijk", "anoniem")


class ReferralMapError(ValueError):
    """The referral-map file is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class HelpLine:
    """One help line: who they are, what they do and how to reach them."""

    id: str
    naam: str
    wat: str
    wanneer: str
    vertrouwelijk: str
    anoniem: str
    contact: Mapping[str, str]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "id": self.id,
            "naam": self.naam,
            "wat": self.wat,
            "wanneer": self.wanneer,
            "vertrouwelijk": self.vertrouwelijk,
            "anoniem": self.anoniem,
            "contact": dict(self.contact),
        }


@dataclass(frozen=True)
class Rule:
    """Ordered help lines that apply when all conditions hold."""

    conditions: Mapping[str, Any]
    helplines: tuple[str, ...]

    def applies(self, facts: Mapping[str, Any]) -> bool:
        """True when every condition matches the known facts."""
        return all(facts.get(key) == value for key, value in self.conditions.items())


@dataclass(frozen=True)
class Category:
    """A concern category with its questions and routing rules."""

    id: str
    naam: str
    uitleg: str
    subcategories: Mapping[str, str]
    questions: tuple[str, ...]
    wishes: tuple[str, ...]
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class ReferralMap:
    """The whole verwijskaart."""

    organisation: str
    wishes: Mapping[str, str]
    helplines: Mapping[str, HelpLine]
    categories: Mapping[str, Category] = field(default_factory=dict)

    def route(
        self,
        category: str,
        subcategory: str | None = None,
        wish: str | None = None,
        manager_involved: bool | None = None,
    ) -> list[str]:
        """Ordered help-line ids for a concern; the most specific applying rule wins."""
        cat = self.categories.get(category) or self.categories["buiten_scope"]
        facts = {
            "subcategorie": subcategory,
            "wens": wish,
            "leidinggevende_betrokken": manager_involved,
        }
        best: Rule | None = None
        for rule in cat.rules:
            if rule.applies(facts) and (
                best is None or len(rule.conditions) > len(best.conditions)
            ):
                best = rule
        helplines = list(best.helplines) if best else []
        if manager_involved:
            # The own manager is never suggested when he or she is part of the problem.
            helplines = [h for h in helplines if h != "leidinggevende"]
        return helplines


def _require(mapping: Any, key: str, where: str) -> Any:
    if not isinstance(mapping, Mapping) or key not in mapping:
        raise ReferralMapError(f"{where}: missing '{key}'")
    return mapping[key]


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ReferralMapError(f"{where}: must be a non-empty text")
    return value.strip()


def _helpline(hid: str, raw: Any) -> HelpLine:
    where = f"hulplijnen.{hid}"
    if not isinstance(raw, Mapping):
        raise ReferralMapError(f"{where}: must be a mapping")
    texts = {f: _text(_require(raw, f, where), f"{where}.{f}") for f in HELPLINE_TEXT_FIELDS}
    contact = _require(raw, "contact", where)
    if not isinstance(contact, Mapping) or not contact:
        raise ReferralMapError(f"{where}.contact: must list at least one way to reach them")
    return HelpLine(id=hid, contact={str(k): str(v) for k, v in contact.items()}, **texts)


def _rule(raw: Any, where: str, helplines: Mapping[str, Any], cat: Mapping[str, Any]) -> Rule:
    if not isinstance(raw, Mapping):
        raise ReferralMapError(f"{where}: must be a mapping")
    conditions = raw.get("als") or {}
    if not isinstance(conditions, Mapping):
        raise ReferralMapError(f"{where}.als: must be a mapping")
    for key, value in conditions.items():
        if key not in CONDITION_KEYS:
            raise ReferralMapError(f"{where}.als: unknown condition '{key}'")
        if key == "subcategorie" and value not in (cat.get("subcategorieen") or {}):
            raise ReferralMapError(f"{where}.als: unknown subcategorie '{value}'")
        if key == "leidinggevende_betrokken" and not isinstance(value, bool):
            raise ReferralMapError(f"{where}.als: leidinggevende_betrokken must be true or false")
    ids = _require(raw, "hulplijnen", where)
    if not isinstance(ids, list):
        raise ReferralMapError(f"{where}.hulplijnen: must be a list")
    for hid in ids:
        if hid not in helplines:
            raise ReferralMapError(f"{where}.hulplijnen: unknown help line '{hid}'")
    return Rule(conditions=dict(conditions), helplines=tuple(ids))


def _category(
    cid: str, raw: Any, helplines: Mapping[str, Any], wishes: Mapping[str, str]
) -> Category:
    where = f"categorieen.{cid}"
    if not isinstance(raw, Mapping):
        raise ReferralMapError(f"{where}: must be a mapping")
    questions = tuple(raw.get("vragen") or ())
    for q in questions:
        if q not in QUESTIONS:
            raise ReferralMapError(f"{where}.vragen: unknown question '{q}'")
    cat_wishes = tuple(raw.get("wensen") or ())
    for w in cat_wishes:
        if w not in wishes:
            raise ReferralMapError(f"{where}.wensen: unknown wens '{w}'")
    if "wens" in questions and not cat_wishes:
        raise ReferralMapError(f"{where}: asks 'wens' but lists no wensen")
    rules_raw = _require(raw, "routes", where)
    if not isinstance(rules_raw, list) or not rules_raw:
        raise ReferralMapError(f"{where}.routes: must be a non-empty list")
    rules = tuple(_rule(r, f"{where}.routes[{i}]", helplines, raw) for i, r in enumerate(rules_raw))
    for i, rule in enumerate(rules):
        if rule.conditions.get("wens") not in (None, *cat_wishes):
            raise ReferralMapError(f"{where}.routes[{i}].als: wens not offered in this category")
    if not any(not r.conditions for r in rules):
        raise ReferralMapError(f"{where}.routes: needs one default rule without 'als'")
    subs = raw.get("subcategorieen") or {}
    return Category(
        id=cid,
        naam=_text(_require(raw, "naam", where), f"{where}.naam"),
        uitleg=_text(_require(raw, "uitleg", where), f"{where}.uitleg"),
        subcategories={str(k): _text(v, f"{where}.subcategorieen.{k}") for k, v in subs.items()},
        questions=questions,
        wishes=cat_wishes,
        rules=rules,
    )


def _section(
    data: Mapping[str, Any], key: str, required: tuple[str, ...], noun: str
) -> Mapping[str, Any]:
    """A top-level mapping that must hold every required id."""
    section = _require(data, key, "referral map")
    if not isinstance(section, Mapping):
        raise ReferralMapError(f"{key}: must be a mapping")
    missing = [r for r in required if r not in section]
    if missing:
        raise ReferralMapError(f"{key}: missing {noun} {', '.join(missing)}")
    return section


def parse_referral_map(data: Any) -> ReferralMap:
    """Validate raw YAML data into a ReferralMap, naming the faulty entry on error."""
    if not isinstance(data, Mapping):
        raise ReferralMapError("referral map: top level must be a mapping")
    raw_helplines = _section(data, "hulplijnen", HELPLINE_IDS, "help line(s)")
    helplines = {str(hid): _helpline(str(hid), raw) for hid, raw in raw_helplines.items()}
    wishes_raw = _section(data, "wensen", (), "wens")
    wishes = {str(k): _text(v, f"wensen.{k}") for k, v in wishes_raw.items()}
    raw_categories = _section(data, "categorieen", CATEGORIES, "categorie(s)")
    categories = {
        str(cid): _category(str(cid), raw, helplines, wishes) for cid, raw in raw_categories.items()
    }
    return ReferralMap(
        organisation=str(data.get("organisatie") or ""),
        wishes=wishes,
        helplines=helplines,
        categories=categories,
    )


def load_referral_map(path: str | Path = DEFAULT_PATH) -> ReferralMap:
    """Read and validate a referral-map file."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReferralMapError(f"{path}: cannot read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise ReferralMapError(f"{path}: not valid YAML ({exc})") from exc
    try:
        return parse_referral_map(data)
    except ReferralMapError as exc:
        raise ReferralMapError(f"{path}: {exc}") from exc


@functools.lru_cache(maxsize=4)
def cached_referral_map(path: str) -> ReferralMap:
    """Load a referral map once per process."""
    return load_referral_map(path)
