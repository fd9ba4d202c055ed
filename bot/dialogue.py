"""Conversation logic behind the actions: what to ask, what to recommend. Pure and testable."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bot.language import ENGLISH
from bot.referral_map import CRISIS, CRISIS_CAUTION, LANGUAGE_ENTITY, HelpLine, ReferralMap
from bot.triage import CONCERN_INTENTS, secondary_concerns, subcategory_from_parse

WISH_QUESTION = "wens"
MANAGER_QUESTION = "leidinggevende_betrokken"
ANSWER_INTENTS = frozenset({"kies_wens", "affirm", "deny", "weet_niet"})

_WISH_WORDS = (
    ("melden", re.compile(r"meld|aangifte|aangeven|klacht indienen|officieel|rapporteren")),
    ("oplossen", re.compile(r"oploss|samen|bemidd|mediat|uitpraten|gesprek met|rechtzetten")),
    ("advies", re.compile(r"advies|raad|wat (ik )?(kan|moet)|tips?\b|mogelijkheden|opties")),
    ("praten", re.compile(r"prat|vertrouw|luister|kwijt|bespreken|verhaal")),
)


def normalise_wish(value: Any, allowed: tuple[str, ...] | None = None) -> str | None:
    """Map an extracted wish (id or free words) onto one of the wish ids."""
    if not isinstance(value, str):
        return None
    lowered = value.strip().lower()
    wish = lowered if lowered in dict(_WISH_WORDS) else None
    if wish is None:
        wish = next((w for w, pattern in _WISH_WORDS if pattern.search(lowered)), None)
    if wish is not None and allowed and wish not in allowed:
        return None
    return wish


@dataclass(frozen=True)
class State:
    """What the conversation knows, mirrored in Rasa slots."""

    categorie: str | None = None
    subcategorie: str | None = None
    wens: str | None = None
    leidinggevende_betrokken: bool | None = None
    open_vraag: str | None = None
    gevraagd: tuple[str, ...] = ()
    crisis_gemeld: bool = False
    verwijzing: str | None = None

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> State:
        """Read the state from tracker slots."""
        return cls(
            categorie=slots.get("categorie"),
            subcategorie=slots.get("subcategorie"),
            wens=slots.get("wens"),
            leidinggevende_betrokken=slots.get("leidinggevende_betrokken"),
            open_vraag=slots.get("open_vraag"),
            gevraagd=tuple(slots.get("gevraagd") or ()),
            crisis_gemeld=bool(slots.get("crisis_gemeld")),
            verwijzing=slots.get("verwijzing"),
        )

    def route(self, refmap: ReferralMap) -> list[str]:
        """Help lines for what is known so far (none before a category)."""
        if not self.categorie:
            return []
        return refmap.route(
            self.categorie, self.subcategorie, self.wens, self.leidinggevende_betrokken
        )

    def slots(self) -> dict[str, Any]:
        """The state as slot values."""
        return {
            "categorie": self.categorie,
            "subcategorie": self.subcategorie,
            "wens": self.wens,
            "leidinggevende_betrokken": self.leidinggevende_betrokken,
            "open_vraag": self.open_vraag,
            "gevraagd": list(self.gevraagd),
            "crisis_gemeld": self.crisis_gemeld,
            "verwijzing": self.verwijzing,
        }


@dataclass
class Reply:
    """Messages to send (response name, template values, buttons) and the new state."""

    state: State
    messages: list[dict[str, Any]] = field(default_factory=list)

    def say(self, response: str, **values: Any) -> None:
        """Queue a response; a `buttons` value is sent as buttons."""
        message: dict[str, Any] = {"response": response, **values}
        if not message.get("buttons"):
            message.pop("buttons", None)
        self.messages.append(message)


CONTACT_LABELS = {"email": "e-mail", "telefoon": "bel", "bereikbaar": "bereikbaar"}


def contact_line(helpline: HelpLine) -> str:
    """All ways to reach a help line on one line."""
    return "; ".join(
        f"{CONTACT_LABELS.get(key, key)} {value}" for key, value in helpline.contact.items()
    )


# The help lines named to someone who writes in another language.
MAIN_LINES = (
    "vertrouwenspersoon",
    "externe_vertrouwenspersoon",
    "bureau_integriteit",
    "luisterend_oor",
)


def main_lines(refmap: ReferralMap) -> str:
    """The main help lines with their contact details, one per line."""
    return "\n".join(
        f"- {refmap.helplines[h].naam}: {contact_line(refmap.helplines[h])}" for h in MAIN_LINES
    )


def helpline_buttons(refmap: ReferralMap, ids: list[str] | tuple[str, ...]) -> list[dict[str, str]]:
    """Buttons that ask what each help line does."""
    return [
        {"title": refmap.helplines[h].naam, "payload": f'/vraag_hulplijn{{"hulplijn":"{h}"}}'}
        for h in ids
    ]


def helpline_values(helpline: HelpLine) -> dict[str, str]:
    """Template values describing one help line."""
    return {
        "naam": helpline.naam,
        "wat": helpline.wat,
        "wanneer": helpline.wanneer,
        "vertrouwelijk": helpline.vertrouwelijk,
        "anoniem": helpline.anoniem,
        "contact": contact_line(helpline),
    }


def _entities(parse: Mapping[str, Any], name: str) -> list[Any]:
    return [e.get("value") for e in parse.get("entities") or [] if e.get("entity") == name]


# Categories trained as retrieval intents: each subcategory has its own acknowledgement.
RETRIEVAL_CATEGORIES = frozenset(
    {"ongewenste_omgangsvormen", "integriteitsschending", "buiten_scope"}
)


# A negation earlier in the same clause: "ik durf het (nog) niet te melden".
_NEGATED = re.compile(r"\b(niet|geen|nooit|niks|niets)\b[^.,;:!?]*$", re.IGNORECASE)


def _english_crisis(parse: Mapping[str, Any]) -> bool:
    return (parse.get("intent") or {}).get("name") == CRISIS and ENGLISH in _entities(
        parse, LANGUAGE_ENTITY
    )


def _negated(text: str, start: Any) -> bool:
    return isinstance(start, int) and bool(_NEGATED.search(text[max(0, start - 40) : start]))


def _wish(parse: Mapping[str, Any], refmap: ReferralMap, category: str) -> str | None:
    """The first wish named in the message that the category offers and does not deny."""
    allowed = refmap.categories[category].wishes
    text = str(parse.get("text") or "")
    mentions = (
        normalise_wish(e.get("value"), allowed)
        for e in parse.get("entities") or []
        if e.get("entity") == "wens" and not _negated(text, e.get("start"))
    )
    return next((w for w in mentions if w), None)


def _acknowledgement(category: str, subcategory: str | None) -> str | None:
    if category == "buiten_scope" and not subcategory:
        return None  # the out-of-scope pointer itself is the answer
    if category in RETRIEVAL_CATEGORIES and subcategory:
        return f"utter_{category}/{subcategory}"
    return f"utter_erkenning_{category}"


def _ask(reply: Reply, question: str, refmap: ReferralMap) -> Reply:
    state = reply.state
    assert state.categorie is not None
    if question == WISH_QUESTION:
        wishes = refmap.categories[state.categorie].wishes
        buttons = [
            {"title": refmap.wishes[w], "payload": f'/kies_wens{{"wens":"{w}"}}'} for w in wishes
        ]
        buttons.append({"title": "Weet ik nog niet", "payload": "/weet_niet"})
        reply.say("utter_vraag_wens", buttons=buttons)
    else:
        reply.say(
            "utter_vraag_leidinggevende",
            buttons=[
                {"title": "Ja", "payload": "/affirm"},
                {"title": "Nee", "payload": "/deny"},
                {"title": "Weet ik niet", "payload": "/weet_niet"},
            ],
        )
    reply.state = replace(state, open_vraag=question, gevraagd=(*state.gevraagd, question))
    return reply


def _refer(reply: Reply, parse: Mapping[str, Any], refmap: ReferralMap, first_turn: bool) -> Reply:
    state = reply.state
    assert state.categorie is not None
    route = state.route(refmap)
    if not route:
        reply.say("utter_buiten_scope_overig")
        reply.state = replace(state, open_vraag=None)
        return reply
    if first_turn and _english_crisis(parse):
        # The crisis answer came in English; a Dutch referral after it would not be read.
        reply.say("utter_engels_na_crisis", lijst=main_lines(refmap))
        reply.state = replace(state, open_vraag=None, verwijzing=route[0])
        return reply
    first, *others = (refmap.helplines[h] for h in route)
    reply.say("utter_advies", **helpline_values(first))
    if others:
        lijst = "\n".join(f"- {h.naam}: {h.wat} ({contact_line(h)})" for h in others)
        reply.say("utter_alternatieven", lijst=lijst)
    if first_turn:
        for other, _confidence in secondary_concerns(parse, state.categorie):
            other_route = refmap.route(other, subcategory_from_parse(parse, other))
            if other_route:
                helpline = refmap.helplines[other_route[0]]
                reply.say(
                    "utter_ook_genoemd",
                    categorie=refmap.categories[other].naam.lower(),
                    naam=helpline.naam,
                    contact=contact_line(helpline),
                )
    if state.crisis_gemeld and state.categorie != CRISIS:
        reply.say("utter_crisis_herinnering")
    reply.say("utter_vervolg")
    reply.state = replace(state, open_vraag=None, verwijzing=route[0])
    return reply


def next_step(state: State, parse: Mapping[str, Any], refmap: ReferralMap) -> Reply:
    """Decide the bot's reply to the latest user message."""
    intent = str((parse.get("intent") or {}).get("name") or "")
    reply = Reply(state=state)
    first_turn = False
    if intent in CONCERN_INTENTS:
        first_turn = True
        subcategory = subcategory_from_parse(parse, intent)
        fresh = state.categorie != intent
        state = replace(
            state,
            categorie=intent,
            subcategorie=subcategory or (None if fresh else state.subcategorie),
            wens=None if fresh else state.wens,
            leidinggevende_betrokken=None if fresh else state.leidinggevende_betrokken,
            gevraagd=() if fresh else state.gevraagd,
            open_vraag=None,
            crisis_gemeld=state.crisis_gemeld or intent == CRISIS,
        )
        wish = _wish(parse, refmap, intent)
        if wish:
            state = replace(state, wens=wish)
        if _entities(parse, "rol"):
            # Naming the own manager in the story means he or she is part of it.
            state = replace(state, leidinggevende_betrokken=True)
        reply.state = state
        acknowledgement = _acknowledgement(intent, subcategory)
        if acknowledgement and (fresh or subcategory) and not _english_crisis(parse):
            reply.say(acknowledgement)
        if parse.get(CRISIS_CAUTION) and intent != CRISIS:
            reply.say("utter_veiligheid")
    elif intent in ANSWER_INTENTS and state.categorie and state.open_vraag:
        question = state.open_vraag
        if question == WISH_QUESTION:
            state = replace(state, wens=_wish(parse, refmap, state.categorie))
        elif question == MANAGER_QUESTION and intent in ("affirm", "deny"):
            state = replace(state, leidinggevende_betrokken=intent == "affirm")
        reply.state = replace(state, open_vraag=None)
    elif intent == "kies_wens" and state.categorie:
        # A wish given after the referral: recommend again for that wish.
        reply.state = replace(state, wens=_wish(parse, refmap, state.categorie) or state.wens)
    elif intent == "affirm" and state.verwijzing and state.categorie:
        # "Ja" to "wil je weten wat een hulplijn doet?": offer the recommended ones.
        reply.say("utter_welke_hulplijn", buttons=helpline_buttons(refmap, state.route(refmap)))
        return reply
    elif intent in ("deny", "weet_niet") and state.verwijzing:
        reply.say("utter_afsluiten")
        return reply
    else:
        reply.say("utter_vervolg" if state.categorie else "utter_hulp")
        return reply

    category = refmap.categories[reply.state.categorie or "buiten_scope"]
    known = {
        WISH_QUESTION: reply.state.wens,
        MANAGER_QUESTION: reply.state.leidinggevende_betrokken,
    }
    for question in category.questions:
        if known[question] is None and question not in reply.state.gevraagd:
            return _ask(reply, question, refmap)
    return _refer(reply, parse, refmap, first_turn)
