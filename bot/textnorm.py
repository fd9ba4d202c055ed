"""Text normalisation shared by the rule-based detectors."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9|]+")
# A full stop, question or exclamation mark before a capital ends a sentence; chat text
# without capitals stays one run.
_SENTENCE_END = re.compile(r"[.!?]+\s+(?=[A-Z])")
_REPEATS = re.compile(r"(.)\1{2,}")
# Chat spellings mapped to their full form so one pattern covers both.
_CHAT_FORMS = {
    "m n": "mijn",
    "mn": "mijn",
    "z n": "zijn",
    "zn": "zijn",
    "d r": "er",
    "dr": "er",
    "n": "een",
    "nie": "niet",
    "leve": "leven",
    "k": "ik",
    "mischien": "misschien",
    "wrm": "waarom",
    "nt": "niet",
    "lvn": "leven",
    "levn": "leven",
    "will": "wil",
    "ikwil": "ik wil",
    "ikwildood": "ik wil dood",
    "stoppe": "stoppen",
    "gesnede": "gesneden",
    "t": "het",
    "r": "er",
    # Speech recognition splits compounds: "zelf moord", "team leider".
    "zelf moord": "zelfmoord",
    "zelf doding": "zelfdoding",
    "zelf moord gedachten": "zelfmoordgedachten",
    "team leider": "teamleider",
    "leiding gevende": "leidinggevende",
}
# Longest first, so "zelf moord gedachten" is not taken as "zelf moord" and a word left over.
_CHAT_RE = re.compile(
    r"(?<= )("
    + "|".join(re.escape(k) for k in sorted(_CHAT_FORMS, key=len, reverse=True))
    + r")(?= )"
)


def normalise(text: str, sentences: bool = False) -> str:
    """Lower-case, strip accents, squash letter repeats and punctuation to single spaces.

    With sentences, sentence ends become " | " so a pattern cannot run from one into the next.
    """
    text = text.replace("|", " ")
    if sentences:
        text = _SENTENCE_END.sub(" | ", text)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = _REPEATS.sub(r"\1\1", ascii_text)
    spaced = " " + _NON_WORD.sub(" ", ascii_text).strip() + " "
    return _CHAT_RE.sub(lambda m: _CHAT_FORMS[m.group(1)], spaced)


def within_edits(word: str, target: str, max_edits: int) -> bool:
    """True when word is at most max_edits insertions, deletions or substitutions from target."""
    if abs(len(word) - len(target)) > max_edits:
        return False
    previous = list(range(len(target) + 1))
    for i, a in enumerate(word, 1):
        current = [i]
        for j, b in enumerate(target, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > max_edits:
            return False
        previous = current
    return previous[-1] <= max_edits
