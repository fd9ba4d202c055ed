"""A small stop-word language guess: Dutch, English or another language."""

from __future__ import annotations

import re

DUTCH = "nl"
ENGLISH = "en"
OTHER = "other"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS = {
    DUTCH: set(
        "de het een en ik je jij mijn me mij is niet wat dat die van op te in met voor zijn"
        " er maar ook als bij ben heb heeft wordt word hij zij ze wij we hoe waar kan wil"
        " moet naar om aan dan nog wel geen meer al uit over door omdat collega baas chef"
        " leidinggevende werk hallo hoi goedemorgen dank bedankt doei ja nee graag hulp"
        " gepest pesten melden vraag mag iemand wel".split()
    ),
    ENGLISH: set(
        "the a an and i you my me is not what that this of on to in with for are be"
        " there but also if at am have has was he she they we how where can want must"
        " do does don't from about because colleague boss manager work hello hi thanks"
        " thank yes no please help bullied report question may someone who would could"
        " should will been being it".split()
    ),
    OTHER: set(
        # Frequent function words and work words of the languages colleagues write most
        # after Dutch and English: German, French, Spanish, Portuguese, Italian, Polish,
        # Turkish, Romanian, Indonesian, Papiamento. Those Dutch uses too are in _SHARED.
        "der die das und ich nicht ist mit ein eine sie auf für habe hat wir ihr kein"
        " keine auch mein mich meine mir über soll arbeit kollege kollegen hilfe"
        " le la les et je suis pas est une des que qui tu il elle nous vous ils mon ma"
        " avec pour sur ce cette veux peux très aussi collègue travail aide parlez français"
        " el los las y yo soy es por para una mi quiero necesito ayuda trabajo jefe muy más"
        " hablo español eu sou meu minha com não quero trabalho chefe ajuda"
        " sono il non più mio mia voglio lavoro aiuto"
        " nie jest się że jak na tak już chcę mój moja szef praca mnie pomocy"
        " bir ve ben bu da ne çok değil artık istiyorum istemiyorum patron iş gün bana"
        " mai vreau să sunt și în cu șef muncă ajutor"
        " saya ingin tidak mau aku yang ini itu tolong kerja"
        " ta bo nan ke biba trabou yuda".split()
    ),
}
# Words as common in Dutch (or Flemish chat: "nie") as in another language count for none.
_SHARED = set("is in me we die de en ben mi na hoe je ma pas nie of".split())


def guess_language(text: str) -> str:
    """Guess the language of a message; short or unclear messages count as Dutch."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return DUTCH
    latin = sum(1 for w in words if all(c.isascii() or c in "éëïöüèçàáíóúñäşğıçłśżźćńą" for c in w))
    if latin / len(words) < 0.5:
        return OTHER
    scores = {
        lang: sum(1 for w in words if w in stop and w not in _SHARED)
        for lang, stop in _STOPWORDS.items()
    }
    best = max(scores, key=lambda lang: scores[lang])
    enough = scores[best] >= 2 or (scores[best] == 1 and scores[DUTCH] == 0 and len(words) >= 3)
    if best == DUTCH or not enough or scores[best] <= scores[DUTCH] * 1.5:
        return DUTCH
    return best
