"""Turn an NLU parse into a triage result: category, subcategory, crisis and ordered help lines."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.referral_map import CATEGORIES, CRISIS, CRISIS_CAUTION, CRISIS_ENTITY, ReferralMap

CONCERN_INTENTS = frozenset(CATEGORIES)
SECOND_CONCERN_MIN_CONFIDENCE = 0.15
# After a crisis the other concerns share what is left; the strongest of them is named.
SECOND_AFTER_CRISIS_MIN_SHARE = 0.35
SUBCATEGORY_MIN_CONFIDENCE = 0.3
NO_SUBCATEGORY = "overig"


def subcategory_from_parse(parse: Mapping[str, Any], category: str) -> str | None:
    """The best retrieval sub-intent of the ResponseSelector that belongs to the category."""
    if category == CRISIS:
        for entity in parse.get("entities") or []:
            if entity.get("entity") == CRISIS_ENTITY:
                return str(entity.get("value"))
        return None
    for selector in (parse.get("response_selector") or {}).values():
        if not isinstance(selector, Mapping):
            continue
        for candidate in selector.get("ranking") or []:
            key = str(candidate.get("intent_response_key") or "")
            base, _, sub = key.partition("/")
            if base != category or not sub:
                continue
            if sub == NO_SUBCATEGORY or candidate.get("confidence", 0) < SUBCATEGORY_MIN_CONFIDENCE:
                return None
            return sub
    return None


def secondary_concerns(parse: Mapping[str, Any], primary: str) -> list[tuple[str, float]]:
    """Another concern the message also shows (at most one), with its confidence."""
    ranking = [
        (str(item.get("name")), float(item.get("confidence") or 0.0))
        for item in parse.get("intent_ranking") or []
        if item.get("name") != primary
    ]
    # The crisis answer already covers personal distress; after a crisis, name a concern that
    # needs another help line (bullying, an integrity issue), not the distress itself.
    skip = {"buiten_scope", "persoonlijke_zorgen"} if primary == CRISIS else {"buiten_scope"}
    candidates = [(n, c) for n, c in ranking if n in CONCERN_INTENTS and n not in skip]
    if not candidates:
        return []
    name, confidence = candidates[0]
    if primary == CRISIS:
        rest = sum(c for n, c in ranking if n not in (CRISIS, "persoonlijke_zorgen")) or 1.0
        return [(name, confidence)] if confidence / rest >= SECOND_AFTER_CRISIS_MIN_SHARE else []
    return [(name, confidence)] if confidence >= SECOND_CONCERN_MIN_CONFIDENCE else []


def clarify_options(parse: Mapping[str, Any], limit: int = 3) -> list[str]:
    """The likely concern categories to offer when the classifier is unsure."""
    ranked = [r.get("name") for r in parse.get("intent_ranking") or []]
    return [str(c) for c in ranked if c in CONCERN_INTENTS and c not in (CRISIS, "buiten_scope")][
        :limit
    ]


def result_from_parse(parse: Mapping[str, Any], refmap: ReferralMap) -> dict[str, Any]:
    """The triage JSON for one parsed message (same shape as `python -m bot triage`)."""
    intent = parse.get("intent") or {}
    name = str(intent.get("name") or "")
    confidence = round(float(intent.get("confidence") or 0.0), 4)
    uncertain = name not in CONCERN_INTENTS
    if uncertain:
        # Low confidence or a dialogue intent: report the most likely concern, flagged.
        # A crisis is decided by the safety net alone; it is never a low-confidence guess.
        ranked = [
            r
            for r in parse.get("intent_ranking") or []
            if r.get("name") in CONCERN_INTENTS and r.get("name") != CRISIS
        ]
        name = str(ranked[0]["name"]) if ranked else "buiten_scope"
        confidence = round(float(ranked[0].get("confidence") or 0.0), 4) if ranked else 0.0
    subcategory = subcategory_from_parse(parse, name)
    result: dict[str, Any] = {
        "category": name,
        "subcategory": subcategory,
        "confidence": confidence,
        CRISIS: name == CRISIS,
        # The reply also names 113 and 112, though no crisis was found.
        "caution": name != CRISIS and bool(parse.get(CRISIS_CAUTION)),
        "helplines": refmap.route(name, subcategory),
        "uncertain": uncertain,
        "options": clarify_options(parse) if uncertain else [],
        "also": [],
    }
    for other, other_conf in secondary_concerns(parse, name):
        other_sub = subcategory_from_parse(parse, other)
        result["also"].append(
            {
                "category": other,
                "subcategory": other_sub,
                "confidence": round(other_conf, 4),
                "helplines": refmap.route(other, other_sub),
            }
        )
    return result
