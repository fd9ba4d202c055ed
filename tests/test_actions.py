"""Every custom action, run with a real Tracker and CollectingDispatcher."""

from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import create_engine, text

from actions.action_answer_privacy import ActionAnswerPrivacy
from actions.action_clarify import ActionClarify
from actions.action_explain_helpline import ActionExplainHelpline
from actions.action_other_language import ActionOtherLanguage
from actions.action_route_concern import ActionRouteConcern
from bot.dialogue import contact_line, helpline_values, main_lines
from bot.referral_map import ReferralMap
from bot.stats import StatsStore, current_period
from tests.conftest import make_tracker, parse

WISH_BUTTONS_OO = [
    {"title": "Eerst in vertrouwen praten", "payload": '/kies_wens{"wens":"praten"}'},
    {"title": "Advies over wat ik kan doen", "payload": '/kies_wens{"wens":"advies"}'},
    {"title": "Het samen oplossen", "payload": '/kies_wens{"wens":"oplossen"}'},
    {"title": "Het melden", "payload": '/kies_wens{"wens":"melden"}'},
    {"title": "Weet ik nog niet", "payload": "/weet_niet"},
]
MANAGER_BUTTONS = [
    {"title": "Ja", "payload": "/affirm"},
    {"title": "Nee", "payload": "/deny"},
    {"title": "Weet ik niet", "payload": "/weet_niet"},
]


def message(
    response: str, buttons: list[dict[str, str]] | None = None, **values: Any
) -> dict[str, Any]:
    """The exact dict CollectingDispatcher stores for a response."""
    return {
        "text": None,
        "buttons": buttons or [],
        "elements": [],
        "custom": {},
        "template": response,
        "response": response,
        "image": None,
        "attachment": None,
        **values,
    }


def alternatives(refmap: ReferralMap, ids: list[str]) -> str:
    return "\n".join(
        f"- {refmap.helplines[h].naam}: {refmap.helplines[h].wat} ({contact_line(refmap.helplines[h])})"
        for h in ids
    )


async def run(action: Any, latest: dict[str, Any], slots: dict[str, Any] | None = None):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker(latest, slots), {})
    return dispatcher.messages, events


async def test_bullying_first_turn_acknowledges_and_asks_the_wish() -> None:
    messages, events = await run(
        ActionRouteConcern(), parse("ongewenste_omgangsvormen", sub="pesten")
    )
    assert messages == [
        message("utter_ongewenste_omgangsvormen/pesten"),
        message("utter_vraag_wens", buttons=WISH_BUTTONS_OO),
    ]
    assert events == [
        SlotSet("categorie", "ongewenste_omgangsvormen"),
        SlotSet("subcategorie", "pesten"),
        SlotSet("open_vraag", "wens"),
        SlotSet("gevraagd", ["wens"]),
    ]


async def test_wish_answer_leads_to_the_manager_question() -> None:
    slots = {
        "categorie": "ongewenste_omgangsvormen",
        "subcategorie": "pesten",
        "open_vraag": "wens",
        "gevraagd": ["wens"],
    }
    latest = parse("kies_wens", entities=[{"entity": "wens", "value": "melden"}])
    messages, events = await run(ActionRouteConcern(), latest, slots)
    assert messages == [message("utter_vraag_leidinggevende", buttons=MANAGER_BUTTONS)]
    assert events == [
        SlotSet("wens", "melden"),
        SlotSet("open_vraag", "leidinggevende_betrokken"),
        SlotSet("gevraagd", ["wens", "leidinggevende_betrokken"]),
    ]


async def test_manager_involved_gives_a_referral_without_the_manager(refmap: ReferralMap) -> None:
    slots = {
        "categorie": "ongewenste_omgangsvormen",
        "subcategorie": "pesten",
        "wens": "melden",
        "open_vraag": "leidinggevende_betrokken",
        "gevraagd": ["wens", "leidinggevende_betrokken"],
    }
    messages, events = await run(ActionRouteConcern(), parse("affirm"), slots)
    vp = refmap.helplines["vertrouwenspersoon"]
    assert messages == [
        message("utter_advies", **helpline_values(vp)),
        message(
            "utter_alternatieven",
            lijst=alternatives(refmap, ["klachtencommissie", "externe_vertrouwenspersoon"]),
        ),
        message("utter_vervolg"),
    ]
    assert events == [
        SlotSet("leidinggevende_betrokken", True),
        SlotSet("open_vraag", None),
        SlotSet("verwijzing", "vertrouwenspersoon"),
        SlotSet("geteld", True),
    ]


async def test_a_wish_in_the_first_message_is_not_asked_again(refmap: ReferralMap) -> None:
    latest = parse(
        "integriteitsschending",
        entities=[{"entity": "wens", "value": "officieel melden"}],
        sub="misbruik_informatie",
    )
    messages, events = await run(ActionRouteConcern(), latest)
    assert messages[0] == message("utter_integriteitsschending/misbruik_informatie")
    assert messages[1] == message(
        "utter_advies", **helpline_values(refmap.helplines["bureau_integriteit"])
    )
    assert SlotSet("wens", "melden") in events
    assert SlotSet("verwijzing", "bureau_integriteit") in events
    assert not any(m["response"].startswith("utter_vraag") for m in messages)


async def test_a_denied_wish_in_the_first_message_is_still_asked() -> None:
    text = "Ik word gepest, maar ik durf het niet te melden."
    start = text.index("melden")
    latest = {
        **parse(
            "ongewenste_omgangsvormen",
            entities=[{"entity": "wens", "value": "melden", "start": start, "end": start + 6}],
            sub="pesten",
        ),
        "text": text,
    }
    messages, events = await run(ActionRouteConcern(), latest)
    assert messages == [
        message("utter_ongewenste_omgangsvormen/pesten"),
        message("utter_vraag_wens", buttons=WISH_BUTTONS_OO),
    ]
    assert SlotSet("open_vraag", "wens") in events
    assert not any(e.get("name") == "wens" for e in events)


# The slots a first referral of suicidal thoughts sets, and the count.
SUICIDE_REFERRED = [
    SlotSet("categorie", "crisis"),
    SlotSet("subcategorie", "zelfdoding"),
    SlotSet("crisis_gemeld", True),
    SlotSet("verwijzing", "zelfmoordpreventie_113"),
    SlotSet("geteld", True),
]


async def test_crisis_is_referred_to_113_at_once_and_names_the_other_concern(
    refmap: ReferralMap,
) -> None:
    latest = parse(
        "crisis",
        1.0,
        ranking=[("ongewenste_omgangsvormen", 0.6)],
        entities=[{"entity": "crisis_soort", "value": "zelfdoding"}],
    )
    messages, events = await run(ActionRouteConcern(), latest)
    vp = refmap.helplines["vertrouwenspersoon"]
    assert messages == [
        message("utter_erkenning_crisis"),
        message("utter_advies", **helpline_values(refmap.helplines["zelfmoordpreventie_113"])),
        message(
            "utter_alternatieven",
            lijst=alternatives(refmap, ["alarmnummer_112", "luisterend_oor"]),
        ),
        message(
            "utter_ook_genoemd",
            categorie="ongewenste omgangsvormen",
            naam=vp.naam,
            contact=contact_line(vp),
        ),
        message("utter_vervolg"),
    ]
    assert events == SUICIDE_REFERRED


async def test_an_english_crisis_is_followed_by_the_main_lines_in_english(
    refmap: ReferralMap,
) -> None:
    latest = parse(
        "crisis",
        1.0,
        entities=[
            {"entity": "crisis_soort", "value": "zelfdoding"},
            {"entity": "taal", "value": "en"},
        ],
    )
    messages, events = await run(ActionRouteConcern(), latest, {"taal": "en"})
    assert messages == [message("utter_engels_na_crisis", lijst=main_lines(refmap))]
    assert events == [*SUICIDE_REFERRED, SlotSet("taal", None)]


async def test_acute_danger_puts_112_first(refmap: ReferralMap) -> None:
    latest = parse("crisis", 1.0, entities=[{"entity": "crisis_soort", "value": "acuut_gevaar"}])
    messages, _ = await run(ActionRouteConcern(), latest)
    assert messages[1] == message(
        "utter_advies", **helpline_values(refmap.helplines["alarmnummer_112"])
    )


async def test_after_a_crisis_later_referrals_remind_of_113() -> None:
    slots = {"crisis_gemeld": True, "categorie": "crisis", "verwijzing": "zelfmoordpreventie_113"}
    messages, _ = await run(ActionRouteConcern(), parse("persoonlijke_zorgen"), slots)
    assert message("utter_crisis_herinnering") in messages


async def test_a_likely_but_unflagged_crisis_names_113_and_112_in_the_first_reply(
    refmap: ReferralMap,
) -> None:
    latest = {**parse("buiten_scope", sub="it"), "crisis_caution": True}
    messages, _ = await run(ActionRouteConcern(), latest)
    assert messages == [
        message("utter_buiten_scope/it"),
        message("utter_veiligheid"),
        message("utter_advies", **helpline_values(refmap.helplines["servicedesk"])),
        message("utter_vervolg"),
    ]
    # Later turns of the same concern do not repeat it.
    slots = {"categorie": "buiten_scope", "subcategorie": "it", "verwijzing": "servicedesk"}
    messages, _ = await run(ActionRouteConcern(), {**latest, "intent": {"name": "affirm"}}, slots)
    assert message("utter_veiligheid") not in messages


async def test_clarify_names_113_and_112_when_a_crisis_is_likely() -> None:
    latest = {
        **parse("nlu_fallback", 0.3, ranking=[("persoonlijke_zorgen", 0.3)]),
        "crisis_caution": True,
    }
    messages, _ = await run(ActionClarify(), latest)
    assert [m["response"] for m in messages] == ["utter_veiligheid", "utter_verduidelijk"]


async def test_out_of_scope_it_points_to_the_servicedesk(refmap: ReferralMap) -> None:
    messages, events = await run(ActionRouteConcern(), parse("buiten_scope", sub="it"))
    assert messages == [
        message("utter_buiten_scope/it"),
        message("utter_advies", **helpline_values(refmap.helplines["servicedesk"])),
        message("utter_vervolg"),
    ]
    assert SlotSet("verwijzing", "servicedesk") in events


async def test_chit_chat_gets_a_friendly_pointer_and_no_referral() -> None:
    messages, events = await run(ActionRouteConcern(), parse("buiten_scope", sub="overig"))
    assert messages == [message("utter_buiten_scope_overig")]
    assert events == [SlotSet("categorie", "buiten_scope")]


async def test_yes_after_a_referral_offers_the_recommended_helplines() -> None:
    slots = {"categorie": "arbeidsconflict", "verwijzing": "luisterend_oor", "geteld": True}
    messages, events = await run(ActionRouteConcern(), parse("affirm"), slots)
    assert messages == [
        message(
            "utter_welke_hulplijn",
            buttons=[
                {
                    "title": "Luisterend Oor",
                    "payload": '/vraag_hulplijn{"hulplijn":"luisterend_oor"}',
                },
                {
                    "title": "Mediation en gespreksbegeleiding",
                    "payload": '/vraag_hulplijn{"hulplijn":"mediation"}',
                },
                {
                    "title": "Interne vertrouwenspersoon",
                    "payload": '/vraag_hulplijn{"hulplijn":"vertrouwenspersoon"}',
                },
            ],
        )
    ]
    assert events == []


async def test_no_after_a_referral_closes_kindly() -> None:
    slots = {"categorie": "arbeidsconflict", "verwijzing": "luisterend_oor"}
    messages, _ = await run(ActionRouteConcern(), parse("deny"), slots)
    assert messages == [message("utter_afsluiten")]


async def test_a_yes_without_an_open_question_does_not_route() -> None:
    messages, events = await run(ActionRouteConcern(), parse("affirm"))
    assert messages == [message("utter_hulp")]
    assert events == []


def stored(db_url: str) -> list[tuple]:
    StatsStore(db_url).migrate()
    with create_engine(db_url).connect() as conn:
        rows = conn.execute(text("SELECT period, category, subcategory, helpline FROM referrals"))
        return [tuple(r) for r in rows]


async def test_the_first_referral_is_counted_once(db_url: str) -> None:
    slots = {"categorie": "persoonlijke_zorgen"}
    _, events = await run(ActionRouteConcern(), parse("persoonlijke_zorgen"), slots)
    assert events[-2:] == [SlotSet("verwijzing", "luisterend_oor"), SlotSet("geteld", True)]
    counted = {**slots, "verwijzing": "luisterend_oor", "geteld": True}
    _, events = await run(ActionRouteConcern(), parse("persoonlijke_zorgen"), counted)
    assert SlotSet("geteld", True) not in events
    assert stored(db_url) == [(current_period(), "persoonlijke_zorgen", None, "luisterend_oor")]


async def test_nothing_is_counted_before_a_referral(db_url: str) -> None:
    _, events = await run(ActionRouteConcern(), parse("ongewenste_omgangsvormen", sub="pesten"))
    assert SlotSet("geteld", True) not in events
    assert stored(db_url) == []


async def test_explain_named_helpline(refmap: ReferralMap) -> None:
    latest = parse(
        "vraag_hulplijn", entities=[{"entity": "hulplijn", "value": "bureau_integriteit"}]
    )
    messages, events = await run(ActionExplainHelpline(), latest)
    assert messages == [
        message("utter_hulplijn_uitleg", **helpline_values(refmap.helplines["bureau_integriteit"]))
    ]
    assert events == []


async def test_explain_without_a_name_offers_a_menu() -> None:
    messages, _ = await run(ActionExplainHelpline(), parse("vraag_hulplijn"))
    assert messages[0]["response"] == "utter_welke_hulplijn"
    assert messages[0]["buttons"][0] == {
        "title": "Interne vertrouwenspersoon",
        "payload": '/vraag_hulplijn{"hulplijn":"vertrouwenspersoon"}',
    }


async def test_anonymity_answer_follows_the_current_route(refmap: ReferralMap) -> None:
    slots = {"categorie": "misstand", "verwijzing": "vertrouwenspersoon"}
    messages, _ = await run(ActionAnswerPrivacy(), parse("vraag_anoniem"), slots)
    lijst = "\n".join(
        f"- {refmap.helplines[h].naam}: {refmap.helplines[h].anoniem}"
        for h in ["vertrouwenspersoon", "bureau_integriteit", "huis_voor_klokkenluiders"]
    )
    assert messages == [message("utter_anoniem", lijst=lijst)]


async def test_confidentiality_answer() -> None:
    messages, _ = await run(ActionAnswerPrivacy(), parse("vraag_vertrouwelijk"))
    assert messages == [message("utter_vertrouwelijk")]


async def test_clarify_offers_the_likely_categories() -> None:
    latest = parse(
        "nlu_fallback",
        0.3,
        ranking=[("arbeidsconflict", 0.3), ("crisis", 0.2), ("ongewenste_omgangsvormen", 0.25)],
    )
    messages, events = await run(ActionClarify(), latest)
    assert messages == [
        message(
            "utter_verduidelijk",
            buttons=[
                {"title": "Arbeidsconflict", "payload": "/arbeidsconflict"},
                {"title": "Ongewenste omgangsvormen", "payload": "/ongewenste_omgangsvormen"},
                {"title": "Iets anders", "payload": "/hulp"},
            ],
        )
    ]
    assert events == []


async def test_clarify_during_a_question_goes_on_without_the_answer() -> None:
    slots = {"categorie": "misstand", "open_vraag": "wens", "gevraagd": ["wens"]}
    messages, events = await run(ActionClarify(), parse("nlu_fallback", 0.2), slots)
    assert messages[0]["response"] == "utter_advies"
    assert SlotSet("verwijzing", "vertrouwenspersoon") in events


async def test_english_answer_lists_main_helplines(refmap: ReferralMap) -> None:
    messages, _ = await run(ActionOtherLanguage(), parse("engels"))
    assert messages[0]["response"] == "utter_engels"
    assert refmap.helplines["vertrouwenspersoon"].contact["telefoon"] in messages[0]["lijst"]


async def test_other_language_gets_the_bilingual_pointer() -> None:
    messages, _ = await run(ActionOtherLanguage(), parse("andere_taal"))
    assert messages[0]["response"] == "utter_andere_taal"
