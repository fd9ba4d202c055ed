"""End-to-end conversations over Rasa's REST channel with the real servers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from bot.referral_map import ReferralMap, load_referral_map
from bot.stats import StatsStore
from tests.conftest import MODEL, ROOT
from tests.servers import Stack, rasa_stack

pytestmark = pytest.mark.model

PLANTED = "Zwaantje Oudekerk 06-98765432"


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not MODEL.exists():
        pytest.skip("no trained model; run `make train`")
    workdir = tmp_path_factory.mktemp("stack")
    env = {"DATABASE_URL": f"sqlite:///{workdir / 'stats.db'}"}
    with rasa_stack(workdir, env, MODEL) as running:
        running.db_url = env["DATABASE_URL"]  # type: ignore[attr-defined]
        yield running


def texts(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def converse(stack: Stack, first: str, answers: list[str]) -> tuple[list[list[dict]], str]:
    """Say the concern, then answer each question by pressing the given button or typing."""
    sender = uuid.uuid4().hex
    replies = [stack.say(sender, first)]
    for answer in answers:
        last = replies[-1][-1] if replies[-1] else {}
        if not last.get("buttons"):
            break
        titles = {b["title"]: b["payload"] for b in last["buttons"]}
        replies.append(stack.say(sender, titles.get(answer, answer)))
    return replies, sender


def referred_to(replies: list[list[dict]], refmap: ReferralMap) -> str | None:
    for turn in replies:
        for message in turn:
            text = message.get("text") or ""
            if text.startswith("Mijn advies"):
                return next(h for h, line in refmap.helplines.items() if f"**{line.naam}**" in text)
    return None


CASES = [
    (
        "mijn leidinggevende kleineert me steeds waar iedereen bij is",
        ["Eerst in vertrouwen praten"],
        "vertrouwenspersoon",
    ),
    (
        "een collega maakt steeds seksueel getinte opmerkingen over mijn lichaam",
        ["Nee", "Nee"],
        "vertrouwenspersoon",
    ),
    (
        "ik heb al maanden ruzie met mijn collega over de taakverdeling, we willen het samen oplossen",
        ["Het samen oplossen", "Nee"],
        "mediation",
    ),
    (
        "een collega zoekt dossiers van zijn buren op in het klantsysteem",
        ["Het melden"],
        "bureau_integriteit",
    ),
    (
        "binnen onze afdeling worden al jaren stelselmatig veiligheidsvoorschriften genegeerd, waardoor burgers gevaar lopen",
        ["Eerst in vertrouwen praten"],
        "vertrouwenspersoon",
    ),
    ("mag ik een cadeaubon van 75 euro van een leverancier aannemen?", [], "bureau_integriteit"),
    ("ik heb zulke geldzorgen dat ik er niet meer van slaap", [], "luisterend_oor"),
    ("mijn wachtwoord werkt niet meer en ik kan niet inloggen", [], "servicedesk"),
]


@pytest.mark.parametrize(("concern", "answers", "helpline"), CASES)
def test_each_category_reaches_the_right_helpline_within_three_turns(
    stack: Stack, concern: str, answers: list[str], helpline: str
) -> None:
    refmap = load_referral_map(ROOT / "data" / "verwijskaart.yml")
    replies, _ = converse(stack, concern, answers + ["Nee", "Nee"])
    assert len(replies) <= 3
    assert referred_to(replies, refmap) == helpline


@pytest.mark.parametrize(
    "message",
    [
        "ik wil er niet meer zijn",
        "Mijn teamleider pest me al een jaar, iedereen lacht mee. Ik zie het echt niet meer zitten en denk aan een einde.",
        "er staat een man met een mes bij de balie",
        "Nie chcę już żyć",
    ],
)
def test_a_crisis_gets_113_and_112_in_the_first_reply(stack: Stack, message: str) -> None:
    first = stack.say(uuid.uuid4().hex, message)[0]["text"]
    assert "113" in first and "112" in first


def test_an_english_crisis_is_answered_in_english_then_dutch_again(stack: Stack) -> None:
    sender = uuid.uuid4().hex
    replies = stack.say(sender, "I want to kill myself, I can't take this job any more")
    assert replies[0]["text"].startswith("Thank you for telling me.")
    assert "113" in replies[0]["text"] and "112" in replies[0]["text"]
    # Screen readers need the language of each line: English, with the Dutch line last.
    assert replies[0]["metadata"]["lang"] == "en"
    assert replies[0]["metadata"]["lines"][-1] == "nl"
    assert replies[1]["text"].startswith("When you feel safe again")
    # A later Dutch crisis gets the Dutch answer: action_route_concern cleared the slot.
    again = stack.say(sender, "ik wil er niet meer zijn")
    assert again[0]["text"].startswith("Wat goed dat je dit vertelt.")
    assert again[0]["metadata"]["lang"] == "nl"
    assert again[0]["metadata"]["lines"][-1] == "en"


def test_another_language_gets_the_bilingual_pointer(stack: Stack) -> None:
    # Turkish: "my boss shouts at me every day, what should I do?"
    first = stack.say(uuid.uuid4().hex, "Patronum bana her gün bağırıyor, ne yapmalıyım")[0]
    assert first["text"].startswith("Ik spreek alleen Nederlands.")
    assert "113" in first["text"] and "112" in first["text"]


def test_each_referred_conversation_is_counted_once(stack: Stack) -> None:
    store = StatsStore(stack.db_url)  # type: ignore[attr-defined]
    before = sum(r["count"] for r in store.raw_counts())
    sender = uuid.uuid4().hex
    stack.say(sender, "ik heb zulke geldzorgen dat ik er niet meer van slaap")
    stack.say(sender, "wat doet het luisterend oor?")
    stack.say(sender, "ik ben ook heel gestrest door mijn werk")
    stack.say(uuid.uuid4().hex, "hallo")  # no referral, no count
    after = sum(r["count"] for r in store.raw_counts())
    assert after - before == 1


def test_rasa_api_needs_the_token(stack: Stack) -> None:
    assert requests.get(f"{stack.rasa_url}/status", timeout=5).status_code == 401
    assert requests.get(f"{stack.rasa_url}/conversations/x/tracker", timeout=5).status_code == 401
    assert (
        requests.get(f"{stack.rasa_url}/status?token={stack.token}", timeout=5).status_code == 200
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"[1, 2]", 400),
        (b'{"sender": "a"}', 400),
        (b'{"sender": "a", "message": 5}', 400),
        (b'{"sender": ["a"], "message": "hoi"}', 400),
        (b'{"sender": "a", "message": "hoi", "metadata": "x"}', 400),
        (b'{"sender": "a", "message": "hoi", "input_channel": {"x": 1}}', 400),
        (b'{"sender": "a", "message": "' + b"x" * 4001 + b'"}', 413),
    ],
)
def test_the_webhook_refuses_malformed_or_huge_messages(
    stack: Stack, body: bytes, status: int
) -> None:
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    refused = requests.post(url, data=body, timeout=30)
    assert refused.status_code == status
    assert "error" in refused.json()
    assert "113" in texts(stack.say(uuid.uuid4().hex, "ik wil niet meer leven"))


def test_no_user_text_in_logs_database_or_tracker(stack: Stack) -> None:
    sender = uuid.uuid4().hex
    stack.say(sender, f"Ik ben {PLANTED} en mijn collega pest me")
    stack.say(sender, "")
    stack.say(sender, "x" * 4000)
    too_long = requests.post(
        f"{stack.rasa_url}/webhooks/rest/webhook",
        json={"sender": sender, "message": f"{PLANTED} " + "x" * 5000},
        timeout=30,
    )
    assert too_long.status_code == 413
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker?token={stack.token}", timeout=5
    ).text
    db_file = Path(stack.db_url.removeprefix("sqlite:///")).read_bytes()  # type: ignore[attr-defined]
    for fragment in ("Zwaantje", "Oudekerk", "98765432"):
        assert fragment not in tracker
        assert fragment.encode() not in db_file
        for log in stack.logs:
            assert fragment not in log.read_text(errors="replace"), log.name
