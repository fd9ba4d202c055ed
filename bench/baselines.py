"""Two baselines trained on the same data/nlu: TF-IDF + logistic regression, and keywords."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.referral_map import CATEGORIES, ReferralMap
from bot.tfidf import fit_pipeline, make_tfidf_pipeline

ROOT = Path(__file__).resolve().parent.parent

# A plain keyword lexicon, as one would write it without a classifier.
KEYWORDS: dict[str, list[str]] = {
    "crisis": ["zelfmoord", "dood", "niet meer leven", "einde aan", "mes", "suicid"],
    "ongewenste_omgangsvormen": [
        "pest",
        "gepest",
        "intimid",
        "kleineer",
        "schreeuw",
        "seksu",
        "aanrak",
        "discrimin",
        "racis",
        "uitgescholden",
        "bedreig",
        "geslagen",
        "vernedert",
        "buitengesloten",
    ],
    "arbeidsconflict": ["conflict", "ruzie", "onenigheid", "mediation", "samenwerking", "botsing"],
    "integriteitsschending": [
        "fraude",
        "steelt",
        "diefstal",
        "gestolen",
        "dossier",
        "gegevens",
        "lekt",
        "declar",
        "omkoop",
        "smeergeld",
        "privé",
        "leaseauto",
        "belangenverstrengeling",
    ],
    "misstand": [
        "misstand",
        "klokkenluider",
        "stelselmatig",
        "structureel",
        "doofpot",
        "milieu",
        "volksgezondheid",
    ],
    "integriteitsvraag": ["mag ik", "nevenfunctie", "nevenwerk", "cadeau", "geschenk", "aannemen"],
    "persoonlijke_zorgen": [
        "stress",
        "schulden",
        "geldzorgen",
        "burn",
        "slaap",
        "scheiding",
        "verdriet",
        "overspannen",
    ],
    "buiten_scope": [
        "laptop",
        "wachtwoord",
        "salaris",
        "verlof",
        "klacht",
        "uitkering",
        "printer",
        "weer",
    ],
}


def training_examples(categories_only: bool = True) -> tuple[list[str], list[str]]:
    """Texts and base intents of data/nlu; other intents count as out of scope by default."""
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(ROOT / "data" / "nlu"))
    texts, labels = [], []
    for example in data.intent_examples:
        intent = str(example.get("intent")).split("/")[0]
        texts.append(str(example.get("text")))
        labels.append("buiten_scope" if categories_only and intent not in CATEGORIES else intent)
    return texts, labels


class TfidfBaseline:
    """Word + character TF-IDF features and logistic regression."""

    name = "TF-IDF + logistic regression"

    def __init__(self) -> None:
        # The same model as the shipped classifier, without Rasa: no crisis net, no fallback,
        # trained on the concern categories only.
        self.model = make_tfidf_pipeline()

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        """Train on the NLU examples."""
        fit_pipeline(self.model, texts, labels)

    def predict(self, text: str) -> tuple[str, float]:
        """Category and probability."""
        probabilities = self.model.predict_proba([text])[0]
        best = int(probabilities.argmax())
        return str(self.model.classes_[best]), float(probabilities[best])


class KeywordBaseline:
    """First category whose keyword occurs, in the order of KEYWORDS."""

    name = "keyword rules"

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        """Nothing to learn."""

    def predict(self, text: str) -> tuple[str, float]:
        """Category of the first matching keyword; out of scope when none matches."""
        lowered = text.lower()
        for category, words in KEYWORDS.items():
            if any(re.search(re.escape(w), lowered) for w in words):
                return category, 1.0
        return "buiten_scope", 0.0


def as_result(category: str, confidence: float, refmap: ReferralMap) -> dict[str, Any]:
    """A triage-shaped result for a baseline prediction (no subcategory)."""
    return {
        "category": category,
        "subcategory": None,
        "confidence": confidence,
        "crisis": category == "crisis",
        "helplines": refmap.route(category),
        "uncertain": False,
        "also": [],
    }
