"""Curated Dutch crisis patterns: a safety net that does not depend on the classifier."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.textnorm import normalise, within_edits

SUICIDE = "zelfdoding"
DANGER = "acuut_gevaar"

# Everyday idiom that mentions death or violence; removed before matching.
_IDIOMS = [
    r"(ga|gaan|gaat|ging) (bijna |echt |nog )?dood van (het |de )?\w+",
    r"lach(en|te)? (me|mij|ons|je) (helemaal |echt )?(dood|kapot|rot|een ongeluk)",
    r"zelfmoord(actie|missie|opdracht|piloot|plan voor het project)",
    r"dood ?(op|moe|saai|gewoon|stil|eng|ziek|serieus|normaal|leuk|simpel|zonde|jammer)",
    r"(laptop|computer|pc|telefoon|printer|batterij|accu|server|scherm|plant|muis) (is |was |ging |gaat )?(\w+ )?(dood|overleden)",
    r"schiet (me|mezelf|mijzelf|ons|jezelf) (nog eens |weer )?in (de|mijn|m n) voet",
    r"over mijn lijk",
    r"(kill|killen|gekild|gekilled|killed) (die|de|het|deze) \w+",
    r"doodlopende?",
    r"(baal|schaam|verveel|schrik|lach|werk|erger|zoek|wacht|ploeter|pieker|stress|zweet|vervelen|schamen|balen|werken)(de|en|t)? (me|mij|zich|ons|je|mezelf) (\w+ )?(dood|kapot|rot|suf|een ongeluk)",
    r"(zou|doe|doen) (een )?moord (doen )?voor",
    r"(gesneden|geprikt|gebrand) (\w+ )?aan (een|het|de|mijn) \w+",
    r"(heb|denk|zijn|er zijn) (\w+ ){0,2}(geen|niet|nooit) (\w+ ){0,2}(aan )?(zelfmoord|zelfdoding)\w*",
    r"zelfmoordpreventie|zelfdodingspreventie|preventie van zelf(moord|doding)",
    # Explicit denials ("ik wil niet dood, ik wil dat iemand luistert").
    r"(wil|wilde|ga|denk) (\w+ )?niet (\w+ )?(dood|sterven)\b",
    r"(niet|geen) (\w+ )?(su[iy]c[iy]da\w*|doodswens\w*|zelfmoordgedachte\w*|doodsgedachte\w*)",
    r"(laptop|computer|pc|systeem|server) (\w+ ){0,3}gereanimeerd",
    r"schiet (er )?(\w+ )?(niks|niets|weinig) (mee )?op",
    r"moordend(e)? (tempo|saai|vergadering|druk)?",
]
_IDIOM_RE = re.compile("|".join(f"(?:{p})" for p in _IDIOMS))

_SUICIDE_PATTERNS = [
    r"zelf ?moord",
    r"zelf ?do[od]ing",
    r"su[iy]c[iy]d",
    r"suicide",
    r"zelf ?(be)?schadig",
    r"automutil",
    r"(mezelf|mijzelf|zichzelf|mn leven|mijn leven|zijn leven|haar leven|het leven) (wil |gaan |te )?(beeindig|ben?e?eindig)",
    r"(leven|alles) (wil |te )?(beeindig|beindig|stoppen)",
    r"(mezelf|mijzelf|me|zichzelf|zich) (van kant|om het leven|(iets|wat) aan ?(te )?doe?n?|ophang|op te hangen)",
    r"(mezelf|mijzelf|zichzelf) (\w+ )?dood",
    r"(punt|streep) (achter|onder) (mijn|het|zijn|haar) leven",
    r"(punt|streep) (achter|onder) alles",
    r"(hoeft|hoef) (voor mij |voor hem |voor haar )?(allemaal )?niet meer",
    r"klaar (met|mee) (het leven|alles|leven)",
    r"(last|blok aan het been) voor (iedereen|mijn (familie|gezin|kinderen))",
    r"(wil|wilde) (\w+ ){0,2}(verdwijnen|voorgoed weg|er tussenuit voorgoed)",
    r"(sta|staat|staan|zit|zat) (\w+ ){0,3}(op het dak|op de brug|op het spoor|bij het spoor|aan het spoor|op de rand)",
    r"(afscheid (\w+ ){0,2}(genomen|nemen|brief|bericht))|afscheidsbericht",
    r"(dood|de dood|sterven) (\w+ ){0,3}(verlossing|opluchting|oplossing)",
    r"(weet|heb) (al )?(precies )?(hoe|wanneer) ik (het|er een einde aan) (ga|wil) (doen|maken)",
    r"ik wil niet meer\s*$",
    r"^\s*(ik )?wil (gewoon )?niet meer( leven)?\s*$",
    r"(eind|einde|end) (aan|maken aan) (mijn|zijn|haar|het|m n|mn) leven",
    r"(er|het) (een )?(eind|einde) aan (wil(len)? |te |gaan |maken|make)",
    r"(er|het) (een )?(eind|einde) (aan )?(wil(len)? )?maken",
    r"(wil|wilt|wou|willen|zou|wilde)( \w+){0,3} (dood|doodgaan|sterven)\b",
    r"(dood|doodgaan|sterven) (wil|willen|wilde)\b",
    r"(liever|beter|was ik maar|ware ik maar) (\w+ )?dood",
    r"niet meer (willen )?leven",
    r"(wil|wilt|wilde|willen) (\w+ )?niet meer (leven|bestaan|verder|hier zijn|wakker|zijn|er zijn)",
    r"er (gewoon |liever )?niet meer (willen |wil |te )?zijn",
    r"niet meer (op|in) deze wereld",
    r"nooit meer wakker",
    r"niet meer wakker (te )?(worden|word)",
    r"(beter|beter af) (af )?zonder mij",
    r"niemand (zal|zou) (me|mij) (missen|missen)",
    r"zie het (allemaal |echt |gewoon |helemaal )?niet (meer )?zitten",
    r"zie (het leven|geen uitweg|geen toekomst|geen enkele uitweg)",
    r"geen (zin|reden) (meer )?(in|om te) (het )?leven",
    r"leven (heeft )?geen zin (meer)?",
    r"uit het leven (te )?(stappen|stapt)",
    r"(voor|onder) (de|een) trein",
    r"(spring|springen|sprong) (van|voor|uit|af)",
    r"(pillen|pilletjes|medicijnen|slaappillen|tabletten) (\w+ ){0,3}(gespaard|verzameld|sparen|verzamel|innemen|slikken|allemaal)",
    r"(gespaard|verzameld) (\w+ ){0,2}(pillen|medicijnen|slaappillen|tabletten)",
    r"overdosis",
    r"\bstrop\b",
    r"(snij|snijd|snijden|kras|krassen|sneed|brand|branden) (\w+ )?(mezelf|mijzelf|me|zichzelf|zich|mn armen|mijn armen|in mijn)",
    r"(mezelf|mijzelf|zichzelf) (\w+ )?(snijden|pijn (te )?doen|verwonden|beschadigen|krassen|slaan tot)",
    r"afscheidsbrief",
    r"(laatste|definitieve) (uitweg|oplossing)",
    r"kan (zo |echt |gewoon )?niet meer verder",
    r"(denk|dacht|denkt|gedachten|gedachtes) (\w+ ){0,3}(aan )?(de dood|dood te gaan|doodgaan|er niet meer|sterven|een einde)",
    r"doodsgedachte",
    r"(kill|killing) (myself|himself|herself)",
    r"end (my|his|her) life",
    r"want to die",
    r"(mezelf|mijzelf|zichzelf|me) (\w+ ){0,3}(iets|wat) (aan ?doe|aan te doen|aandoet|aandoen|aan doen)",
    r"(mezelf|mijzelf|zichzelf|me|mn armen|mijn armen|mijn benen) (\w+ ){0,3}(pijn (te )?(doe|doen|gedaan)|gesneden|gekrast|verbrand|bezeerd)",
    r"(begonnen|beginnen|weer|stoppen) met (snijden|krassen)",
    r"(doe|doet|deed|doen) (mezelf|mijzelf|me|zichzelf|zich) (\w+ ){0,3}pijn",
    r"(bel|bellen|gebeld|chat|chatten|contact met) (\w+ ){0,2}113",
    r"allemaal (in te nemen|innemen|te slikken|slikken|opnemen)",
    r"kras (\w+ )?(in|op) (mijn|zijn|haar)",
    r"(mezelf|mijzelf|zichzelf) (\w+ ){0,2}(doden|te doden|ombrengen|om te brengen|van het leven (te )?beroven)",
    r"van het leven (te )?beroven",
    r"(touw|strop|koord) (\w+ ){0,2}(gekocht|klaargelegd|opgehangen|klaar)",
    r"(pillen|pilletjes|medicijnen|slaappillen|tabletten|paracetamol|oxazepam|strip) (\w+ ){0,4}(gespaard|verzameld|in te nemen|innemen|ingenomen|slikken|geslikt)",
    r"(hoeveel|hoe) (\w+ ){0,5}(dood te gaan|doodgaan|dood gaat|dood ga|pijnloos|sterven|sterf)",
    r"pijnloos (\w+ )?(dood|sterven|einde|eruit)",
    r"(uitlaatgassen|auto in de garage)",
    r"(gaat|ga|wil|wilde|gaan|dreigt|zegt dat hij|zegt dat ze) (\w+ ){0,3}(springen|erin springen|er af springen)",
    r"(gestaan|staan|sta|stond|stonden|lopen|liep|zitten|zat) (\w+ ){0,3}(op|bij|langs) het spoor",
    r"(op|bij|langs) het spoor (\w+ ){0,2}(gestaan|staan|gelopen|gezeten)",
    r"(vensterbank|dakrand|op de rand|over de reling|de reling)",
    r"als ik er (\w+ )?niet (meer )?(ben|was|zou zijn|meer ben)",
    r"voorgoed (\w+ )?(verdwijn|verdwijnen|weg|slapen|stoppen)",
    r"(enige|laatste) (\w+ )?uitweg",
    r"geen uitweg",
    r"(leven|bestaan) (\w+ ){0,3}(voor )?zin",
    r"klaar (mee |met )+(\w+ )?(alles|het leven|leven)",
    r"(stoppen|ophouden|kappen) (\w+ ){0,3}(met )?(alles|leven|het leven|bestaan|ademen)\b",
    r"(bedacht|nagedacht|nadenken|denk|dacht|weet) (\w+ ){0,3}hoe ik het (zou|ga|wil|kan|moet) doen",
    r"(een |mijn )?(zelfmoord)?poging (\w+ ){0,2}(gedaan|ondernomen)",
    r"(eind|einde|punt) (\w+ )?(aan|achter) (alles|mijn leven|het leven|zijn leven|haar leven)",
    r"niet meer verder (kan|kunnen|wil|willen)\b",
    r"(mezelf|mijzelf|me|zichzelf|zich) (\w+ )?(opknopen|op te knopen|ophangen|op te hangen)",
    r"(pols|polsen|aders) (\w+ )?(doorsnijden|door te snijden|doorgesneden|open)",
    r"(leven|alles|bestaan) (\w+ ){0,2}zinloos",
    r"zinloos (\w+ ){0,2}(leven|bestaan)",
    r"(alles|het allemaal|het leven) (\w+ ){0,2}geen zin (meer)?",
    r"(eeuwige rust|voor altijd (\w+ )?(rust|slapen|weg))",
    r"(weg|uit|stoppen met) (\w+ )?(dit|het) leven",
    r"iets (doms|stoms|onherroepelijks|ergs) (\w+ ){0,2}(doen|aandoen|aan doen)",
    r"(spullen|bezittingen) (\w+ ){0,3}weggegeven",
    r"gas (\w+ )?(open ?zetten|opengezet|open gedraaid|opendraaien)",
    r"(verdrinken|verdrinking) (\w+ )?(mezelf|zelf|wil)",
    r"(wil|wilde|ga|gaat|zal) (\w+ ){0,3}(verdrinken|ophangen|opknopen)",
    r"(niemand|niemand zou) (\w+ ){0,4}(merken|missen) (\w+ ){0,4}(als|wanneer) ik",
    r"(er|hier) (\w+ )?(niet meer|nooit meer) (wil|wil zijn|zijn|te zijn)",
    r"(hoeft|hoef) (\w+ ){0,2}(niet meer|niet langer)\s*$",
    r"(levensmoe|doodsverlangen|doodswens)",
]
_DANGER_PATTERNS = [
    r"\b(mes|messen|pistool|vuurwapen|wapen|wapens|bijl|machete|geweer)\b",
    r"(dreigt|dreigde|bedreigt|bedreigde|gedreigd|dreigen)( \w+){0,6} (dood te maken|vermoorden|te vermoorden|neer te steken|neer te schieten|af te maken|iets aan te doen|op te blazen|kapot te slaan|in elkaar te slaan)",
    r"(ga|gaat|gaan) (hem|haar|jou|je|jullie|iemand|iedereen|ze|me|mij|ons|mijn \w+) (\w+ )?(vermoorden|doodmaken|dood maken|neersteken|neerschieten|afmaken)",
    r"(me|mij|hem|haar|je|jullie|ons|iedereen) (\w+ )?(gaat|ga|zal|wil|komt) (\w+ )?(vermoorden|doodmaken|dood maken|neersteken|neerschieten|afmaken)",
    r"(vecht|vechten|gevecht|vechtpartij) (\w+ ){0,3}(nu|op dit moment|op de gang|in de hal|bij de balie)",
    r"(onwel|ademt niet|niet meer ademen|reageert niet meer|in elkaar gezakt|ambulance)",
    r"bel (de )?(politie|ambulance|112)",
    r"(valt|vallen|viel) (\w+ ){0,3}aan\b",
    r"(word|wordt|worden) (nu |op dit moment |hier |net |zojuist )?(geslagen|geschopt|gewurgd|aangevallen|mishandeld|neergestoken|bedreigd met)",
    r"(slaat|schopt|wurgt|steekt|valt) (\w+ ){0,2}(nu|op dit moment|hier)\b",
    r"\bhelp\b (\w+ ){0,6}(vecht|klant|man|vrouw|slaat|mes|wapen|brand|agressie)",
    r"(nu|op dit moment|hier|net|zojuist) (\w+ ){0,3}(geslagen|geschopt|aangevallen|bedreigd|in gevaar|neergestoken|vechtpartij|gevecht)",
    r"(steekpartij|schietpartij|gijzeling|gegijzeld|bommelding|aanslag|neergestoken|neergeschoten)",
    r"\bbom\b",
    r"(acuut|direct|levens) ?gevaar",
    r"\b112\b",
    r"(bewusteloos|reanimeren|reanimatie|hartaanval|ligt (\w+ )?(op de grond|te bloeden))",
    r"bloedt (\w+ )?(heel |erg |nogal )?(veel|hevig|erg)",
    r"(alle|hele strip|een strip|een doos|te veel|allemaal|al mijn) (\w+ ){0,2}(pillen|tabletten|medicijnen|slaappillen|paracetamol) (\w+ ){0,2}(ingenomen|geslikt|op)",
    r"(is|zijn|staat|staan) (\w+ ){0,4}aan het vechten",
    r"(houdt|houden) (\w+ ){0,3}vast (en|tegen)",
    r"\b(schoten|knallen|geschoten|schutter|wordt geschoten|lijkt wel schieten)\b",
    r"er is (\w+ )?brand\b",
    r"(gooit|gooien|smijt) (\w+ ){0,3}(met|stoelen|spullen)",
    r"(door het lint|agressieve?|dreigend|woedend) (\w+ ){0,8}(nu|net|zojuist|op dit moment|rennen)\b",
    r"(nu|net|zojuist) (\w+ ){0,4}(een klap|klappen|geslagen|geschopt|gestoken|aangevallen)",
    r"(een klap|klappen) (\w+ ){0,3}gegeven (en|,)? ?(\w+ ){0,3}(nu|rond|loopt)",
    r"(volgt|achtervolgt|volgde) (me|mij)",
    r"(schaar|stoelen) (\w+ ){0,3}(richting|naar|in de hand)",
    r"rennen weg",
    r"(explosie|ontploffing|gaslek|gaslucht|hartstilstand|epileptische aanval|stikt|verstikking)",
    r"bang (\w+ )?voor (mijn|zijn|haar|ons) leven",
    r"(opgesloten|sluit zich op|zich opgesloten) (\w+ ){0,6}(reageert niet|geen antwoord|zegt dat|dreigt)",
    r"(steekt|stak|slaat|sloeg|schopt|schopte) (\w+ ){0,3}(neer|met een)",
    r"(brand|rook) in (het|ons|de) (gebouw|kantoor|pand)",
]
_SUICIDE_RE = re.compile("|".join(f"(?:{p})" for p in _SUICIDE_PATTERNS))
_DANGER_RE = re.compile("|".join(f"(?:{p})" for p in _DANGER_PATTERNS))
# Misspellings of the strongest words, caught by edit distance on single tokens.
_FUZZY = {"zelfmoord": 2, "suicidaal": 2, "zelfdoding": 2, "zelfmoordgedachten": 3}


@dataclass(frozen=True)
class CrisisSignal:
    """What kind of crisis a message shows; the matched words are never kept."""

    kind: str


def detect_crisis(text: str) -> CrisisSignal | None:
    """Return the crisis a message signals, or None; acute danger outranks suicide."""
    norm = _IDIOM_RE.sub(" ", normalise(text))
    if _DANGER_RE.search(norm):
        return CrisisSignal(DANGER)
    if _SUICIDE_RE.search(norm):
        return CrisisSignal(SUICIDE)
    for token in norm.split():
        if len(token) >= 7 and any(within_edits(token, w, d) for w, d in _FUZZY.items()):
            return CrisisSignal(SUICIDE)
    return None
