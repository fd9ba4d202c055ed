"""Curated Dutch crisis patterns: a safety net that does not depend on the classifier."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.textnorm import normalise, within_edits

SUICIDE = "zelfdoding"
DANGER = "acuut_gevaar"

# Words of a threat, which keep a knife a weapon even next to food, and food a knife cuts.
_THREAT = r"(zwaai|dreig|bedreig|steek|stak|richt|prik)\w*"
# Something thrown or shot at staff, said in either order ("naar ons gegooid", "gegooid naar ons").
_THROWN = r"(gegooid|gesmeten|geschoten|gegooit)"
_AT_US = r"naar (onze |de )?(medewerkers|collega|collegas|ons)"
# Stabbing or shooting someone, with the subject before or after the verb.
_STAB_OR_SHOOT = r"(steek|steekt|steken|schiet|schieten)"
_THREATENER = r"(ik|hij|ze|zij|we|wij)"
# Medicines one can save up, and weapons one can find and seize.
_MEDICINES = r"(pillen|medicatie|medicijnen|tabletten|slaapmiddel\w*|pijnstillers|strips|oxazepam|paracetamol|antidepressiva|morfine|insuline)"
_SEIZABLE = (
    r"(mes|messen|mesje|mesjes|scheermes\w*|steekwapen\w*|wapen|wapens|pistool|vuurwapen\w*)"
)
# Household and workplace chemicals someone can swallow by mistake.
_POISONS = r"(ontkalker|bleekmiddel|chloor|wasmiddel\w*|schoonmaakmiddel\w*|gootsteenontstopper|antivries|accuzuur|spiritus|terpentine|lampolie|rattengif|gif|loog)"
# Office machines and software that people say they could jump or hang themselves over ("word"
# is left out: "als ik word ontslagen").
_OFFICE_KIT = r"(outlook|excel|teams|printer|scanner|kopieerapparaat|koffieautomaat|computer|laptop|pc|systeem|server|wifi|internet|vpn|app|scherm|telefoon|sap|citrix)"
# What someone leaves in order for others: passwords, PIN codes, a will.
_HANDED_OVER = r"(wachtwoorden|pincode\w*|testament)"
_FOOD = r"(taart|brood|kip|vlees|groente|fruit|kaas|worst|appel|ui|uien|tomaat|tomaten|speenvarken|varken|ham|vis|pizza|cake|vlaai|gebak|meloen|watermeloen|rollade|kalkoen)\w*"
# What one hangs on a wall or from the ceiling ("slingers ophangen" is no hanging).
_DECORATIONS = r"(slingers|vlaggetjes|versiering|kerstversiering|lampjes|schilderij|schilderijen|posters?|gordijnen)"
# Keepsakes given to family or colleagues when one puts one's affairs in order.
_KEEPSAKE = r"(verzameling|collectie|gereedschap|horloge|sieraden|trouwring|postzegel|boeken|platen|elpees|hengels|motor|camera|gitaar|schilderijen)"
_KIN = r"(kleinzoon|kleindochter|kleinkind|zoon|dochter|kinderen|neef|nicht|broer|zus|buurman|buurvrouw|collega|vriend)"
# A parent, partner or friend one may follow into death ("ik ga mijn pa achterna").
_LOVED_ONE = r"(pa|papa|vader|ma|mama|moeder|man|vrouw|partner|broer|zus|zoon|dochter|opa|oma|vriend|vriendin)"
# A death told as over ("bijna overleden" is not), and the sudden causes it is told with.
_DIED = r"(?<!bijna )(?<!misschien )(?<!niet )(overleden|gestorven|stierf|overleed)"
_HEART_CAUSE = r"(hartstilstand|hartaanval|herseninfarct|hersenbloeding|beroerte)"
# A message about affairs for after one's own death. Anchored at the start: a lookahead with
# ".*" tried at every position would take time quadratic in the message length.
# Wanting someone else dead: "wil me/hem/hen dood hebben" (the wish-to-die pattern skips it,
# the incident words read it as a threat).
_SOMEONE_DEAD = r"(me|mij|ons|hem|haar|jou|je|jullie|u|hen) (\w+ )?dood hebben\b"
_AFFAIRS = (
    r"^(?=.*\b(overlijd|overlijden|dood ben|er niet meer ben|nabestaanden\w*|testament|uitvaart)\b)"
)
# A laugh that makes light of what was said ("haha", "we lagen dubbel"), and the words that take
# it back ("lol maar ik meen het", "grapje. of niet", "nee serieus").
_LAUGH_WORDS = (
    r"(lol|lo+l|haha\w*|hihi\w*|xd|grapje|geintje|nee hoor|(lag|lagen|liggen) (\w+ ){0,3}dubbel)"
)
_EARNEST_WORDS = r"((meen|meent|meende) (ik |hij |ze )?het|of (nee )?(eigenlijk |toch )?niet\b|geen grap|niet (\w+ ){0,3}(als |een )?(grap|grapje|grappig)\b|(maar|nee) serieus)"
# Not followed by a laugh, unless the message takes the laugh back after it.
_NOT_LAUGHED_OFF = rf"(?!(?=.*\b{_LAUGH_WORDS}\b)(?!.*\b{_EARNEST_WORDS}))"
# Everyday idiom that mentions death or violence; removed before matching.
_IDIOMS = [
    # Checked first, before shorter idioms below take away part of what they need to see.
    # Denials said another way, and accidents, hobbies, films, drills and hyperbole.
    r"(?<!geen )(scenario|oefening|oefenscenario|simulatie) (\w+ ){0,6}(gewapende )?(indringer|agressor|schutter)s? (\w+ ){0,4}(in het|in ons|in de|binnen)( pand| gebouw| kantoor)?",
    r"(?<!geen )(scenario|oefening|oefenscenario|simulatie) (\w+ ){0,2}(brand|rook|vuur) in\b",
    r"(gijzeling|aanslag|schiet|bom|terreur|overval|amok|ontruiming)s? ?(oefening|scenario|training|simulatie)\w*",
    # Miming a noose or a shot to mock someone is a gesture, not a plan.
    r"(doet|deed|doen|deden) (\w+ )?alsof (hij|zij|ze|die) (zich(zelf)? )?(\w+ ){0,3}(strop (\w+ ){0,2}om (zijn|haar|z n) (nek|hals)|ophangt|ophing|opknoopt|opknoopte|doodschiet|door (het|zijn|haar) hoofd schiet)",
    # Counts and case files of suicides are work; so is a novel in which someone is killed.
    r"(aantal|aantallen|cijfers|statistiek\w*|percentage|registratie) (\w+ ){0,3}su[iy]c[iy]d\w*( en (\w+ )?pogingen)?",
    r"(zelfdoding|zelfmoord|su[iy]c[iy]d\w*?)s? ?(casuistiek|cijfers|statistiek|onderzoek|dossiers?|clausule|uitsluiting)\w*",
    r"dossiers? (\w+ )?(zelfdoding|zelfmoord|su[iy]c[iy]d\w*)",
    # A printer or ransomware "holds a document hostage"; a budget is cut "where the knife can go in".
    r"\b(printer|computer|laptop|pc|systeem|server|outlook|excel|app|document|documenten|bestand|bestanden|printopdracht|printtaak) (\w+ ){0,4}gegijzeld|gegijzeld door (\w+ ){0,2}(ransomware|hackers|virus)",
    r"(waar|wat) (\w+ )?(het )?mes in (kan|moet|mag|gaat)\b|waar (kan|moet|mag|gaat) (het )?mes in\b|(het )?mes (\w+ )?zetten in (de|het|onze) (begroting|budget|kosten|formatie|uitgaven|subsidie\w*)",
    # A police officer handing in the service weapon is a measure, not a threat.
    r"(je|zijn|haar|mijn|het) (dienst)?wapen (\w+ )?(inleveren|ingeleverd|inlevert|moeten inleveren|afgeven|afgepakt)",
    # Issuing and carrying the service weapon are duty rules ("mag zijn wapen niet meer dragen").
    r"(dienst ?)?wapens? (\w+ ){0,2}(uitgifte|uitgeven|niet meer dragen|mag dragen|mogen dragen|te dragen)\b",
    r"(boek|roman|film|serie|toneelstuk|novelle|game|documentaire|lezen|lees|gelezen|kijken|gekeken)\w* (\w+ ){0,8}waarin (\w+ ){0,10}(vermoord\w*|doodgeschoten|in brand (steken|gestoken|steekt)|neergestoken|sterft|sterven|doodgaat|dood gaat)",
    # "Ik ga me nog eens ophangen aan die formulieren", "een bom onder de planning".
    r"(ophangen|op hangen) aan (die|de|dat|het|deze|al die|al deze) (\w+ )?(formulier|declaratie|regel|procedure|planning|excel|spreadsheet|deadline|vergadering|mail|systeem|portal|bonnetje|rapport|verslag|overleg)\w*",
    r"bom onder (de|het|die|dat|deze|onze|ons|mijn|zijn|haar|hun) (\w+ )?(planning|project|begroting|organisatie|overleg|afdeling|vergadering|rooster|beleid|tent|zaak|reorganisatie|agenda|team)\w*",
    r"(heeft|had|hebben|hadden) (me |mij |haar |hem |ons )?(?:(?!(net|zojuist|nu|vandaag|vanavond|vanochtend)\b)\w+ ){0,2}achtervolgd\b",
    r"(bommelding|brandmelding|brandalarm|alarm|melding|dreiging)\w* (\w+ ){0,3}(was|bleek|is|blijkt) (\w+ )?(loos|vals)( alarm)?\b",
    # The field of a care plan, risk assessment or incident register is work, not the
    # writer's own harm.
    r"(risicotaxatie|risico inventarisatie|zorgplan|behandelplan|signaleringsplan|trefwoord|dropdown|rubriek|screening|incident ?code|meld ?code|(sub)?categorie)\w* (\w+ ){0,4}(risico op )?(zelf ?beschadiging|suicid\w*|zelfdoding)",
    # A protocol or guideline on self-harm is written at work; so is a lethal dose looked up for
    # a toxicology report; "een dag uit het leven van" is a vlog.
    r"(protocol|richtlijn|werkinstructie|handreiking|beleid|lesmateriaal|scholing)\w* (\w+ ){0,2}(zelf ?beschadiging|su[iy]c[iy]d\w*|zelfdoding|zelfmoord)\w*",
    r"(toxicolog\w*|ld ?50\w*|veiligheidsblad\w*|msds) (\w+ ){0,12}dodelijke (dosis|hoeveelheid)|dodelijke (dosis|hoeveelheid) (\w+ ){0,8}(toxicolog\w*|ld ?50\w*|veiligheidsblad\w*|msds)",
    r"\b(dag|dagje|week|weekje|een dag|een week) uit het leven van\b",
    r"(onderdeel|vraag|veld|kopje|module) (risico op )?(zelf ?beschadiging|suicid\w*|zelfdoding) (\w+ ){0,3}(in het|in de|van het|van de) (zorgplan|behandelplan|dossier|risicotaxatie|formulier|systeem|e learning)",
    r"(rook|brand|brandlucht) (\w+ ){0,6}(kwam|komt) (\w+ )?van (\w+ ){0,3}(verbrand|aangebrand|tosti|toast|brood|popcorn|magnetron|kaars)\w*",
    r"(club|clubje|vereniging|werkgroep|koor|krant|winkel|tijdschrift|\w+clubje|\w+club) (\w+ ){0,8}(ophouden|ophoudt|houdt op) te bestaan",
    r"(een |geen )?(stille|zachte|langzame|roemloze) dood (\w+ ){0,2}(sterven|sterft|gestorven|stierf)",
    r"(mok|beker|tekening|cartoon|kaart|taart|shirt|t shirt) met (een )?strop",
    # English denial; the normaliser reads the "'t" of "don't" as Dutch "het".
    r"\b(don het|do not|doesn het|does not|didn het|did not|never) (really |actually )?(want|wanted|wants) to die\b",
    # A deadline or a laptop does not kill anyone.
    r"(deadline|vergadering|rooster|planning|klus|project|overleg|rapport|mail|mails|inbox|audit|dienst|nachtdienst|week|maandag|hitte|stress|werkdruk|reorganisatie|cursus|training|presentatie|afdeling|kantoortuin)\w* (\w+ ){0,4}(gaat|gaan|gingen|ging) (me|mij|ons) (\w+ )?(vermoorden|doden|afmaken)\b",
    r"(laptop|computer|pc|printer|telefoon|mobiel|systeem|server|app|excel|teams|outlook|programma|software|auto|batterij|accu|scanner|kopieerapparaat|website|router|wifi)\w* (\w+ ){0,2}(pleegt|pleegde|plegen|gaat|ging) (\w+ ){0,2}zelfmoord\b",
    r"met de botte bijl",
    # A meeting, a working group or a case file is what someone would rather be rid of or must register.
    r"beter af zonder mij (in|bij|op) (die|de|dat|deze|het|dit|ons|onze) (\w+ )?(werkgroep|projectgroep|commissie|overleg|stuurgroep|klankbordgroep|ondernemingsraad|personeelsvereniging|vergadering|project|groepsapp|app groep|pilot|kerstcommissie|feestcommissie)\w*",
    r"er niet (meer )?(bij )?zijn (\w+ ){0,5}(bij|op|tijdens) (het|dat|die|de|dit|deze|ons|onze) (\w+ )?(overleg|vergadering|weekoverleg|teamoverleg|werkoverleg|meeting|borrel|uitje|heidag|presentatie|standup|stand up)\w*",
    r"(zelfmoordpoging|su[iy]c[iy]depoging|poging tot zelfdoding|overdosis|zelfbeschadiging|automutilatie)\w* (\w+ ){0,6}(registreren|registreer|registreert|invoeren|vastleggen|coderen|in het (registratie)?systeem|in het dossier|in het ecd)\b",
    r"met hagel (\w+ )?(schieten|geschoten|schiet|schoot)\b",
    r"de bijl erin (zet|zetten|gezet|zette)\b",
    # A film, a book or a news article about a suicide or a stabbing; a survivor's loss at work.
    r"(film|boek|roman|serie|documentaire|toneelstuk|podcast|artikel|nieuwsbericht|leesclub)\w* (\w+ ){0,14}(gaat |ging |gaan )?over (\w+ ){0,10}(zelfmoord|zelfdoding|su[iy]c[iy]de|neergestoken|neergeschoten|doodgestoken|doodgeschoten|vermoord)\w*( pleegde| pleegt)?",
    r"(film|serie|documentaire|docu|thriller|game|aflevering)\w* (\w+ ){0,3}(gezien|gekeken|bekeken|gespeeld) (\w+ ){0,3}over (\w+ ){0,4}(bankoverval|overval|gijzeling|aanslag|schietpartij|steekpartij)\w*( (\w+ ){0,6}(schietpartij|steekpartij|gijzeling|explosie|ontploffing)\w*)?",
    # Telling others how not to get hurt: "zodat de vuilnisman zich niet snijdt".
    r"(zodat|voorkomen dat) ((\w+ ){1,3}zich niet|niemand zich) (\w+ )?(snijdt|snijden|verwondt|verwonden|bezeert)\b",
    r"na (een|de) (zelfdoding|zelfmoord|su[iy]c[iy]de) van (hun|haar|zijn|de|een) (partner|man|vrouw|kind|zoon|dochter|vader|moeder|broer|zus|collega|client)\w*",
    r"(wat (ik |je |we |u )?(moet|moeten|kan|kunt) doen|hoe (ik |je |we |u )?(moet|moeten) (handelen|reageren)) als (een |de )?(klant|burger|beller|client|bezoeker|inwoner) (\w+ ){0,4}dreigt met (zelfmoord|zelfdoding|su[iy]c[iy]de)\b(?= (\w+ ){0,12}(protocol|inwerk|handreiking|instructie|werkwijze))",
    # Someone else's attempt or death years ago, told as background.
    r"(ze|zij|hij|die|collega|medewerker|medewerkers|medewerkster) (\w+ ){0,4}(\w+ (jaar|jaren) geleden|lang geleden|vroeger|ooit) "
    r"((\w+ ){0,2}(geprobeerd heeft|heeft geprobeerd|probeerde) (\w+ ){0,2}uit het leven te stappen"
    r"|(een )?(zelfmoordpoging|su[iy]c[iy]depoging|poging tot zelfdoding) (heeft gedaan|deed|gedaan heeft|ondernam))",
    r"(die|dat|hij|zij|ze) (\w+ (jaar|jaren|maanden) geleden|vorig jaar|in (19|20)\d\d) (een )?(eind|einde) aan (zijn|haar) leven (maakte|heeft gemaakt|gemaakt heeft)",
    r"(van|uit) (het|de) (dak|raam|brug|balkon) (springt|spring|springen) als (\w+ ){1,3}(weer )?(verliest|verloren|degradeert|wint|gelijkspeelt)",
    # Weapons found and seized, an attempt in a report after which the person is safe.
    rf"{_SEIZABLE}\b (\w+ ){{0,10}}(in beslag (genomen|gesteld)|inbeslaggenomen|geconfisqueerd)\b|\bin beslag genomen\b (\w+ ){{0,4}}{_SEIZABLE}\b",
    r"(su[iy]c[iy]depoging|zelfmoordpoging|poging tot zelfdoding) (\w+ ){0,3}(deed|heeft gedaan|gedaan|ondernam) (\w+ ){0,8}(is |werd |zijn )?(inmiddels |nu |intussen )?(overgeplaatst|stabiel|hersteld|opgenomen|ontslagen|veilig)\b",
    # Scratches a client left: "ik heb krassen op mijn armen" is a wound, not self-harm.
    r"(heb|had|hebben|zitten|vol) (\w+ )?(krassen|schrammen|sneetjes) (op|in|aan) (mijn|m n|mn|zijn|haar) (arm|armen|handen|hand|gezicht|nek)\b",
    r"(collectief|massaal|met z n allen|allemaal) zelfmoord\b",
    r"\b(niet|geen|nooit|niemand) (\w+ )?(meer )?in (acuut |direct )?gevaar\b",
    r"\bgeen (sprake (meer )?van )?(acuut|direct|levens) ?gevaar\b",
    r"niet (zo|zodanig) dat ik (mezelf|mijzelf|me) (iets|wat) (aandoe|aan doe|aan zou doen|aan wil doen)\b",
    r"(dood willen|doodgaan|dood gaan|zelfmoord|suicidaal|suicide) is het niet\b",
    # "ik ben niet somber in de zin van niet meer willen leven": sad, but said not to be that.
    r"niet (\w+ ){0,2}(somber|depressief|donker|neerslachtig)\w* in de zin (van|dat) (ik )?(\w+ ){0,2}(niet meer (\w+ )?(leven|willen leven|wil leven|verder wil)|dood (wil|willen)|er niet meer (wil|willen) zijn)\b",
    r"(presentatie|vergadering|planning|deadline|rooster|project|overleg|reorganisatie|plan|idee|dat|die|dit|het) (\w+ ){0,4}(was|is|wordt|lijkt) (echt |gewoon |letterlijk |pure |puur |regelrechte |politieke |sociale |commerciele ){0,2}zelfmoord\b(?! (\w+ )?(plegen|gepleegd|gedaan))",
    # A mailbox or app "in de fik" is busy, not burning.
    r"(inbox|mailbox|mail|telefoon|app|groepsapp|teamapp|chat|agenda|twitter|linkedin|socials|tijdlijn)\w* (\w+ ){0,2}(staat|stond|staan) (\w+ ){0,2}in de fik\b",
    # "mijn teamleider vermoordt me als ze ziet dat de offerte weer te laat is": a late report.
    r"((gaat|gaan|zal|zullen) (me|mij|ons) (\w+ )?(vermoorden|afmaken|doden)|(vermoordt|vermoorden|maakt) (me|mij|ons)( af)?) als (\w+ ){1,3}(ziet|hoort|merkt|ontdekt|leest|weet) dat (ik|we|wij) (\w+ ){0,6}(offerte|rapport|planning|deadline|notulen|presentatie|verslag|factuur|koffie|cijfers|declaratie|spreadsheet|agenda|vergeten|verknald|verprutst)\w*",
    r"heilige huisjes (\w+ ){0,2}(neer|omver)\w*|(neer|omver) ?(ge)?(schiet|schoot|schoten|schieten|geschoten)\w* (\w+ ){0,3}heilige huisjes",
    # "de directeur liet een bom vallen": news that shocks, not a bomb.
    r"\b(een|die|de|deze|zo n) bom (\w+ ){0,4}(laten vallen|liet vallen|lieten vallen|laat vallen)\b|\b(liet|laat|lieten|laten) (\w+ ){0,4}(een|die|de|deze|zo n) bom (\w+ ){0,3}vallen\b",
    # Killing the others at paintball or a game is winning.
    r"(paintball|lasergam|lasertag|escape ?room|potje|spelletje|fifa|voetbal|wedstrijd|quiz|pubquiz|bowlen|darten|klaverjas|tafeltennis|schaak|monopoly|game|toernooi)\w* (\w+ |\| ){0,20}(?<!mezelf )(?<!mijzelf )(?<!zichzelf )(?<!me )(?<!mij )(afmaken|vermoorden|neerschieten|afknallen|afslachten|inmaken)\b",
    # Counts in a report: "2 incidenten van zelfbeschadiging, afgehandeld".
    r"\b(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (incidenten|gevallen|meldingen|casussen|gesprekken|dossiers|zaken) (\w+ ){0,6}(su[iy]c[iy]d|zelfmoord|zelfdoding|zelfbeschadig)\w*",
    # A dated attempt described in a file or report: "een zelfmoordpoging van een client uit 2019".
    r"(zelfmoordpoging|su[iy]c[iy]depoging|poging tot (zelfdoding|zelfmoord)|zelfbeschadiging|incident)\w* (\w+ ){0,5}(uit|in|van) (19\d\d|20[01]\d|202[0-4])\b",
    # Something found after an incident that is over: "sinds een incident vorig jaar, waarbij hij een jongere vond na ernstige zelfbeschadiging".
    r"(sinds|na) (een|het|dat|dit) (incident|voorval|gebeurtenis|ongeluk) (\w+ ){0,3}(vorig jaar|vorige (maand|week)|(\w+ )?(jaar|jaren|maanden|weken) geleden|in (19\d\d|20[01]\d|202[0-4]))( \w+){0,10} (zelfmoord|zelfdoding|su[iy]c[iy]d|zelf ?beschadig)\w*",
    # "gedachten om zichzelf iets aan te doen; die heeft hij niet": asked and denied.
    r"(gedachten|gedachtes|plannen|neiging)( heeft| had| heb)? (om|aan) (\w+ ){0,4}(iets|wat) aan te doen (die |dat )?(heeft|had|heb|hebben) ((ze|hij|zij|ik) )?(echt |zeker |helemaal )?(niet|nooit|geen)\b",
    r"daar hoeft niemand zich (\w+ )?zorgen (over|om) te maken",
    # A fire that might break out, in a report about broken smoke detectors.
    r"\b(als|wanneer|zodra|mocht) (er |daar |hier )?(\w+ ){0,2}(brand|een brand) (uitbreekt|ontstaat)\b|pas als (de |er )?(rook|vlammen|het vuur|brand) (\w+ ){0,4}(staat|staan|is|komt|zit)\b",
    # Asking an actor about suicide in a role play is training.
    r"(rollenspel|acteur|actrice|oefengesprek|simulatiegesprek) (\w+ ){0,12}of (hij|ze|zij) (\w+ ){0,2}aan (zelfdoding|zelfmoord|su[iy]c[iy]de) (denkt|dacht)",
    r"\baantal(len)? (\w+ )?(zelfdodingen|zelfmoorden|su[iy]c[iy]des)\b",
    # A suspect parcel that turned out to be harmless.
    r"verdacht (pakket|pakketje|koffer|tas|voorwerp) (\w+ |\| ){0,14}(bleek|bleken) (\w+ ){0,8}(te zijn|onschuldig|ongevaarlijk|loos|vals|leeg|niks|niets)\b",
    # "naar hem toe gaan is zelfmoord": doing that would be reckless.
    r"\b(gaan|stappen|doen|zeggen|melden|aanspreken|vragen|praten|klagen|weigeren|protesteren) is (echt |gewoon |pure |puur |regelrechte |politieke |sociale )?zelfmoord\b(?! (\w+ )?(plegen|gepleegd|gedaan))",
    r"(thriller|roman|boek|film|serie|toneelstuk|hoofdpersoon|personage|detective|leesclub)\w* (\w+ ){0,8}(pleegt|pleegde|plegen|gepleegd) (\w+ ){0,2}(zelfmoord|zelfdoding)",
    r"(pleegt|pleegde) (de|het|een) (hoofdpersoon|personage|held|heldin|hoofdrolspeler|moordenaar|dader) (\w+ ){0,4}(zelfmoord|zelfdoding)",
    r"ophangen (\w+ ){0,3}aan de kapstok",
    # "Hang me maar op als het niet klopt": I would bet on it. Not "ik hang me (maar) op als".
    r"(?<!ik )hang (me|mij) (dan )?maar op als\b",
    # "Het is hier moord en brand", "moord en brand schreeuwen": an uproar, not a fire.
    r"moord en brand",
    # Someone who "wants us dead" (a fitness trainer) is hyperbole; "wants me dead" only when
    # said to be figurative, for it may be a real threat.
    r"(wil|wilt|wou|willen|wilde) (\w+ ){0,2}((ons|jullie) (\w+ )?dood hebben|(me|mij) (\w+ )?dood hebben (figuurlijk|bij wijze van spreken))",
    # A smell of smoke or gas that is not there: a nightmare, a flashback, "terwijl er niks is".
    # Not when it is there now: "nachtmerrie, werd wakker en ruik nu echt rook".
    r"(nachtmerrie\w*|flashback\w*) ((?!(nu|echt|net|werkelijk)\b)\w+ ){0,8}(ruik|ruiken|ruikt) ((?!(nu|echt|net)\b)\w+ ){0,2}(rook|gas|brand)\w*",
    r"(ruik|ruiken|ruikt) (\w+ ){0,3}(rook|gas|brand)\w* (\w+ ){0,2}terwijl er (niks|niets|geen (rook|gas|brand)) (is|was)\b",
    r"\b(ben|is|als) (\w+ )?jager\b|jachtgeweer (\w+ ){0,3}(ingeleverd|in de kluis|opgeborgen)",
    r"niet (zo )?(erg|ernstig|zwaar|slecht|ver) dat ik (\w+ ){0,2}(dood|sterven|er een (eind|einde)( aan)?( wil| wilde)?( maken)?)\b",
    r"(denk|denkt|dacht) (ik |hij |ze |zij )?(er )?(niet|nooit) (\w+ )?aan (om )?(\w+ ){0,2}(uit het leven te stappen|een (eind|einde) (aan )?(mijn |zijn |haar |het )?leven te maken|(mezelf|zichzelf|mijzelf) (iets|wat) (aan te doen|aandoen|aan doen)|zelfmoord te plegen|dood te gaan|te sterven)\b",
    r"(snijden|snij|snijd|sneed) (\w+ ){0,2}in (mijn|m n|zijn|haar|de) (duim|vinger|vingers|vingertop|wijsvinger)( gesneden)?\b",
    r"in (mijn|m n|zijn|haar|de) (duim|vinger|vingers|vingertop|wijsvinger) (\w+ ){0,2}gesneden",
    r"(john wick|james bond|actiefilm|western|trailer|shooter|call of duty|fortnite|counter strike|paintball\w*|lasergame\w*|seizoen|aflevering|cliffhanger|netflix|videoland) (\w+ ){0,10}(geschoten|schieten|schiet|afgeknald|neergeknald|knallen|schietpartij\w*)\b",
    r"(vermoorden|afmaken|doodmaken|wurgen|ombrengen) als (\w+ ){1,10}(haha\w*|hihi\w*|lol|grapje|ha ha)\b",
    r"(een )?bom (aan )?(energie|geld|werk|ideeen|informatie|kennis|ervaring|vragen|mails)\b",
    r"in de roos (\w+ )?(geschoten|schieten|schiet)|boogschiet\w*|kleiduiven\w*|er wordt (eigenlijk )?niet geschoten",
    r"(bhv|ehbo|ontruimings|brand|calamiteiten)\w* ?(oefening|dag|training|scenario|oefenscenario)\w* (\w+ ){0,10}(bewusteloos|onwel|ademt niet|niet ademen|gewond\w*|slachtoffer\w*)",
    r"(hout|haardhout|boom|stronk|blokken)\w* (\w+ ){0,3}(gehakt|hakken|kloven|gekloofd|splijten) (\w+ ){0,2}met (de|een) bijl|met (de|een) bijl (\w+ ){0,3}(hout|haardhout|blokken)",
    r"(stanleymes|mes|broodmes|koksmes|aardappelmesje) (\w+ ){0,3}(schoot uit|gleed (\w+ ){0,3}(uit|weg))",
    r"(mes|messen) (\w+ )?slijpen|slijpen van (\w+ )?(mes|messen)|mes en vork\w*",
    r"(oude|botte|kapotte|gebroken|roestige) (\w+ )?(mes|messen|mesjes) (\w+ ){0,4}(weggooien|weg gooien|weggegooid|inleveren|opruimen|afvoeren|vervangen)\b",
    r"\bwie slijpt (\w+ ){0,3}(mes|messen)\b|\b(mes|messen|mesjes) ((in|uit|van|op) (de|het|onze) (\w+ ){0,5})?(is|zijn|word|wordt|worden) (\w+ )?(bot|stomp)\b",
    r"als een (strop|strik) (om|rond) (mijn|m n|je|zijn|haar|onze) (nek|hals)",
    # Surgery, a team better off without the writer, a living will, an ex's words, holding on
    # to a railing, roof work.
    r"\bonder het mes\b",
    r"(team|afdeling|project|organisatie|werkgroep|bedrijf|club)\w* (\w+ ){0,4}zonder mij (\w+ ){0,3}beter\b(?! (\w+ ){0,3}(gezin|kinderen|vrouw|man|familie|wereld|iedereen|ouders)\b)",
    r"(testament en (een )?)?levenstestament",
    r"\bex( man| vrouw| partner)? (\w+ ){0,6}(zegt|zei|vertelt|vertelde|roept|beweert|beweerde) (\w+ ){0,4}dat (de |onze |mijn )?(kinderen|kids|ze|zij) (\w+ )?beter af (\w+ ){0,2}zonder (mij|hem|haar)\b",
    r"(me|mij|mezelf|zich|zichzelf) (\w+ ){0,2}aan de reling (\w+ )?(vasthouden|vast houden|vasthield|vastgehouden|vastgrijpen|vastgegrepen|vastpakken)\b(?! (\w+ ){0,4}(springen|spring|sprong)\b)",
    r"(op het dak|het dak op) (van (de|het) \w+ )?(\w+ ){0,4}(zonnepanelen|dakgoot|antenne|airco|installatie|luchtbehandeling|ventilatie|lekkage) (\w+ ){0,2}(controleren|inspecteren|repareren|schoonmaken|vervangen|nakijken|installeren)\b(?! (\w+ ){0,6}(springen|spring|sprong)\b)",
    r"geen uitweg (meer )?(in|uit|voor) (het|de|dit|dat|deze|die|ons|onze|mijn) (\w+ )?(conflict|ruzie|discussie|project\w*|dossier|samenwerking|planning|rooster)\b",
    r"(contract|pensioen|vertrek|ontslag|overplaatsing|baan|detachering|stage|afscheid)\w* (\w+ ){0,8}(ben|is) er (toch )?(\w+ )?niet lang meer",
    r"klaar (mee|met) (dat|het feit dat) alles (\w+ )?(tegenzit|misgaat|fout gaat|mislukt|tegen zit)",
    r"of (ik|ze|hij|zij|je) (\w+ ){0,2}aan (de dood|zelfmoord|zelfdoding|doodgaan|sterven) (denk|denkt|dacht)\b ((?!maar |wel |soms )\w+ ){0,8}(nee|van niet)\b",
    r"\w*(gedachten|gedachtes|plannen) (\w+ ){0,3}(heb|had) ik (\w+ )?(niet|nooit|geen)\b",
    r"niet in de zin van (\w+ ){0,3}(dood|sterven|er niet meer)\w*( willen| zijn)?",
    r"(dood willen|doodgaan|sterven|er niet meer zijn) nee (dat niet|hoor|echt niet)",
    r"niet van plan (om )?(te )?(stoppen met leven|er een (eind|einde) aan te maken|(mezelf|zichzelf) (iets|wat) aan te doen|zelfmoord te plegen|dood te gaan)",
    r"(heeft|hebben|had) zich (\w+ )?van het leven beroofd",
    r"(kreeg|krijg|krijgt|kregen) (bijna |nog )?een hartaanval (van|als|bij|toen|zodra)\b",
    r"explosie van (enthousiasme|energie|ideeen|kleur|kleuren|creativiteit|emoties|vreugde|reacties|mails|meldingen)",
    r"aanslag op (mijn|de|ons|onze|je|het|zijn|haar) (\w+ )?(concentratie|tijd|budget|begroting|portemonnee|gezondheid|geduld|humeur|agenda|nachtrust|zenuwen|oren|ogen)\b",
    r"(presentatie|plan|project|voorstel|pitch|demo|idee)\w* (\w+ ){0,2}(ging|gaat|gingen) in vlammen op",
    r"aan flarden (geschoten|schieten|schiet)",
    r"(me|mij|mezelf) (\w+ ){0,2}ophangen aan (het|de|die|dat|deze|dit) (\w+ )?(punt|opmerking|vraag|woord|dropdown|details?|discussie|formulering|menu|regel)\w*",
    r"(kaarten|kaartjes|bloemen|foto|fotos|(kamer)?plant(en|je|jes)?|boeket|stof|vuil|schimmel|boeken|mok|koffie|spullen|papieren|post|sleutels|condens|vliegen|dode vliegen) (\w+ ){0,6}(op|in|van) de vensterbank|vensterbank (\w+ ){0,3}(kaarten|kaartjes|bloemen|planten)",
    r"(ga|gaan|gaat|ging) (bijna |echt |nog )?dood van (het |de )?\w+",
    r"lach(en|te)? (me|mij|ons|je) (helemaal |echt )?(dood|kapot|rot|een ongeluk)",
    r"zelfmoord(actie|missie|opdracht|piloot|plan voor het project|pass|passe|squad|tactiek|strategie|beslissing)",
    r"suicide squad|(is|was|wordt|lijkt|zou) (\w+ )?(pure|regelrechte|politieke|commerciele) zelfmoord\b(?! (plegen|gepleegd))",
    r"dood(op|moe|saai|gewoon|stil|eng|ziek|serieus|normaal|leuk|simpel|zonde|jammer)",
    r"dood (op|moe|saai|eng|stil|ziek)\b",
    r"(laptop|computer|pc|telefoon|printer|batterij|accu|server|scherm|plant|muis) (is |was |ging |gaat )?(\w+ )?(dood|overleden)",
    # Shooting oneself in the foot, verb first ("schiet me in de voet") or last ("... geschoten").
    r"schiet (me|mezelf|mijzelf|ons|jezelf) (nog eens |weer )?in (de|mijn|m n) voet"
    r"|(zichzelf|zich|mezelf|mijzelf|me|jezelf|onszelf) (\w+ ){0,3}in (de|mijn|zijn|haar|onze|eigen) (eigen )?voet (geschoten|schieten|schoot|te schieten)\b",
    # Water that may run into a district is a flood risk, not someone walking into it.
    r"\b(kan|kon|zal|zou|dreigt) het water (\w+ ){0,2}\w*(wijk|straat|kelder|kelders|polder|huizen|woningen|stad|dorp|gebouw|tunnel|weg)\w* (in|binnen) (te )?(lopen|stromen)\b",
    r"over mijn lijk",
    r"(kill|killen|gekild|gekilled|killed) (die|de|het|deze) \w+",
    r"doodlopende?",
    r"(baal|schaam|verveel|schrik|lach|werk|erger|zoek|wacht|ploeter|pieker|stress|zweet|vervelen|schamen|balen|werken)(de|en|t)? (me|mij|zich|ons|je|mezelf) (\w+ )?(dood|kapot|rot|suf|een ongeluk)",
    r"(zou|doe|doen) (een )?moord (doen )?voor",
    r"(gesneden|geprikt|gebrand) (\w+ )?aan (een|het|de|mijn|die|dat|deze|dit|zo n) (\w+ )?\w+",
    r"(heb|denk|zijn|er zijn) (\w+ ){0,2}(geen|niet|nooit) (\w+ ){0,2}(aan )?(zelfmoord|zelfdoding|de dood|doodgaan|sterven)\w*",
    r"zelfmoordpreventie|zelfdodingspreventie|preventie van zelf(moord|doding)",
    # Explicit denials ("ik wil niet dood, ik wil dat iemand luistert").
    r"(wil|wilde|ga|denk) (\w+ ){0,2}niet (\w+ )?(dood|sterven)\b",
    r"(zelfmoordgedachten|su[iy]c[iy]dale gedachten|doodsgedachten|zelfbeschadiging|(mezelf|mijzelf|me) (iets|wat) aan ?doen|gedachten (om|aan) (\w+ ){0,4}(eind|einde)\w*( aan te maken)?) (nee|heb ik|had ik|is|zijn|doe ik) (echt |zeker |helemaal )?(niet|nooit|geen)\b( aan de orde)?",
    r"(niet|nooit) (\w+ )?gedacht aan (mezelf|mijzelf|me) (iets|wat) aan ?doen|betekent niet dat ik (mezelf|mijzelf|me) (iets|wat) aan ?doe\w*",
    r"(niet|geen) (\w+ )?(\w+ (of|noch) )?(su[iy]c[iy]da\w*|doodswens\w*|zelfmoordgedachte\w*|doodsgedachte\w*)",
    r"(laptop|computer|pc|systeem|server) (\w+ ){0,3}gereanimeerd",
    r"schiet (er )?(\w+ )?(niks|niets|weinig) (mee )?op",
    r"moordend(e)? (tempo|saai|vergadering|druk)?",
    # Talk about suicide as a topic: training, policy, books, grief for someone else.
    r"(boek|boeken|film|serie|podcast|documentaire|docu|artikel|workshop|training|gatekeepertraining|e learning|cursus|lezing|presentatie|voorlichting|module|verslag|beleid\w*|webinar|lunchsessie|themabijeenkomst|campagne) (\w+ ){0,3}over (\w+ ){0,4}(zelfmoord|zelfdoding|su[iy]c[iy]d|zelfbeschadig)\w*",
    r"su[iy]c[iy]d\w*preventie\w*|preventie van su[iy]c[iy]d\w*",
    # The risk of suicide as a field, flag or screening in a prison, care or case system.
    r"su[iy]c[iy]d\w*(risico|screening|protocol|registratie|vlag|markering|melding|module|zorg|kamer|cel|afdeling|lijst|observatie|controle)\w*(?! (\w+ ){0,3}(bij mij|voor mij|van mij)| (\w+ ){0,12}(mezelf|mijzelf)\b)",
    r"(verhoogd|verhoogde|hoog|laag) su[iy]c[iy]d\w*risico\w*|su[iy]c[iy]d\w*risico (\w+ )?(verhoogd|hoog|laag)",
    r"(les|lessen|training|cursus|module|workshop|scholing|inwerkprogramma|intervisie|richtlijn|handboek)\w* (\w+ ){0,2}omgaan met (\w+ ){0,2}su[iy]c[iy]da\w* (client|clienten|patient|patienten|gedetineerde|gedetineerden|bewoner|bewoners|jongere|jongeren|leerling|leerlingen|klant|klanten)",
    r"(signalen|signaal|herkennen|herken) (\w+ ){0,2}(van )?(zelfmoord|zelfdoding|su[iy]c[iy]d|zelfbeschadig)\w*",
    r"(overleden|overlijden|overleed|stierf|gestorven|omgekomen|verlies) (\w+ ){0,3}(door|aan) (zelfmoord|zelfdoding|su[iy]c[iy]de)",
    r"(door|aan) (zelfmoord|zelfdoding|su[iy]c[iy]de) (\w+ )?(overleden|gestorven|omgekomen)",
    r"getuige (\w+ ){0,2}van (een|de) (steekpartij|schietpartij|overval)",
    r"(geen|niet|nooit) (\w+ ){0,3}(gedachten|gedachtes|neiging|plannen) (\w+ ){0,3}(aan|om|over|tot) (\w+ ){0,4}(aan te doen|aandoen|zelfbeschadiging|zelfmoord|zelfdoding|dood|einde|eind|sterven)\w*( aan)?( te)?( maken)?",
    r"\w*(gedachten|gedachtes|plannen) (heb|had) ik (\w+ )?(niet|nooit)",
    r"(geen|niet|nooit) (\w+ ){0,2}(gedachten|gedachtes) (\w+ ){0,2}dat (ik|hij|ze|zij) (er )?niet meer (wil|wilt|zou willen) (zijn|leven)\b",
    r"niet aan (zelfmoord|zelfdoding|de dood|sterven|doodgaan) (\w+ )?(denk|denkt|dacht)",
    r"aan (zelfmoord|zelfdoding|su[iy]c[iy]de|de dood|sterven|doodgaan) (denk|denkt|dacht) (ik|hij|ze|zij) (\w+ )?(niet|nooit)\b",
    r"(gedachten|gedachtes|plannen) (aan|over|om) (zelfmoord|zelfdoding|su[iy]c[iy]de|de dood|sterven|doodgaan) (heeft|had|hebben|hadden) (ik|hij|ze|zij) (\w+ )?(niet|geen|nooit)\b",
    # Case notes that record a denial; a "maar" in between keeps what follows.
    r"(su[iy]c[iy]dale gedachten|su[iy]c[iy]daliteit|doodsgedachten|zelfmoordgedachten|doodswens|zelfbeschadiging) (\w+ ){0,2}(worden|werd|wordt|zijn|is|werden) (\w+ ){0,2}(ontkend|uitgesloten|niet aanwezig|afwezig|niet aan de orde)\b",
    r"geen (signalen|aanwijzingen|uitspraken|tekenen|indicaties) ((?!maar |toch |wel )\w+ ){0,10}(de dood|dood|zelfmoord\w*|zelfdoding\w*|su[iy]c[iy]d\w*|(zichzelf|mezelf|zich|hem|haar)( \w+)? (iets|wat) (\w+ ){0,2}(aan ?doen|aan te doen|aandoe))\b( gedaan)?",
    r"(niet|geen) (de )?neiging (om )?(mezelf|mijzelf|zichzelf|me|zich) (iets|wat) aan te doen",
    r"(op de vraag|gevraagd|vraag) ((?!maar |toch |wel )\w+ ){0,14}(dood|aandoen|aan te doen|zelfmoord\w*|zelfdoding|su[iy]c[iy]d\w*) (\w+ ){0,4}(antwoordt|antwoordde|zegt|zei|reageert|reageerde) (\w+ ){0,3}(stellig |duidelijk |resoluut |beslist )?(van niet|nee|ontkennend)\b",
    r"(denk|denkt|dacht) (\w+ )?(niet|nooit) (\w+ )?(aan|over) (\w+ ){0,3}(een )?(einde|eind|dood|zelfmoord|sterven|aan te doen)\w*( aan)?( te)?( maken)?",
    r"niet (zo )?dat ik (\w+ ){0,2}(dood|sterven|er een eind\w*)( wil| aan wil maken)?",
    r"niemand (\w+ )?(is )?gewond|geen gewonden",
    r"(overleden|overlijden|gestorven|stierf|overleed) (\w+ ){0,3}(aan|door) (een )?(hartstilstand|hartaanval|beroerte|kanker|ziekte|ongeluk)",
    # "vorige maand overleden, hartstilstand, 44": the death is told, nobody can be saved now.
    rf"{_DIED} (\w+ ){{0,4}}{_HEART_CAUSE}\b|{_HEART_CAUSE} (\w+ ){{0,4}}{_DIED}\b",
    r"aanslag(en)? in (het|de) (nieuws|media|krant)",
    r"(zelfmoord|zelfdoding|su[iy]c[iy]depoging) (heeft|hebben|had) (gepleegd|gedaan)",
    r"(heeft|hebben|had|hadden) (\w+ ){0,4}(zelfmoord|zelfdoding|een (zelfmoord|suicide)?poging) (gepleegd|gedaan)",
    r"(eind|einde) aan (zijn|haar|hun) leven (heeft |hebben )?(gemaakt|gemaakt heeft)",
    r"(schietpartij|steekpartij|aanslag|moord)\w* (\w+ ){0,3}(in|op) (het nieuws|amerika|het centrum|de stad|de krant|tv|televisie)",
    r"(nieuws\w*|krant\w*|journaal|film|serie|cluedo|paintball\w*|game|spel|boek|thriller|podcast) (\w+ ){0,8}(schietpartij|steekpartij|mes|neergeschoten|neergestoken|vermoord|moord\w*|aanslag\w*|bom|bommen)\b",
    r"(filmpjes?|video s?|videos|nummer|liedje|songtekst|gif|meme) (\w+ ){0,8}(schietpartij|neergeschoten|neergestoken|vermoord|aanslag\w*|bom|ontploff\w*|explosie)",
    r"de aanslag van (harry )?mulisch|mulisch (\w+ )?de aanslag",
    r"tekort (\w+ )?(geschoten|schieten|schiet)\b",
    r"de bijl (\w+ )?(gezet|zetten|zet|gaat) in\b",
    r"spring\w* (\w+ ){0,4}van (geluk|blijdschap|vreugde)",
    r"(enorme|flinke|grote|financiele|dure|behoorlijke|lelijke) strop\b|strop (voor (ons|mij|me|het|de)|geweest)\b",
    # Before the course names go: what a course teaches to do when someone collapses.
    r"(cursus|training|bhv|ehbo|oefening|workshop|les|herhaling|weten)\w* (\w+ ){0,10}(wat (ik |je |we )?(te doen|moet doen|moeten doen|kan doen)|hoe (je|te) (\w+ )?(handelt|handelen|reageert|reageren)) (\w+ ){0,3}(bij|als) (\w+ ){0,3}(bewusteloos|onwel|brand|verslikt|hartstilstand|agressie\w*)\b",
    r"(bhv|ehbo)\w* ?(herhaling|cursus|training|les|oefening|dag)\w* (\w+ ){0,4}(reanimatie|reanimeren|aed|brand\w*|blussen)\w*",
    r"(reanimatie|reanimeren|ehbo|aed|bhv)\w*( en (reanimatie|ehbo|aed|bhv)\w*)? ?(cursus|training|les|oefening|certificaat|diploma|herhaling)",
    r"(cursus|training|les|oefening|herhaling) (\w+ )?(reanimatie|reanimeren|ehbo|aed)\w*",
    r"(een )?reanimatie (heb |hebben )?gedaan",
    r"(vorige week|vorige maand|gisteren|laatst|eerder|bij een vorige afspraak|jaren geleden|vorig jaar|toen) (\w+ ){0,3}(dreigde|gedreigd|heeft gedreigd)",
    r"(dacht|bang) (\w+ ){0,3}(dat het )?een hartaanval",
    r"(zou|zal) (mezelf|mijzelf) (nooit|niet) (\w+ )?(iets|wat) (\w+ )?(aandoen|aan doen)",
    r"dood wil ik (niet|echt niet)",
    r"niet dat ik (\w+ ){0,2}iets (doms|stoms) (\w+ )?(ga )?doe\w*",
    r"(niet van plan|ga (echt |heus |zeker )?(niet|niks|geen)) (om )?(\w+ )?(iets |niks )?(doms|stoms) (te )?doe\w*(,? daar hoeft niemand zich (\w+ )?(zorgen|druk) (om|over) te maken)?",
    r"niet (in de zin )?dat ik (er )?niet meer (wil|wilde) (leven|bestaan|zijn|er zijn)\b",
    r"(geen sprake|niet sprake) van (\w+ ){0,2}(su[iy]c[iy]da\w*|zelfmoord\w*|doodswens)",
    r"(onderzoek|evaluatie|nabespreking|calamiteitenonderzoek|factsheet|doodsoorzaak|stichting|nabestaanden|vrijwilliger|jaarverslag|lotgenoten\w*|herdenking|cijfers) (\w+ ){0,4}(zelfmoord|zelfdoding|su[iy]c[iy]d|113)\w*",
    r"su[iy]c[iy]dale meldingen",
    r"(vries|vriezen|bevries) (me |mij |hier )?(\w+ )?dood",
    r"(me|mij|mezelf) (\w+ )?doodgewerkt",
    r"spring (\w+ )?uit (mijn|m n|je) vel",
    # Pressure idiom, incidents in the news or long past, and denials of danger.
    r"\b(het|n) (pistool|mes|geweer) (\w+ )?op (de|mijn|zijn|haar|onze) (borst|keel)",
    r"(pistool|geweer) (\w+ )?(tegen|op) (mijn|m n|je|ons|zijn|haar) (hoofd|slaap) (\w+ ){0,2}van (die|de|het|dat|deze|dit) (\w+ )?(deadline|planning|project|werk|baas|manager|vergadering|rooster|audit|inspectie|reorganisatie)\w*",
    r"(mezelf|mijzelf|me|zich|zichzelf|ons|jezelf) (\w+ )?in (de|mijn|m n) (eigen )?voet (ge)?(schoten|schieten|schiet)",
    r"(doen|doet|deden|deed) (\w+ ){0,2}alsof ik (\w+ )?(dood|lucht|onzichtbaar) (ben|was)",
    r"alsof (\w+ ){0,5}(bom|bommen)\b( \w+)?( kan| gaat)?( ontploffen| barsten)?",
    r"(sinds|na|over|van|bij|rond|door) (de|die|een|het|deze|dat) (\w+ ){0,2}(steekpartij|schietpartij|aanslag|gijzeling|explosie|overval|brand)\w*",
    r"(dader|daders|slachtoffer|slachtoffers|verdachte|onderzoek|gegevens|dossier|beelden|zaak|crisisplan|nabestaanden) (\w+ ){0,3}(steekpartij|schietpartij|aanslag|gijzeling|overval)\w*",
    r"(niet|geen|niemand is|niemand was|niemand) (\w+ ){0,2}(in )?(acuut|direct|levens) ?gevaar",
    r"levensgevaarlijk\w*",
    # Danger to the public in a report about how things are run, not to someone here now.
    r"(acuut|direct|levens) ?gevaar (\w+ )?voor (de |het )?(\w+ )?(volksgezondheid|milieu|bewoners|burgers|omwonenden|inwoners|samenleving|weggebruikers|reizigers|consumenten)\b",
    r"(reanimatie|reanimeren)\w* ?(oefenen|oefening|pop|trainer)",
    r"in beslag genomen (\w+ ){0,3}(wapens|messen|vuurwapens|boksbeugels|geweren)",
    r"(sterf|sterven|sterft|vergaan|verga) (\w+ )?van (de )?(honger|dorst|kou|hitte|verveling|het lachen|de slaap)",
    r"(me|mij|mezelf) (\w+ )?dood (om )?(schamen|schaam|ergeren|erger|vervelen|verveel|lachen|lach)",
    r"(clienten|klanten|burgers|bellers|inwoners) die (\w+ ){0,2}(dreigen|dreigde|dreigden)",
    r"(protocol|procedure|werkinstructie|richtlijn|draaiboek|handreiking) (\w+ ){0,12}(dreigt|dreigen|zichzelf|zelfmoord|zelfdoding|su[iy]c[iy]d)\w*( (\w+ ){0,2}(aan te doen|aandoen))?",
    r"zie het (\w+ )?niet (meer )?zitten (met|in|op|voor) (dit|deze|dat|die|de|mijn|onze|ons|een|het) (?!leven|bestaan)\w+",
    r"zie het (\w+ ){0,2}niet (meer )?zitten (\w+ ){0,2}niet (met|qua) (mijn|m n|het) leven (hoor|he|rustig|geen zorgen|maar)\b",
    # "met inburgering en werk tegelijk": a thing named without an article is still a thing.
    r"zie het (\w+ )?niet (meer )?zitten (met|in|op|voor) ((?!(leven|bestaan|mezelf|mijzelf|me|mij|alles|niets|niks|het|de|dit|dat|die|deze|mijn|m n|ons|onze|een|zo|nog|meer|ook|hier|mn)\b)\w{4,}|hem|haar|hen|hun)\b",
    r"zie het (\w+ )?niet (meer )?zitten om (\w+ ){0,8}(vol te houden|te combineren|te doen|af te maken|op te lossen)\b",
    rf"((spring|springt|springen|gooi) (\w+ ){{0,2}}uit (het|een) raam|uit (het|een) raam (spring|springt|springen)) (als|toen|zodra|omdat) (\w+ ){{0,6}}{_OFFICE_KIT}\b",
    # Hyperbole about a machine: "hij hangt zich op als die printer nog één keer vastloopt".
    rf"(ophang\w*|ophangt|opknoop\w*|opknopen|(hang|hangt|knoop|knoopt) (\w+ ){{0,2}}op) (\w+ ){{0,6}}als (die|de|het|dat|deze|dit|onze|mijn) (\w+ )?{_OFFICE_KIT}\b",
    # Too much of something harmless: "een overdosis koffie".
    r"overdosis (aan )?(koffie|cafeine|suiker|snoep|chocola|chocolade|taart|vergaderingen|vergaderen|meetings|mail|mails|informatie|prikkels|zon|kerst|gezelligheid|werk|excel|powerpoint)\b",
    r"gesneden (\w+ ){0,2}(bij|tijdens) (het|de) (\w+ )?(snijden|koken|schillen|afwassen|afwas|klussen|knutselen)\b",
    r"(snijd|snijdt|snij|sneed) (mezelf|me|mijzelf|zich|zichzelf) (\w+ ){0,3}in (de|mijn|m n|zijn|haar) (vinger|vingers|duim|hand)\b",
    # A drill says what it simulates; the smoke is fake.
    r"(brand|rook|vuur|ontruiming|calamiteit)\w* (\w+ ){0,2}gesimuleerd|gesimuleerde? (brand|rook|vuur)\w*|nep ?rook|oefenrook",
    # A knife to cut cake or chicken; a threat word in between keeps it a threat.
    rf"(mes|messen)\b (?:(?!{_THREAT}\b)\w+ ){{0,12}}(om )?{_FOOD} (\w+ ){{0,3}}(te )?(snijden|hakken|schillen|smeren)\b(?! (\w+ ){{0,4}}{_THREAT})",
    rf"{_FOOD} (\w+ ){{0,3}}(snijden|hakken|schillen|smeren|in stukken)\w* (?:(?!{_THREAT}\b)\w+ ){{0,8}}(mes|messen)\b(?! (\w+ ){{0,4}}{_THREAT})",
    r"niet omdat ik (\w+ ){0,4}(aandoen|aan doen|aan te doen|dood|sterven|zelfmoord\w*)",
    # Knife, bomb, jump and shot idiom in everyday work talk.
    r"(het|t) mes (\w+ ){0,2}(snijdt|erin|er in|zetten|gezet|zet|in de formatie|in het budget|in ons|in onze|in de begroting|in mijn functie|in de afdeling|op tafel)",
    r"(zet|zetten|gezet) (\w+ ){0,3}het mes (in|erin)",
    r"mes in (mijn|de|zijn|haar|je) rug",
    r"messen (zijn |worden )?(geslepen|op tafel)|liggen de messen op tafel|getrokken (messen|zwaarden)|(messen|zwaarden) (\w+ )?getrokken",
    r"(als|alsof) (\w+ ){0,3}(een )?mes (in|achter|door)",
    r"(plastic|nep|speelgoed|oefen|rubber|rubberen|namaak) ?(messen|mes|wapens?|pistool|pistolen|geweer|vuurwapen|bom|explosie)\b",
    r"(pop|oefenpop|reanimatiepop|dummy|lotus|figurant) (\w+ ){0,2}(bewusteloos|onwel)",
    r"(als|wanneer) (er )?(iemand|een collega|een klant|een bezoeker) (\w+ ){0,2}(onwel|bewusteloos) (wordt|raakt|zou worden|zou raken)\b",
    r"(training|cursus|oefening|rollenspel|workshop|les)\w* (\w+ ){0,3}(gaat|ging) over (\w+ ){0,4}(mes|messen|wapen|agressie\w*|bom|overval)\b",
    r"(?<!geen )(bommelding|brand|ontruiming|calamiteiten|ontruimings)\w* ?oefening",
    r"(plaatje|plaatjes|afbeelding|tekening|icoon|illustratie|emoji|clipart) van (een )?(bom|bommen|pistool|mes|wapen|explosie)\b",
    r"(scenario|rollenspel|oefenscenario|simulatie|gesimuleerd|simuleren|nagespeeld|naspelen) (\w+ ){0,6}(gewapende?|gooit|stoel|mes|messen|vuurwapen|pistool|wapen|bom|gijzeling|overval|aanslag|schutter|onwel|bewusteloos|ademt niet|niet ademen)\b",
    r"(leggen|legden|neergelegd) (\w+ ){0,2}de wapens neer|de wapens (\w+ )?neer",
    r"mes gaat erin",
    r"(barstte|barst) de bom|de bom (is )?(gebarsten|barst|barstte)|de bom (\w+ ){0,3}(laten|doen|liet|deed) barsten|als een bom|bom duiten|bom geld|bom van \d+|bommetje",
    r"bom onder (het|de|dit|dat|ons|onze|mijn|zijn|haar|hun) (project|begroting|plan|voorstel|afdeling|samenwerking|reorganisatie)\w*",
    r"(gooit|gooien|gooide|gooiden|legt|leggen|legde|legden) (er|daar|hier) (\w+ ){0,2}een bom onder\b",
    # An announcement of a drill: "niet schrikken als je knallen hoort".
    r"niet schrikken (als|wanneer) (je|u|jullie|we|wij) (\w+ ){0,3}(knallen|knal|schoten|rook|sirenes?|alarm) (hoort|horen|hoor|ziet|zien|zie)\b",
    # A drill or course about suicide or an overdose is work: "oefening suïcidaliteit voor de
    # nieuwe lichting", "geoefend wat je doet als iemand een overdosis heeft genomen".
    r"(oefening|training|cursus|workshop|module|e learning|rollenspel|casusbespreking)\w* ((over|rond|bij) )?(su[iy]c[iy]dal\w*|overdosis)\b",
    r"(geoefend|oefenden|oefenen|geleerd|leerden) (\w+ ){0,2}(wat|hoe) (\w+ ){0,4}(bij|als) (\w+ ){0,3}(overdosis|bewusteloos|onwel|hartstilstand)\b",
    r"(stikt|stikken|stik) (\w+ )?van (de |het )?\w+",
    r"(sprong|springt|springen|spring) (\w+ ){0,2}in de bres|de (grote )?sprong (van|naar|voor)",
    r"op de trein (springen|gesprongen|spring)",
    r"door het dak",
    r"niet geschoten (is )?altijd mis",
    r"(schrok|schrokken|schrik|schrikt) (me|mij|zich|ons|mezelf|zichzelf) (\w+ )?(dood|rot|een hoedje|kapot)",
    r"(carriere|politieke|sociale|commerciele) ?zelfmoord",
    r"(ga|gaan|gaat|zal) (me |mij |mezelf |zich )?(heus |echt |zeker |toch )?niet (\w+ ){0,3}(ophangen|springen|voor de trein|dood)\b",
    r"(doet|doen|deed) alsof (hij|ze|zij) zich (\w+ ){0,3}(ophangt|doodschiet|neerschiet)",
    r"(cursus|training|les|oefening|herhaling|rooster|lijst|handboek|kast) (\w+ ){0,5}(reanimatie|reanimeren|ehbo|aed|bhv|bommelding)\w*",
    r"(die|dat) (\w+ )?(kunnen|kan) reanimeren",
    r"(?<!geen )(procedure|protocol|oefening|instructie|handboek) (\w+ ){0,3}(bij )?(een )?(bommelding|brand|ontruiming|calamiteit)",
    r"(sneed|snijdt|snij|gesneden) (me |mij |zich |mezelf |zichzelf )?(\w+ )?aan (een|het|de|mijn|dat|die|dit|deze) (\w+ )?(papiertje|papier|envelop\w*|blik|glas|scherf)",
    # "je mag me ophangen als dat rapport vrijdag niet af is": a promise, not a wish.
    r"\b(je|jullie|u) (mag|mogen) (me|mij) (\w+ )?(ophangen|opknopen|afschieten|doodschieten|neerschieten|vierendelen) als\b",
    r"(wat|hoe) (je|we|jij|ik) (\w+ ){0,3}(als|wanneer) (iemand|een klant|een client) (\w+ ){0,3}(mes|wapen|pistool)\w*",
    r"(schietvereniging|schietsport|jacht)\w* (\w+ ){0,8}(vuurwapen|wapen|geweer|pistool)|(verlof|vergunning) (\w+ ){0,3}(vuurwapen|wapen|geweer)",
    r"(die|dat) (\w+ )?(bewusteloos|onwel) (was|werd|raakte)",
    # Grief for someone else, unless the writer wants to follow them.
    r"(na|sinds|over|door) (de|het) (zelfdoding|zelfmoord|su[iy]c[iy]de|overlijden|dood) van (een|mijn|onze|de|zijn|haar) \w+\b(?! (\w+ ){0,30}((hem|haar) (\w+ ){0,4}(wil|wilde|willen|ga|gaat) (volgen|achterna|zijn)|(wil|wilde|willen) (\w+ )?bij (hem|haar) zijn)\b)",
    r"(ouders|vader|moeder|broer|zus|man|vrouw|partner|opa|oma|kind|zoon|dochter) (\w+ )?er niet meer (is|zijn|was|waren)\b",
    r"(is|was|zijn) (\w+ ){0,3}uit het leven (gestapt|gegaan)|uit het leven (is|was|zijn|waren) (gestapt|gegaan)",
    r"su[iy]c[iy]de ?(gevoelige|preventie\w*) (\w+ )?(gedetineerden|clienten|patienten|jongeren|bewoners|klanten|beleid|training|cursus|protocol\w*|controles?)",
    r"(sfeer|spanning) (\w+ ){0,2}(om te snijden|te snijden)|(kon|kan) (je|jij) (de )?(sfeer|spanning) (\w+ )?snijden",
    r"(overleden|overleed|gestorven|stierf|omgekomen) (\w+ )?(aan|na|door) een overdosis",
    r"alsof ik (al )?dood ben voor (ze|hen|hun|hem|haar|het team|de rest|iedereen op|mijn (team|collega s|collegas|leidinggevende|afdeling))\b",
    r"niet dat ik (mezelf|mijzelf|me) (\w+ ){0,2}(iets|wat) (\w+ )?(aandoe|aan doe|aan ga doen|aandoen)",
    r"(vrijwilliger|vrijwilligerswerk) (\w+ ){0,6}(113|zelfmoordpreventie|luisterlijn)",
    r"geconfronteerd met (de|een) (zelfdoding|zelfmoord|su[iy]c[iy]de|dood) (van|in)",
    # Thoughts long past that the writer says are over; what follows still counts.
    r"(vroeger|jaren geleden|jaar geleden|maanden geleden|vorig jaar|vorige maand|in (19|20)\d\d|sinds mijn|in mijn (jeugd|tienerjaren|studietijd|tienertijd)|toen ik \w+ was|als (tiener|puber|student|kind)) (\w+ ){0,12}(su[iy]c[iy]da\w*|zelfmoord\w*|zelfdoding\w*|zelfbeschadig\w*|(mezelf|mijzelf) (be)?schadig\w*|doodsgedachte\w*|gesneden|sneed|poging|niet meer wilde leven|113 gebeld)( \w+){0,14}? (het gaat (\w+ ){0,3}goed|gaat (het )?(nu |weer |echt |al )*(goed|beter|stabiel)|verleden tijd|(is|zijn) (al )?(lang |jaren )?(voorbij|over)|over ?gegaan|hersteld|stabiel|gelukkig|in behandeling|(goed )?behandeld|geen behoefte (\w+ )?meer|hulp (\w+ )?gekregen|(goed )?geholpen|doe ik (al )?(\w+ )?niet meer|al (\w+ )?jaren niet meer)\b",
    r"(verloren|verloor|verliezen) (\w+ ){0,4}(door|aan) (zelfmoord|zelfdoding|su[iy]c[iy]de)",
    # Talk about a group, not about oneself: "zelfbeschadiging bij jongeren".
    r"(zelfbeschadiging|zelfmoord|zelfdoding|su[iy]c[iy]de|su[iy]c[iy]daliteit)\w* (bij|onder) (jongeren|clienten|leerlingen|studenten|gedetineerden|patienten|de jeugd|kinderen|ouderen|mannen|vrouwen|tieners|pubers|veteranen|boeren)\b",
    r"(spreker|gastspreker|kennissessie|gastles) (\w+ ){0,8}over (\w+ ){0,4}(zelfmoord|zelfdoding|su[iy]c[iy]d|zelfbeschadig)\w*",
    # Farewell letters and endings that belong to a retirement or a membership.
    r"(met pensioen|pensionering|afscheidsreceptie|afscheidscadeau|afscheid van (onze|de|ons) \w+) (\w+ ){0,10}afscheidsbrie\w*",
    r"afscheidsbrie\w* (\w+ ){0,3}(met handtekeningen|namens (het|ons|de) \w+|voor (onze|de|ons) (teamleider|collega|manager|directeur|leidinggevende|baas))",
    r"(lidmaatschap|abonnement|account|opzeggen|opzegging)\w* (\w+ ){0,8}(er )?een (eind|einde) aan (\w+ )?maken",
    r"(door|aan) (zelfmoord|zelfdoding|su[iy]c[iy]de) (\w+ )?(verloren|verloor|kwijtgeraakt)",
    r"(su[iy]c[iy]da\w*|zelfmoord\w*|zelfdoding\w*|zelfbeschadig\w*|doodsgedachte\w*) (\w+ ){0,6}(in het verleden|vroeger|jaren geleden|lang geleden) (\w+ ){0,4}(die|dat|het) (zijn|is) (al )?(lang |jaren )?(weg|over|voorbij)\b",
    r"of ik aan (zelfmoord|zelfdoding|su[iy]c[iy]de) (dacht|denk) (en )?(dat )?(doe ik |deed ik )?(echt |zeker |helemaal )?niet\b",
    # Everyday senses of words the suicide patterns also use.
    r"verdwijnen (uit|van) (dat|het|de|deze|die|dit|mijn|ons) (\w*team|project\w*|afdeling|overleg|\w*groep|functie|vergadering|rooster|werkplek)",
    r"verdwijnen naar (een|het|de) (\w+ )?(eiland|buitenland|\w*strand|zon|berghut)",
    r"afscheidsbrief (van|voor|bij|aan) (de|mijn|het) (vorige|oude) (baan|werkgever|werk|afdeling|functie|team)",
    r"littekens op mijn armen van (lang|jaren|heel lang) geleden",
    r"littekens (\w+ ){0,4}(van|uit) (toen ik \w+ was|mijn (jeugd|tienerjaren|studietijd|pubertijd|tienertijd)|(heel )?(lang|jaren) geleden|vroeger)",
    r"(snijd|snijdt|snij|sneed|sneden) (ik |hij |ze |zij )?(mezelf|mijzelf|me|zich|zichzelf) af van",
    r"op het dak\w* (van \w+ )?om (even )?(bij te komen|te lunchen|te roken|een luchtje te scheppen|frisse lucht)",
    r"een punt achter (zet|zetten) door naar (de|het) \w+ te gaan",
    # Ending a job, a project or a collaboration, not a life.
    r"(we|wij|jullie) (\w+ ){0,3}er (\w+ ){0,2}(een )?punt achter",
    r"punt achter (zet|zetten|te zetten) met (die|de|het|deze|dat|onze|ons|mijn|zijn|haar|hun) (?!leven\b|alles\b)",
    r"punt achter( zet| zetten)?(?=,? (en |door |: ?)?(ik )?(neem (\w+ )?ontslag|ga (\w+ )?solliciteren|zoek (\w+ )?(ander|nieuw)\w* (werk|baan)|vertrek (hier|bij)))",
    r"op de rand van (een |de )?(burn out|burnout|instorting|overspannenheid|scheiding|faillissement)",
    r"(wil|ga|ging|gaat) dood van (schaamte|het lachen|verveling|de zenuwen)",
    r"zie (een|het) (gesprek|\w+) (met (de|het|een) \w+ )?als (de )?enige uitweg",
    r"niet meer bestaan uit\b",
    r"(moeder|vader|oma|opa|broer|zus|schoonmoeder|schoonvader|tante|oom)s? (s )?uitvaart|uitvaart van (mijn|haar|zijn|onze) \w+",
    r"einde aan maken aan (die|dat|deze|het|de|dit) (\w+ ){0,2}(discussie|ruzie|conflict|gedoe|situatie|samenwerking|project\w*|overleg|gesprek\w*)",
    r"niet meer leven met (deze|die|dit|dat|de|het) (onduidelijkheid|onzekerheid|chaos|werkdruk|regeling|roosters?)",
    r"(computer|laptop|pc|printer|telefoon|mobiel|auto|fiets|koffieautomaat|scherm|server) (\w+ ){0,2}wil niet meer leven",
    r"plan (al )?klaar voor (het|de) \w+",
    # Sport, games, cooking, coats of arms and devices.
    r"(penalty|bal|vrije trap|doelpunt|goal|pass|corner|puck|strafschop)s? (\w+ ){0,6}(geschoten|schoot|schiet|knalde|knallen)\b|in de kruising|van de baan (\w+ )?geschoten",
    r"(mezelf|mijzelf|me|zich|zichzelf) (\w+ )?in de vingers (gesneden|snijden|snijd|gesneden)",
    r"(sushi|groente\w*|uien|kookles\w*|kookworkshop|kookcursus) (\w+ ){0,3}met (een |het )?(\w+ )?(mes|messen)\b",
    r"wapen van (de )?(gemeente|provincie|stad|familie|het koninkrijk|nederland|gelderland|holland|zeeland|utrecht|brabant|limburg|friesland|groningen|drenthe|overijssel|flevoland|amsterdam|rotterdam|den haag)\b",
    r"(laptop|computer|pc|server|printer|telefoon|ventilator|mobiel) (\w+ ){0,2}(stikt|ontploft|explodeert)",
    r"(saldo|verlofsaldo|inbox|mailbox|agenda|budget|kosten|rekening|planning|werkdruk|groepsapp|app) (is |was )?(\w+ )?ontploft",
    r"niet meer terugkomt (op|naar|bij) (de|het|die|deze|dat) (afdeling|werk|team|kantoor|project\w*)",
    r"poging (\w+ ){0,3}om (het|de|een|haar|zijn|mijn) (\w+ ){0,2}te (schrijven|begrijpen|maken|regelen|leren|snappen|lezen|versturen|bellen|overleggen|verbeteren|vinden)\b",
    r"naar (de )?zee (te )?(rijden|gaan|fietsen|rijdt)",
    r"(workshop|training|cursus|voorlichting|lezing|e learning|webinar) (\w+ ){0,6}(su[iy]c[iy]d\w*|zelfmoord\w*|zelfdoding\w*)",
    r"(rol|personage|toneelstuk|film|serie|boek) (\w+ ){0,4}(zelfmoord|su[iy]c[iy]de) pleegt",
    r"(clienten|kinderen|jongeren|patienten|bewoners|gedetineerden|leerlingen) met su[iy]c[iy]da\w* (gedrag|gedachten|problematiek|klachten)",
    r"(clienten|kinderen|jongeren|patienten|bewoners|gedetineerden|leerlingen) met (een )?(verhoogd |hoog |acuut )?su[iy]c[iy]de?(risico|gevaar)\b",
    r"(mes|messen) (voor|bij) (de|het|mijn) (\w*lunch|brood|taart|fruit|kaas|appel)",
    r"afscheid (aan het )?nemen (\w+ ){0,4}laatste (werk)?dag (op|bij|van|in) (deze|de|dit|het|onze) (locatie|afdeling|kantoor|team|organisatie|vestiging)",
    r"(kun|kan|kunt) (je|jij|u) (\w+ ){0,3}(net zo goed|beter) (meteen )?van het dak (af )?springen",
    r"wie (\w+ ){0,6}((kan|kon|mag) (\w+ ){0,2})?(net zo goed|beter) (meteen )?van het dak (\w+ )?(af )?((kan|kon|mag) )?springen",
    r"klaar (met|mee) (met )?alles (op|van|bij|in) (het |mijn )?(werk|kantoor|afdeling|team)|klaar met alles (niet met (mijn|het) leven|voor (vandaag|vanavond|deze week|nu)\b)",
    r"(niks|niets|nooit) (\w+ ){0,2}over (zichzelf|mezelf|zich) (iets )?(aan ?doen|aandoen)",
    r"(hoe|waar|wanneer) (kunnen|kan|mogen|mag|moeten) (we|ik|jullie|wij) (\w+ ){0,3}afscheid (van (hem|haar|\w+) )?nemen",
    # A tax assessment (aanslag) is not an attack.
    r"(de|een) (voorlopige |definitieve )?aanslag (\w+ )?(inkomstenbelasting|belasting|ib|\d{4}|opgelegd|betalen|klopt|verminderd|vernietigd)",
    r"(zijn|mijn|haar|uw|je|jouw|hun) (voorlopige |definitieve )?aanslag\b",
    r"(bezwaar|beklag|fout|klacht|helpen) (\w+ ){0,4}aanslag\w*",
    r"\w*(belasting|heffings|vorderings)aanslag\w*|\baanslagbiljet\w*",
    r"(baas|manager|teamleider|leidinggevende|afdeling|organisatie|directeur) (\w+ )?laat (me|mij) niet gaan",
    r"(muis|cursor|scherm|beeld|printer|lift|slagboom|rolband|pc|laptop) (\w+ ){0,4}beweegt niet",
    r"niet uit het leven\b",
    r"niet (van plan|bang) (om |dat )?(\w+ ){0,2}(mezelf|me|mij|zichzelf) (iets|wat) (aan te doen|aandoe\w*|aan ?doet)",
    r"niet voor mijn leven\b",
    r"(protocol|procedure|instructie) (\w+ ){0,8}(onwel|bewusteloos|reanimatie|aed)",
    r"(bhv|bhver|ehbo)\w* (\w+ ){0,6}(reanimatie|reanimeren|aed)",
    r"(tot|totdat|voordat|tot dat) de ambulance (er is|komt|arriveert|er was)",
    rf"({_DECORATIONS}|jas|was) (\w+ )?ophangen",
    # The object named after the verb as a pun: "ik ga me ophangen... de schilderijen bedoel ik".
    rf"ophangen (\w+ ){{0,4}}({_DECORATIONS}|lijsten|fotos|planken) (\w+ ){{0,5}}bedoel (ik|je)\b",
    # Blades ordered with cutting boards; self-harm in birds or other animals.
    r"\bmesjes (en|of) (\w+ )?(snijplank|pincet|scalpel|handschoen|monsterpot|potjes|schaar)\w*",
    r"zelfbeschadiging (\w+ ){0,2}bij (\w+ )?(vogels|roofvogels|papegaaien|dieren|honden|katten|paarden|varkens|kippen|apen)\b",
    # "Klaar met alles, niet op die manier hoor": the writer rules the reading out.
    r"(klaar (mee |met )+(\w+ )?alles|(wil|kan) (ik )?(\w+ )?niet meer|zie het (\w+ )?niet meer zitten|ben er klaar mee|bij (hem|haar) zijn|er niet meer (wil )?zijn) (\w+ ){0,4}(niet op die manier|niet zo bedoeld|niet letterlijk|niet in die zin|niet zoals het klinkt)",
    r"niet in de zin (van|dat) (\w+ ){0,6}(er niet meer (wil |willen )?zijn|dood|zelfmoord\w*|een eind\w*)",
    r"(doe|doen|zal|ga) (mezelf|mijzelf|me|zichzelf) (echt |heus |heus wel |zeker )?(niks|niets) aan\b",
    r"zonder (\w+ )?(gedachten|gedachtes) (aan|over) (de dood|zelfmoord|zelfdoding|sterven|doodgaan)",
    r"(niks|niets|geen) (\w+ )?(met|van) (zelfmoord|zelfdoding|su[iy]c[iy]d)\w*( of zo)?",
    r"(aan|over) (de dood|zelfmoord|zelfdoding|sterven|doodgaan) (denk|denkt|nadenk)\w* (\w+ ){0,2}(dat )?(is|doe) (ik |het )?(echt |helemaal )?(niet|nooit)\b",
    r"(het|mijn) leven (\w+ )?niet zat\b|\bnot suicidal\b",
    r"(dood willen|doodgaan|dood gaan|zelfmoord plegen|sterven) (ben|wil|doe|denk) ik (\w+ )?(niet|nooit)\b",
    r"(uitspraken|opmerkingen|signalen|woorden) (\w+ ){0,2}over (doodsgedachten|de dood|zelfmoord\w*|zelfdoding|su[iy]c[iy]d\w*|een eind\w*) (\w+ ){0,3}(niet|nooit|geen)\b",
    r"(zelfmoord\w*|zelfdoding|(zichzelf|mezelf|zich) (\w+ )?(iets|wat) aan ?(te )?doen|doodsgedachten|de dood) (\w+ ){0,3}(dat|wat|die) (ontkende|ontkent|ontkenden)\b",
    r"\bkill me (now|haha\w*|lol|xd)\b",
    r"\bgeen (zelfmoord|zelfdoding|su[iy]c[iy]de)\w* (hoor|of zo|ofzo|hoor maar)\b",
    # A case note: "gevraagd naar gedachten aan de dood: nee, niet aan de orde".
    r"(gevraagd|vraag|vroeg) (\w+ ){0,10}(de dood|doodsgedachten|zelfmoord\w*|zelfdoding|su[iy]c[iy]d\w*|(zichzelf|zich|mezelf) (iets|wat) aan ?(te )?doen)( (denkt|dacht|denk|heeft|had))? (nee|niet aan de orde|ontkend|ontkent)\b",
    r"\blek (is |zijn |werd |worden |wordt )?(ge)?stoken\b",
    r"\bde bijl (\w+ )?(erbij )?neer(gelegd|leggen|legt|leg)?\b",
    r"(volgt|volgde|volgen|volg) (me|mij|hem|haar|elkaar) (\w+ )?op (instagram|insta|facebook|twitter|tiktok|linkedin|x|strava|social media|sociale media)\b",
    # An aggression training practises with a knife: "oefenden we hoe je een klant met een mes ...".
    r"(oefenden|oefenen|geoefend|leerden|leren|geleerd) (\w+ ){0,3}hoe (je|we|jij|u) (\w+ ){0,6}(mes|messen|wapen|wapens|pistool)\b",
    r"(nooit|niet|niks|niets) (\w+ ){0,2}(gezegd|gehoord|gesproken|laten merken|geuit) over (\w+ ){0,2}(dood (willen|wil|gaan)|doodgaan|zelfmoord\w*|zelfdoding|een eind\w*|sterven|er niet meer (willen )?zijn)",
    r"(ga|gaat) (\w+ )?(heus |echt |zeker |heus wel |ook )?niet dood\b|niemand (\w+ ){0,2}dood (te )?(gaan|gaat)|(hoeft|gaat) (er )?niemand dood",
    # A retirement: "na 42 jaar is het zover", "is het zover: mijn laatste werkdag".
    r"na \d+ (dienst)?jaar (\w+ ){0,3}is het zover|is het zover (\w+ ){0,12}(pensioen\w*|laatste (werk)?dag|afscheidsborrel|afscheidsreceptie)",
    r"iedereen (\w+ ){0,2}bedank\w* (\w+ ){0,6}voor alles(?= (\w+ ){0,50}(afscheidsborrel|afscheidsreceptie|laatste werkdag|met pensioen|mijn opvolger))",
    # Call-centre staff about what callers in general say.
    r"(klanten|bellers|burgers|clienten|mensen|jongeren|gedetineerden) die (\w+ ){0,3}(aangeven|zeggen|vertellen|roepen|melden|dreigen) dat ze (\w+ ){0,3}(er (een )?(eind|einde) aan (willen |gaan )?maken|zelfmoord\w*|niet meer willen leven|dood willen)",
    # A letter written before an execution in the war, for an exhibition.
    r"afscheidsbrie(f|ven) (\w+ ){0,12}(executie|gefusilleerd|ge\w*xecuteerd|oorlog|verzet\w*|194\d|bezetting)|(executie|gefusilleerd|oorlog|verzetsstrijder\w*|194\d|bezetting) (\w+ ){0,20}afscheidsbrie(f|ven)",
    # Plants kept on a window sill, and weed killer poured from a jerrycan.
    r"(plant|planten|plantje|plantjes|bloemen|bloempot\w*|cactus|fotolijst\w*) (\w+ ){0,3}op de vensterbank",
    r"(onkruid\w*|bestrijdingsmiddel\w*) (\w+ ){0,4}uit (een|de) (\w+ ){0,2}jerrycan\b",
    # Praise in southern Dutch and slang: "gij zijt de bom", "jij bent echt de bom".
    r"(jij|je|gij|ge|u|jullie|hij|zij|ze|dat|die) (bent|zijt|is|zijn) (echt |gewoon |echt wel |toch )?de bom\b",
]

_SUICIDE_PATTERNS = [
    # Working out a lethal dose for one's own weight ("mn" and "m'n" are normalised to "mijn").
    r"(letale|dodelijke|fatale) (dosis|hoeveelheid) (\w+ ){0,14}mijn (eigen )?(gewicht|lichaam)\b"
    r"|mijn (eigen )?(gewicht|lichaam) (\w+ ){0,8}(letale|dodelijke|fatale) (dosis|hoeveelheid)",
    # Affairs for after one's death, to be settled by a day this week or because one has had
    # enough: a plan.
    _AFFAIRS
    + r".*\b(niet lang meer (gaat |zal )?duren|zie (\w+ )?het einde|(ben|is) het (\w+ )?zat|klaar mee|(is|was) (\w+ )?(mooi|genoeg) geweest)\b",
    _AFFAIRS
    + r".*\b((geregeld|regelen|in orde|rond) (\w+ ){0,3}(voor|tegen|uiterlijk) (volgende week|deze week|dit weekend|het weekend|morgen|vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|eind van de week)|(voor|tegen|uiterlijk) (volgende week|deze week|dit weekend|het weekend|morgen|vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|eind van de week) (\w+ ){0,3}(geregeld|regelen|in orde|rond))\b",
    # English: the English answer names 113 and 112 too, but a crisis is answered as one. The
    # normaliser reads the "'t" of "don't" as Dutch "het".
    r"\b(end|ending|take|taking) (my|his|her|their) (own )?life\b|\bkill(ing)? (myself|himself|herself)\b",
    r"\b(want|wants|wanted) to die\b|\b(don het|do not|doesn het|does not) want to (live|be alive|be here anymore)\b",
    r"\b(hurt|hurting|harm|harming|cut|cutting) (myself|himself|herself)\b|\bno reason to live\b",
    r"\b(not|never|stop) (\w+ ){0,2}(waking|wake|to wake) up (anymore|again|any more)\b|\bend it all\b|\bbetter off without me\b",
    # Other languages of colleagues, said plainly (accents are stripped; the normaliser reads
    # Polish "nie" as "niet" and German "will" as "wil"): the model learnt Dutch and cannot
    # weigh them, so these are never set aside.
    r"\bje (ne )?veux (mourir|me tuer|me suicider|en finir)\b|\bje (ne )?veux plus vivre\b|\bje vais me (tuer|suicider)\b",
    r"\bich (wil|will|mochte|moechte) (nicht mehr leben|sterben|tot sein)\b|\bich bringe mich um\b|\bmich umbringen\b|\bselbstmord\b",
    r"\bquiero (morir|morirme|matarme|suicidarme)\b|\bno quiero vivir\b|\bme voy a matar\b",
    r"\bquero (morrer|me matar|suicidar)\b|\bnao quero (mais )?viver\b|\bvou me matar\b",
    r"\bvoglio (morire|uccidermi|suicidarmi)\b|\bnon voglio piu vivere\b|\bmi voglio (uccidere|ammazzare)\b",
    r"\bchce (umrzec|sie zabic)\b|\b(nie|niet) chce (juz )?zyc\b|\bzabije sie\b|\bsamobojstw\w*",
    r"\b(olmek|olmak) istiyorum\b|\byasamak istemiyorum\b|\bkendimi (oldurecegim|oldurmek istiyorum|asacagim)\b|\bintihar\b",
    r"\bvreau sa mor\b|\bnu mai vreau sa (traiesc|mai traiesc)\b|\bma sinucid\b|\bsinucider\w*",
    r"\b(saya|aku) (ingin|mau) (mati|bunuh diri)\b|\bbunuh diri\b",
    r"\bmi (ke|kier) (muri|mata mi mes)\b|\bmi no (ke|kier) (biba|bibu) mas\b",
    # All the pills at once: "alles in 1 keer te nemen".
    r"(alles|alle pillen|alle medicijnen|alle tabletten|de hele (strip|doos|pot|voorraad)) (\w+ ){0,2}in (1|een) keer (\w+ )?(te )?(nemen|innemen|in te nemen|slikken|door te slikken|op te maken)\b",
    r"zelf ?moord",
    r"zelf ?do[od]ing",
    r"\b(took|taken|swallowed|has taken|have taken) (a lot of|all|all of|too many|lots of|a bunch of|a whole) (\w+ )?(pills|tablets|medication|meds)\b|\boverdos(e|ed)\b",
    r"(dood ?maken|vermoorden|ophangen|doden) (mezelf|mijzelf|mij zelf|me zelf)\b",
    r"\b(pols|polsen|aders)\b (\w+ ){0,2}(door ?gesneden|open ?gesneden|gesneden|open ?gehaald|doorgesneden)\b",
    # Saving up pills or medication is a plan.
    rf"{_MEDICINES}\w* (\w+ ){{0,5}}(op ?spaart|op ?spaar|op ?gespaard|op te sparen|op ?sparen|aan het sparen)\b"
    rf"|\b(spaart|spaar|spaarde|spaarden|sparen) (\w+ ){{0,5}}{_MEDICINES}\w* op\b"
    rf"|\bop ?gespaarde (\w+ )?{_MEDICINES}",
    # A counsellor's shorthand for a plan: "plan, middelen en datum", "middelen in huis".
    r"\b(plan|datum)\b,? (\w+ ){0,8}middelen (\w+ ){0,2}(in huis|aanwezig|klaar|liggen)\b|\bmiddelen (\w+ ){0,2}(in huis|aanwezig)\b,? (\w+ ){0,8}(plan|datum)\b|\bplan,? middelen\b",
    # A weapon turned on oneself: "het dienstwapen op mezelf richten".
    r"(wapen|dienstwapen|pistool|vuurwapen|geweer|mes)\w* (\w+ ){0,30}(op|tegen) (mezelf|mijzelf|zichzelf|mij zelf) (te )?(richten|richt|gericht|zetten)\b",
    r"\b(loop|wapen|dienstwapen|pistool|vuurwapen|geweer)\w* (\w+ ){0,3}(naar|op|tegen) (mezelf|mijzelf|zichzelf|hemzelf|haarzelf) (te )?(draaien|draai|draait|keren|keer|gedraaid)\b",
    # A service weapon taken "voor zichzelf".
    r"(dienstwapen|wapen|pistool|vuurwapen|geweer|jachtgeweer)\w* (\w+ ){0,10}voor (zichzelf|mezelf|mijzelf)\b",
    r"su[iy]c[iy]d",
    r"suicide",
    r"zelf ?(be)?schadig",
    r"automutil",
    r"(mezelf|mijzelf|zichzelf|mn leven|mijn leven|zijn leven|haar leven|het leven) (wil |gaan |te )?(beeindig|ben?e?eindig)",
    r"(leven|alles) (wil |te )?(beeindig|beindig|stoppen)",
    r"(mezelf|mijzelf|me|zichzelf|zich) (van kant|om het leven|(iets|wat) aan ?(te )?doe?n?|ophang|op te hangen)",
    r"(mezelf|mijzelf|zichzelf) (\w+ )?dood",
    r"(punt|streep) (achter|onder) (mijn|het|zijn|haar) (hele )?leven",
    r"(punt|streep) (achter|onder) alles",
    # "Je hoeft niet meer terug te komen" dismisses someone.
    r"(hoeft|hoef) (voor mij |voor hem |voor haar )?(allemaal )?niet meer(?! (terug )?te komen\b)",
    r"(last|blok aan het been) voor (iedereen|mijn (familie|gezin|kinderen))",
    r"(wil|wilde) (\w+ ){0,2}(verdwijnen|voorgoed weg|er tussenuit voorgoed)",
    r"(sta|staat|staan|zit|zat) (\w+ ){0,3}(op het dak|op de \w*brug|op het spoor|bij het spoor|aan het spoor|op de rand)",
    r"(dood|de dood|sterven) (\w+ ){0,3}(verlossing|opluchting|oplossing)",
    r"(weet|heb) (al )?(precies )?(hoe|wanneer) ik (het|er een einde aan) (ga|wil) (doen|maken)",
    r"ik wil niet meer\s*$",
    r"^\s*(ik )?wil (gewoon )?niet meer( leven)?\s*$",
    r"(eind|einde|end) (aan|maken aan) (mijn|zijn|haar|het|m n|mn) leven",
    r"(er|het) (een )?(eind|einde) aan (wil(len)? |te |gaan |maken|make)",
    r"(er|het) (een )?(eind|einde) (aan )?(wil(len)? )?maken",
    # "wil weten waarom iemand dood is" asks about a death.
    # "Hij wil me dood hebben" is a threat from someone else (an incident, below), not a wish to
    # die; "ik wil dood. Hebben jullie een nummer?" is one.
    rf"(wil|wilt|wou|willen|zou|wilde)( (?!(weten|snappen|begrijpen|horen|lezen|waarom|hoe|wanneer|of)\b)(?!{_SOMEONE_DEAD})\w+){{0,3}} (dood|doodgaan|sterven)\b",
    # "dat ik hem dood wil hebben" wants someone else dead: not a wish to die.
    r"(dood|doodgaan|sterven) (wil|willen|wilde)\b(?! hebben\b)",
    r"(liever|beter|was ik maar|ware ik maar) (\w+ )?dood",
    r"niet meer (willen )?leven",
    r"(wil|wilt|wilde|willen) (\w+ )?niet meer (leven|bestaan|verder|hier zijn|wakker|zijn|er zijn)",
    r"er (gewoon |liever )?niet meer (willen |wil |te )?zijn",
    r"niet meer (op|in) deze wereld",
    r"nooit meer wakker",
    r"niet meer wakker (te )?(worden|word)",
    r"(beter|beter af) (af )?zonder mij",
    r"niemand (zal|zou|gaat) (me|mij|haar|hem) (\w+ )?missen",
    r"dreig\w* (\w+ ){0,5}(te )?springen\b",
    r"(moe|klaar|genoeg) van (het|mijn) (\w+ )?bestaan\b",
    r"(teleurstelling|teleurgesteld|jammer|balen|helaas) (\w+ ){0,4}weer wakker",
    r"(expres|bewust|opzettelijk|express) (\w+ ){0,2}door rood",
    r"(armen|polsen|benen|dijen) (\w+ ){0,2}(weer )?kapot (\w+ )?(gemaakt|maken|gesneden|gekrast)",
    r"(gezegd|verteld|opgeschreven|uitgelegd) waar (de |mijn |alle )?(verzekerings\w*|testament|polis\w*|bankpapieren|papieren|belangrijke papieren) (\w+ )?(liggen|ligt)",
    r"(bericht|mail|telefoontje|nieuws) over mij (\w+ ){0,3}(krijgt|krijgen|hoort|horen) (\w+ ){0,2}(schrik|wees)",
    r"zie het (allemaal |echt |gewoon |helemaal )?niet meer zitten",
    r"zie het (allemaal|helemaal) niet (meer )?zitten",
    r"zie (het leven|geen uitweg|geen toekomst|geen enkele uitweg)",
    r"geen (zin|reden) (meer )?(in|om te) (het )?leven",
    r"leven (heeft )?geen zin (meer)?",
    r"uit het leven (te )?(stappen|stapt)",
    r"(voor|onder) (de|een) (trein(en)?\b|trijn\b|tram\b|metro\b)",
    r"\b(spring|springen|sprong) (van|vanaf|voor|uit|af)\b",
    r"(pillen|pilletjes|medicijnen|slaappillen|tabletten) (\w+ ){0,3}(gespaard|verzameld|sparen|verzamel|innemen|slikken|allemaal)",
    r"(gespaard|verzameld) (\w+ ){0,2}(pillen|medicijnen|slaappillen|tabletten)",
    r"overdosis",
    r"\bstrop\b",
    r"(snij|snijd|snijden|kras|krassen|sneed|brand|branden) (\w+ )?(mezelf|mijzelf|me|zichzelf|zich|mn armen|mijn armen|in mijn)\b",
    r"(gebrand|verbrand|brand|brandt|branden|krassen|krast|kraste|gekrast|kerft|snijdt) (\w+ ){0,2}met (een |het |de )?(aansteker|sigaret\w*|strijkijzer|kaars|schaar|mes|mesje|passer|paperclip|scherf|glas|scheermesje)\b",
    r"(mezelf|mijzelf|zichzelf) (\w+ )?(snijden|pijn (te )?doen|verwonden|beschadigen|krassen|slaan tot)",
    # Burning oneself on purpose against something hot.
    r"((arm|armen|onderarm|hand|handen|huid|pols|polsen|vinger|vingers) (expres|express|bewust|met opzet|opzettelijk)"
    r"|(expres|express|bewust|met opzet|opzettelijk) (mijn|zijn|haar) (arm|armen|onderarm|hand|handen|huid|pols|polsen|vinger|vingers))"
    r" (\w+ ){0,2}(tegen|op) (de |het |een )?(hete|heet|gloeiende|gloeiend|kokende|kokend)\b",
    r"afscheidsbrie(f|ven)",
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
    r"(doe|doet|deed|doen) (mezelf|mijzelf|zichzelf|zich) (\w+ ){0,3}pijn",
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
    r"als ik er (\w+ )?niet meer (ben|was|zou zijn)",
    r"hoe ik het (\w+ ){0,3}op een ongeluk (\w+ ){0,2}lijken",
    r"voorgoed (\w+ )?(verdwijn|verdwijnen|weg|slapen|stoppen)\b(?! (\w+ ){0,3}(nieuwe|andere) (baan|functie|job|werkgever))",
    r"(enige|laatste) (\w+ )?uitweg",
    r"(leven|bestaan) (\w+ ){0,3}(voor )?zin",
    r"klaar (mee |met )+(\w+ )?(het leven|leven)",
    r"(stoppen|ophouden|kappen) (\w+ ){0,3}(met )?(alles|leven|het leven|bestaan|ademen)\b",
    r"(bedacht|nagedacht|nadenken|denk|dacht|uitzoeken|uitgezocht|opgezocht) (\w+ ){0,3}hoe ik het (zo |precies )?(zou|ga|wil|kan|moet) doen",
    # "ik weet niet hoe ik het moet doen" is everyday overload, "ik weet al hoe" is a plan.
    r"\bweet (al |precies |nu |inmiddels )*hoe ik het (zou|ga|wil|kan|moet) doen",
    r"(een |mijn )?(zelfmoord)?poging (\w+ ){0,2}(gedaan|ondernomen)",
    r"(eind|einde|punt) (\w+ )?(aan|achter) (alles|mijn leven|het leven|zijn leven|haar leven)",
    r"niet meer verder (kan|kunnen|wil|willen)\b",
    r"(mezelf|mijzelf|me|zichzelf|zich) (\w+ )?(opknopen|op te knopen|ophangen|op te hangen)",
    r"(pols|polsen|aders) (\w+ )?(doorsnijden|door te snijden|doorgesneden|open)",
    r"zinloos (\w+ ){0,2}(leven|bestaan)",
    r"(alles|het allemaal|het leven) (\w+ ){0,2}geen zin( meer)?\b(?! (meer )?in\b)",
    r"(eeuwige rust|voor altijd (\w+ )?(rust|slapen|weg))",
    r"(weg|uit|stoppen met) (\w+ )?(dit|het) leven",
    r"iets (doms|stoms|onherroepelijks|ergs) (\w+ ){0,2}(doen|aandoen|aan doen)",
    r"(spullen|bezittingen) (\w+ ){0,3}weggegeven",
    r"gas (\w+ )?(open ?zetten|opengezet|open gedraaid|opendraaien)",
    r"(verdrinken|verdrinking) (\w+ )?(mezelf|zelf|wil)",
    r"(wil|wilde|ga|gaat|zal) (\w+ ){0,3}(verdrinken|ophangen|opknopen)",
    r"(niemand|niemand zou) (\w+ ){0,4}(merken|missen) (\w+ ){0,4}(als|wanneer) ik",
    # "waar ik heen ga heb ik niks nodig", said while giving things away.
    r"\bwaar (ik|hij|ze|zij) (\w+ )?heen (ga|gaat) (\w+ ){0,2}(niks|niets|geen \w+) (meer )?nodig\b",
    r"\b(er|hier) (\w+ )?(niet meer|nooit meer) (wil|wil zijn|zijn|te zijn)",
    r"\bover (\w+ )?niet meer (willen|leven|wakker (te )?worden|er zijn)\b",
    r"(hoeft|hoef) (\w+ ){0,2}(niet meer|niet langer)\s*$",
    r"(levensmoe|doodsverlangen|doodswens)",
    r"(?<!geen )\b(zin|behoefte|drang) (\w+ )?om (\w+ )?(te sterven|dood te gaan|er niet meer te zijn)\b",
    r"(verlang|verlangen|verlangt) (\w+ ){0,2}naar (de dood|dood te zijn|sterven|het einde)",
    # "nadenken over de dood. Niet bang ervoor, eerder verlangend."
    r"(de dood|sterven|doodgaan) (\w+ ){0,8}(verlangend|verlangen|verlang)\b",
    r"(wens|hoop|hoopte) (\w+ ){0,3}dat ik (\w+ ){0,3}(doodga|dood ga|dood was|dood ben|sterf|er niet meer|niet meer (besta|leef)\b)",
    r"(de dood|dood zijn|sterven) (\w+ ){0,5}(opluchting|verlossing|oplossing|rust)\b",
    r"waarom (leef|besta) ik (\w+ )?(nog|eigenlijk)",
    r"verdien (\w+ ){0,2}(om te leven|om dood te gaan|te sterven|dood te gaan|te leven)",
    r"(beter|beter is) als ik (\w+ ){0,2}(doodga|dood ga|dood ben|er niet meer ben|weg ben)",
    r"als ik dood ben",
    r"(het|t) leven (\w+ )?(zat|moe)\b",
    r"\b(wil|ga|wilde|gaan) (\w+ ){0,2}de pijp uit",
    r"(mezelf|mijzelf) (\w+ )?(de pijp uit|afmaken|af te maken)",
    # Verb first, as after "als ..." or "dan": "dan hang ik me wel op", "hij hangt zich op".
    # A person as subject: "Outlook hangt zich op" is a frozen program. Hanging oneself "aan"
    # something that is no place to hang from ("aan details", "aan dat portaal") is a figure of
    # speech.
    r"\b((hang|knoop) (ik )?(me|mij|mezelf|mijzelf)|(hangt|knoopt) (hij|ze|zij) (zich|zichzelf)|(hij|ze|zij) (hangt|knoopt) (zich|zichzelf))"
    r" (?:(?!(niet|nooit)\b)\w+ ){0,2}op\b(?! aan (?!(\w+ ){0,2}(\w*(boom|bomen|balk|leuning|haak|stang|buis|paal|tak|deur|klink)|trap\w*|zolder\w*|plafond\w*|lamp|hek|brug|touw|riem|strop)\b))",
    r"(neem|genomen|geslikt|slik|ingenomen) (\w+ ){0,3}(alle|al mijn|\d+) (\w+ )?(pillen|medicijnen|tabletten|paracetamol|oxazepam|slaappillen)",
    r"(alle|al mijn|\d+) (\w+ )?(pillen|medicijnen|tabletten|paracetamol|oxazepam|slaappillen) (\w+ ){0,2}(genomen|geslikt|ingenomen)",
    r"(pillen|medicijnen|tabletten) (\w+ )?(liggen|staan) klaar",
    r"^ (ik )?heb (\w+ )?(een|het) (touw|strop)\s*$",
    r"(alles|al mijn medicijnen|al mijn pillen) (\w+ )?geslikt",
    r"(heb|ben) (weer|mezelf|mijzelf|me|net weer|vannacht) (\w+ )?(gekrast|gesneden)\b",
    r"(armen|benen|polsen) (\w+ ){0,3}(vol|met) (sneeen|sneetjes|krassen|snijwonden|littekens)",
    r"sla (mezelf|mijzelf) (\w+ )?tot\b",
    r"welke brug",
    r"(brug|rivier|kanaal|water|zee|maas|ijssel|waal)\b (\w+ ){0,2}(in )?(springen|spring|rijden|in te lopen|inlopen|in lopen)\b",
    r"(sta|staat|zit) op (het|een) (dak|flat)\b",
    r"spring zo\b",
    r"(snelste|pijnloze|pijnloos|makkelijkste|zekerste) (\w+ ){0,2}(manier|methode) (\w+ ){0,3}(dood|sterven|eind|einde)",
    r"aan de dood (\w+ )?(denk|dacht|denken)",
    r"laatste brief",
    r"of ik (\w+ ){0,2}(het weekend|morgen|volgende week|de kerst) (nog )?(haal|red|meemaak)",
    # Broader indirect and third-person wording, from the training lines the patterns missed.
    r"niet meer (wil|wilt|wilde|willen) (leven|bestaan|verder|er zijn|zijn)\b",
    r"(het|t) (\w+ ){0,2}niet meer (ziet|zag|zien) zitten",
    r"(mezelf|mijzelf|zichzelf|zich) (\w+ ){0,2}(iets|wat) (\w+ ){0,2}(aandoen|aan doen|aan te doen|aandoet)",
    r"(er|het) (\w+ ){0,3}(een )?(eind|einde|punt) aan (\w+ ){0,2}(maken|maak|maakt|make)\b",
    r"er (\w+ ){0,2}(een )?streep onder (zet|zetten|te zetten)\b,? (\w+ ){0,3}(voor altijd|alles|(mijn|het|zijn|haar) (hele )?leven)",
    r"(maak|maakt|maken|zet|zetten) (\w+ )?er (\w+ )?(een )?(eind|einde) aan\b",
    r"(rust|slapen) (\w+ )?voor altijd",
    r"(weg|verdwijn\w*|tussenuit|eruit) (\w+ )?voorgoed",
    r"(het|t) leven (\w+ )?moe",
    r"genoeg van (het|t) leven",
    r"(ben|voel me|voelt als) (\w+ ){0,2}(een )?(last|blok aan het been)\s*$",
    r"besloten (\w+ )?(dat )?(het|t) (genoeg|mooi geweest|klaar) is",
    r"(beter af|meer aan) (\w+ ){0,6}dan (aan|met) mij\b",
    r"motor (\w+ )?(aan|draaien|draait|laten lopen) (\w+ ){0,5}garage",
    r"garage (\w+ ){0,5}motor (\w+ )?(aan|draait|laten lopen)",
    r"vaarwel (allemaal|iedereen|jullie)",
    r"(licht (uitgaat|uit gaat)|(?<!slecht )(?<!slecht te )slapen en (\w+ ){0,3}(klaar|nooit meer|niet meer))",
    r"stop(pen)? met (het )?leven",
    r"(ben ik|ik ben) er (\w+ ){0,2}niet meer (dat weet|,? dat|sorry)",
    r"(na het weekend|na vandaag|morgen|binnenkort|straks|nog even en|volgende week|vanavond|vannacht|zondag|zaterdag|vrijdag) (\w+ ){0,2}((ben ik|ik ben) er niet meer|leef ik niet meer|ik leef niet meer)",
    # Not making it to a date by one's own choice; how many pills one does not survive; where to cut.
    r"(einde van (de|deze|het) (maand|week|jaar|zomer)|volgende (week|maand)|kerst|het weekend|mijn verjaardag|het nieuwe jaar|oud en nieuw|mijn pensioen) (\w+ ){0,3}(nog )?(niet )?(haal|red|meemaak|halen|redden|meer meemaak)\b (\w+ ){0,10}(eigen keuze|mijn keuze|zelf gekozen|zelf voor gekozen|ik kies ervoor)\b",
    r"hoeveel (\w+ ){0,4}(overleeft|overleef|overleven) (\w+ ){0,5}niet\b|(waar|hoe diep|hoe) (moet|moeten|moet je|moet ik) (\w+ ){0,2}(snijden|snijd|steken) (\w+ ){0,8}(lukken|lukt|dood|raak)\b",
    # A dose worked out before taking it, a train driver who must not see one, waiting to die.
    r"(hoeveel|welke hoeveelheid) (\w+ ){0,5}(is )?(te veel|teveel|genoeg|dodelijk) (\w+ ){0,8}(voordat|voor|als|zodat) ik (ze|het|die|alles) (neem|inneem|slik|innemen|doorslik)\b",
    r"(machinist|trein|goederentrein) (\w+ ){0,8}(me|mij) (\w+ )?(te vroeg |op tijd )?(ziet|zien|aanrijdt|raakt|schept)\b|(voor|onder) (de|een) (trein|goederentrein|metro) (springen|spring|stappen|stap|lopen|gaan liggen)\b",
    r"(eet|drink|eten|drinken) (\w+ ){0,3}niet meer (\w+ ){0,6}(wacht|wachten) (\w+ ){0,3}tot ik (\w+ ){0,2}(mag gaan|dood|er niet meer|sterf|mag sterven)",
    r"over (het|de) (hek|reling|balustrade|railing|leuning) (van|bij|op) (de|het) (sluis|brug|kade|viaduct|spoor|dak|flat|haven|parkeergarage) (\w+ )?(geklommen|klim|klimt|klom)\b",
    r"bij (mijn|m n) overleden (\w+ ){0,2}(zijn|gaan)",
    r"(draait|gaat) (\w+ ){0,2}door zonder mij",
    r"dood (zijn )?(lijkt|is) (me |mij )?(rustiger|beter|fijner|makkelijker)",
    r"geen toekomst meer (en|,)",
    r"(kan|trek) het leven niet (meer )?aan",
    r"(beter af|beter) (\w+ ){0,2}(als|wanneer) ik (weg|er niet|dood|verdwijn)",
    r"(kinderen|gezin|familie|vrouw|man|partner|ouders) (\w+ ){0,3}beter af (\w+ )?zonder (mij|haar|hem)",
    r"beter af (\w+ ){0,6}met geen (vader|moeder|papa|mama)\b",
    r"als ik (\w+ ){0,3}onder een (bus|auto|trein|vrachtwagen|tram)",
    r"(leven|mijn leven) is (af|op|voorbij|klaar)\b",
    r"geef het op (\w+ )?met alles",
    r"(wachtwoorden|testament) (\w+ ){0,6}(briefje|laten maken|voor mijn (zus|broer|kinderen|vrouw|man))",
    r"(eigen )?uitvaart (\w+ )?(al )?(geregeld|gepland)",
    r"(weggegeven|weg gegeven|verdeeld|gegeven) (\w+ ){0,8}niet meer nodig",
    r"(alles|al mijn spullen|mijn spullen) (\w+ )?(weggegeven|verdeeld)",
    r"hoeft niemand (zich )?(meer )?(druk|zorgen)",
    r"(zeg|vertel) (\w+ ){0,3}(mijn|m n|de) (team|kinderen|vrouw|man|ouders|moeder|vader|familie|zus|broer|collega s|collegas) dat (het niet (hun|jouw|jullie) schuld (is|was)|ik (\w+ )?van (ze|hen|hem|haar|jullie) hou\w*)",
    r"(foto|plaatje|filmpje) van (een |de |het )?(touw|strop|strik)\b",
    r"voor degene die (me|mij|hem|haar) vindt",
    r"(het is goed zo|iedereen (\w+ ){0,2}bedank\w*) (\w+ ){0,6}(het is goed zo|voor alles)",
    r"alsof ik (al )?dood ben",
    r"(mijn|het) plan (\w+ )?(is )?klaar",
    r"(pillen|slaappillen|medicijnen|tabletten|paracetamol) (\w+ ){0,2}(klaargelegd|klaar (\w+ )?(liggen|staan)|klaarliggen|naast me|in mijn hand)",
    r"(heb|ik heb|heeft) (de|mijn|het|een) (pillen|touw|strop) (al|klaar)",
    r"(touw|strop) (\w+ ){0,4}(kofferbak|schuur|in mijn hand|in zijn hand|hangt|in zijn tas|in haar tas|in mijn tas)",
    r"(strip|doos|doosje|potje) (\w+ ){0,2}(paracetamol|pillen|oxazepam|slaappillen|medicijnen)",
    r"(paracetamol|pillen|medicijnen|slaappillen|insuline) (\w+ ){0,4}(dodelijk|gespaard|spaart|sparen|tegelijk)",
    r"(hoeveel|welke) (\w+ ){0,4}(dodelijk|fataal|hoog genoeg)",
    r"dodelijke (dosis|hoeveelheid)",
    # One step forward and it is over; whether a roof or a bridge is high enough.
    r"(een|1) (klein )?(stap|stapje) (naar voren|over de rand)\b,? (\w+ ){0,2}(en )?(het is voorbij|is het voorbij|is alles voorbij|ben ik dood|ben ik weg|ben ik er niet meer)\b(?! (met|voor)\b)",
    r"(boven op|bovenop|op het dak van|op de rand van) (\w+ ){0,2}(parkeergarage|flat|gebouw|kantoor|brug)",
    r"(loop|ga|rij) (\w+ ){0,2}naar het spoor",
    r"(auto|dienstauto|wagen|busje) (\w+ ){0,5}tegen een (boom|muur|pilaar|viaduct)",
    r"tegen een (boom|muur|pilaar|viaduct) (\w+ )?(te )?(rijden|rijdt|rijd|rij)",
    r"(de )?vangrail in",
    r"gaskraan",
    r"gas (\w+ )?open",
    r"\b(scheermesje|scheermesjes|mesje|mesjes)\b",
    r"(zee|water|bos) in (\w+ ){0,4}niet meer terug",
    r"(appt|zegt|zei|schrijft) (\w+ ){0,3}niet meer terug ?(komt|kom)",
    r"alle (medicijnen|pillen|tabletten) (\w+ ){0,6}(tas|jas|la|zak)",
    r"(is het zover|dan doe ik het)",
    r"waar niemand (me|mij|hem|haar) (\w+ )?vind",
    r"dienstwapen (\w+ ){0,6}(mezelf|zichzelf|mijzelf)",
    r"tegen (mezelf|zichzelf|mijzelf) (te )?(gebruiken|richten)",
    r"(mijn|een|vorige|eerste|eerdere|laatste) poging\b(?! (om|tot|te|van (mijn|de|het)))",
    r"na een poging",
    # "deze keer lukt het", "deze keer niet wakker worden"; "deze keer echt niet als eerste" is not.
    r"deze keer (\w+ ){0,2}(lukken|lukt|vindt niemand|niet (\w+ ){0,2}(mis|mislukken|overleven|wakker|falen|gevonden|gered|tegengehouden|op tijd))\b",
    r"(van een brug|van het dak|van een flat) (\w+ )?gesprongen",
    r"(het|er) (\w+ ){0,3}(al eens|eerder|ooit) (\w+ ){0,2}geprobeerd (\w+ ){0,6}(gedachten|opnieuw|weer)",
    r"tot (het|ze|er iets) (\w+ )?(bloedt|bloeden|brak)",
    r"(krab|kras|krasse|krast|snij|snijd|sneed|bijt|beet) (\w+ ){0,3}(armen|arm|benen|been|pols|polsen|bovenbenen)",
    r"(arm|armen|been|benen|pols|polsen) (\w+ ){0,2}(opengekrast|opengekrabd|open gekrast|opengesneden|open gesneden)",
    r"(opengekrast|opengekrabd|opengesneden) (\w+ ){0,2}(arm|armen|been|benen|pols)",
    r"wonden op (mijn|haar|zijn) (armen|benen|polsen)",
    r"(sneeen|sneetjes|snijwonden|brandwonden|littekens) (\w+ ){0,4}(armen|benen|verberg\w*|niemand|ziet|zelf)",
    r"lange mouwen (\w+ ){0,7}(ziet|zien|verbergen)",
    r"met een (schaar|mes|mesje|passer|paperclip|aansteker|sigaret) (\w+ ){0,2}in (mijn|zijn|haar) (been|arm|buik|hand (\w+ )?(krast|kerft|snijdt|snijd|brandt))\b",
    r"(weer|opnieuw|vannacht|gisteren) (\w+ )?gesneden",
    r"(heb|heeft) (\w+ ){0,2}gesneden (\w+ ){0,3}(wc|toilet|badkamer|werk)",
    r"(krassen|snijden) helpt",
    r"dieper (gaan|snijden|krassen)",
    r"sla (mezelf|mijzelf) (\w+ ){0,3}(gezicht|hoofd|als|wanneer)",
    r"(sla|slaat|bonk|bonkt) (mijn|zijn|haar) hoofd (\w+ ){0,4}tot\b",
    r"(mezelf|zichzelf|zich|mijzelf) (\w+ ){0,4}(gebrand|brand|verbrand)\b",
    r"(snij|snijd|kras|krasse|krast|krassen|snijden) (\w+ )?weer\b",
    r"(zichzelf|zich) (\w+ ){0,3}(snijdt|krast|verwondt|verwonden|te verwonden|beschadigt)",
    r"(mezelf|mijzelf|zichzelf) (\w+ )?(killen|kill)",
    r"(done|klaar) (met|mee) (life|het leven)",
    r"(life is pointless|dont want to live|no reason to live|wanna die)",
    r"(hoop|hoopte) (\w+ ){0,2}(dat ik )?(doodga|dood ga|niet meer wakker|sterf|verongeluk)",
    r"laat me (maar )?(doodgaan|sterven|dood gaan)",
    r"(ga|gaat|wil) (\w+ ){0,2}(springe|springen|spring)\s*$",
    r"^ (ik )?spring\s*$",
    r"sorry voor alles",
    r"als ik (overlijd|doodga|dood ga|sterf) (\w+ ){0,40}(voordat|voor|zodra|als|wanneer) ik het (\w+ )?(doe|ga doen)\b",
    r"afscheid (\w+ ){0,2}van (het|mijn|zijn|haar) leven",
    r"(denk|dacht|denken) (\w+ ){0,2}(aan|om te) springen\b",
    r"(wil|wilt) niet (\w+ )?leven meer",
    r"(al|alle|mijn|zijn|haar) (\w+ )?(slaappillen|pillen|medicijnen|tabletten) (\w+ ){0,3}(bewaard|gespaard|opgespaard|verzameld)\b",
    r"dit is (mijn|zijn|haar) laatste bericht",
    r"(nut|zin) (\w+ )?(niet meer|meer) (\w+ )?(van|om te|in) (het )?leven",
    r"reden (\w+ )?meer om (er )?te (zijn|leven)",
    r"waarom (zou|moet) ik (\w+ ){0,2}(leven|verder leven|hier zijn)",
    r"(nergens|niks|niets) meer zin in (\w+ ){0,3}(in )?(het )?leven",
    r"(eigen dood|fantaseer (\w+ ){0,3}(dood|sterven)|fantasie\w* over (de )?dood)",
    r"of ik morgen (\w+ )?(nog )?(leef|er ben|besta)",
    r"(kan|wil) niet meer (\w+ ){0,2}(en )?(ik )?(wil|kan) niet meer",
    r"wil niet meer (\w+ ){0,2}alles doet pijn",
    r"(kap|stop|kappen|stoppen|ophouden) (er)?mee (\w+ ){0,2}met alles",
    r"(denk|denken|dacht) (erover|er over|eraan|er aan) om te springen",
    r"(slang|slangen) (\w+ ){0,6}(uitlaat|klaar|auto)",
    r"uitlaat (\w+ ){0,4}naar binnen",
    # Wordings a second, independent writer used that the lines above missed.
    r"van het leven (\w+ ){0,2}(te )?beroven",
    r"(geen|niet) (\w+ ){0,3}reden (\w+ ){0,3}om (\w+ ){0,2}(te )?(blijven |verder )?leven\b",
    r"(niet|geen zin|niet meer) (\w+ ){0,3}verder (te )?(willen )?leven\b",
    r"\b(wil|wilde|ga|zou|wou) (\w+ ){0,2}(hem|haar|ze) (\w+ ){0,4}achterna\b(?! (zitten|zit|rennen|lopen|fietsen|rijden)\b)",
    r"\b(opnieuw|steeds|weer|telkens) (\w+ ){0,2}(snij|snijd|kras|krast|snijdt)\b",
    r"(sigaret|peuk|aansteker) (\w+ ){0,3}uitgedrukt op (mijn|zijn|haar) (arm|hand|been|huid|pols)",
    r"\bkms\b|\bunalive\w*|\bend it( all)?\b|tired of (living|life)",
    r"(mezelf|mijzelf|zichzelf|zich) (\w+ ){0,2}(te )?vergiftig\w*",
    r"te veel (\w+ ){0,2}(pillen|pil|medicijnen|medicatie|tabletten|paracetamol|slaappillen)",
    r"pil+en (\w+ ){0,3}(gespaard|gespaart|verzameld|opgespaard)",
    r"onder (een|de) (bus|auto|trein|vrachtwagen|tram|metro) (\w+ )?(te )?(lopen|springen|stappen|gooien)|onder (een|de) (trein|tram|metro) (\w+ )?(te )?liggen|onder (een|de) (bus|auto|vrachtwagen) (gaan|te) liggen",
    r"(zak|plastic zak) over (mijn|zijn|haar) hoofd",
    r"(water|zee|rivier|meer|kanaal|gracht) in (\w+ )?(gelopen|gestapt)|in het water gelopen",
    r"\b(bos|zolder|schuur|balk) (\w+ ){0,5}(touw|strop)\b|\b(touw|strop)\b (\w+ ){0,5}(bos|zolder|schuur|balk)\b",
    r"(voicemail|ingesproken|sms|appje) (\w+ ){0,5}afscheid",
    r"(niet|geen) (\w+ ){0,3}(beloven|garanderen) (\w+ ){0,4}veilig",
    r"als je (\w+ )?hoopt dat je (\w+ ){0,2}(doodgaat|dood gaat|sterft)",
    r"binnenkort (\w+ ){0,2}dood (ben|zijn|ga|bent)\b",
    r"113 (\w+ ){0,2}(al )?gebeld|113 (\w+ ){0,8}(ik heb (het|hem|dat) nodig|nodig heb)",
    r"(zeg|zeggen|zegt|vertel|vertellen) (\w+ ){0,4}dat ik van (haar|hem|ze|jullie|hen) (hou|houd)",
    r"\bzich (\w+ ){0,4}gesneden",
    r"(mes|mesje|pillen|touw|scheermesje|medicijnen|slaappillen) (\w+ ){0,8}voor als (het|alles) (\w+ ){0,2}(te veel|teveel|niet meer)",
    # Means, plans and farewells in a fourth writer's wordings.
    r"(mezelf|mijzelf|zichzelf|zich|me) (\w+ ){0,2}(verhang\w*|verdrink\w*|vergiftig\w*|ombreng\w*|te pletter (rijden|rijdt|rij|springen))",
    r"van het leven (te )?(beroof|beroven)\b",
    r"\b(ga|gaat) (\w+ ){0,2}(vanavond|vannacht|vandaag|morgen|straks|binnenkort|nu) dood\b(?! van)",
    r"(vanavond|vannacht|vandaag|morgen|straks) (ga|gaat) (ik|hij|ze|zij) dood\b(?! van)",
    r"(besloten|besluit|gekozen) (om )?(\w+ ){0,2}(dood te gaan|te sterven|er niet meer te zijn)",
    r"\b(ga|gaat) (\w+ ){0,2}sterven\b",
    r"(morgen|vanavond|straks|na vandaag|over een uur) (ben|is) (ik|hij|ze|zij) er (toch |al |echt )?niet meer",
    r"(dit is|is dit) (mijn |het )?laatste (wat ik schrijf|bericht|berichtje)",
    r"laatste (keer|dag) dat (jullie|je|u) (me|mij|van me|van mij) (zien|ziet|horen|hoort)\b(?! over)",
    r"(ophoudt|stopt|over is|afgelopen is),? (\w+ ){0,2}(voor altijd|voorgoed)",
    r"stop ermee,? voor altijd|(weg|ga),? (\w+ ){0,4}voor altijd",
    r"(stop|stoppen|ophouden) met (leven|ademen)\b",
    r"(al zoveel|net iets|ze allemaal|de hele strip|de hele pot|alles) (\w+ )?(geslikt|ingenomen)",
    r"(pillen|tabletten|medicijnen|slaapmiddelen|slaappillen) (\w+ ){0,3}genomen\b",
    r"(hele pot|allemaal tegelijk|ze nu allemaal|alle medicijnen|alle pillen|de hele strip) (\w+ ){0,3}(innemen|in te nemen|nemen|opdrinken)",
    r"(touw|strop|slang) (\w+ ){0,4}(vastgemaakt|aan het plafond|in het plafond|naar het raam|om (mijn|zijn|haar) nek|voor (mezelf|zichzelf))",
    r"(riem|touw|gordel|kabel|sjaal) om (mijn|zijn|haar|de) nek",
    r"haak in het plafond",
    r"(van|uit|vanaf) (het|de|een) (brug|viaduct|flat|balkon|dak|raam|trap|klif|toren)( af)? (springen|spring|springt|wil springen|wil|gaat|ga)\b",
    r"van (het|een|de) (dak|flat|brug|balkon|viaduct|parkeergarage|toren)\w* (\w+ ){0,4}(af )?(stap|stapt|stappen|spring|springt|springen|afstap|afspring|duik)\b",
    r"(teleurgesteld|jammer|balen|baal|spijt|verdrietig) (\w+ ){0,3}dat (ik|je) (\w+ ){0,2}nog (leef|leeft|besta|bestaat|wakker (word|wordt))\b",
    r"(teleurgesteld|jammer|balen|baal|spijt|helaas) (\w+ ){0,4}(gewoon |toch |nog )wakker (word|wordt|ben|werd|geworden)\b",
    r"(baal|balen|jammer|teleurgesteld|helaas) (\w+ ){0,5}(nacht|dag) (\w+ )?(weer )?(heb |hebt )?overleefd",
    r"(wou|wilde|zou willen) (\w+ )?dat ik niet (meer )?wakker (was |ben )?(geworden|werd)",
    r"\b(verdiepingen|val|sprong|hoogte) (\w+ ){0,6}(overleef|overleeft|overleven|overleefd)\b|(overleef|overleeft|overleven) (\w+ ){0,3}(een |die |de )?(val|sprong) (van|uit|vanaf)\b",
    r"(doet|is) (\w+ ){0,2}(verdrinken|verdrinking|ophangen|verhangen|doodbloeden|een overdosis) (\w+ )?pijn|(verdrinken|verdrinking|ophangen|verhangen|doodbloeden|een overdosis) (\w+ ){0,2}pijn (doet|doen)",
    r"(liggen|lig|ligt) (\w+ ){0,4}(voor|voordat) (iemand|de buren|ze|men) (\w+ ){0,2}(iets )?(merkt|merken|ruikt|ruiken|vindt|vinden)|(buren|iemand) (\w+ )?iets (ruiken|ruikt)",
    r"(arm|armen|benen|been|pols|polsen|dijen|buik) (\w+ ){0,2}(staat|staan|zit|zitten) vol (\w+ )?(cuts|sneden|krassen|snijwonden|lijntjes|brandwonden)|littekens (\w+ ){0,4}(weer )?open",
    # Someone who asks the bot for 113 needs it now.
    r"^ ((wat is )?(het )?(telefoonnummer|nummer|tel|bel|bellen) (van )?)?113( (nummer|telefoonnummer|tel|bellen|nu|graag|aub|pls)){0,2} $",
    r"(ga|gaat|loop|lopen|rijd|rijden|spring|springen) (\w+ ){0,3}(het water|de sluis|het kanaal|de rivier|de zee|het meer) in\b",
    r"\b(erin|er in) (te )?(lopen|springen|rijden|spring)\b",
    r"\b(loop|loopt|lopen) (ik |hij |ze |zij )?(\w+ ){0,3}(het ij|de vaart|de maas|de waal|de ijssel|de vijver|de gracht|de plas|de zee|het meer) in\b",
    r"ben (nu )?op de (brug|rand|rijksbrug)\b",
    r"(verdieping|flat|gebouw|toren|raam|balkon) (\w+ ){0,2}(af |uit )?(springen|spring)\b",
    r"tegen (de|een) (vangrail|boom|pijler|brugpijler) (aan )?(rijden|rij|rijdt|te rijden|knallen)|stuur omgooien",
    r"(bewust|expres|express|opzettelijk|met opzet) (\w+ ){0,4}(op|tegen) (een|de) (boom|vangrail|pijler|brugpijler|muur|tegenligger|vrachtwagen) (\w+ ){0,2}(af ?gereden|af ?rijden|aangereden|ingereden|gereden)\b",
    r"eigen graf (al )?(uitgezocht|gekocht|gekozen|geregeld)|(mijn|haar|zijn) eigen (begrafenis|uitvaart|begrafenismuziek)|begrafenis\w* (\w+ ){0,3}voor (mezelf|zichzelf)",
    r"(ben|is) (nu )?aan het snijden|(nieuwe|verse) (sneden|snijwonden|sneetjes|snijwondjes)|(arm|pols|polsen) (\w+ ){0,2}opengehaald",
    r"(heb|ben) (\w+ ){0,2}(mezelf|me) (\w+ ){0,4}gesneden",
    r"beter (af )?(zijn |zou zijn |is )?zonder mij\b(?! als)",
    r"oplossing (\w+ ){0,10}overlijdensverzekering",
    r"(verlossen|bevrijden) van mij\b",
    r"niet meer exist|\bwant to die\b|\bkill me\b",
    r"bang voor mezelf\b",
    r"leven (\w+ ){0,5}(afsluit|afsluiten)|ik stap eruit\s*$",
    r"(enige|een) (manier|uitweg|oplossing) (\w+ ){0,6}(doodgaan|dood|sterven)\b",
    r"(gezocht|gegoogeld|opgezocht|zoeken|zoek) (\w+ ){0,8}(te sterven|te overlijden|dood te gaan|zelfmoord)",
    r"beu om te leven",
    r"dat ik (nog )?leef\b",
    r"geen reden (meer )?om (door te gaan met leven|te leven|door te gaan\b(?! met))",
    r"zin (\w+ )?om door te gaan\b(?! met)",
    r"nooit geboren\b",
    r"hoog (\w+ )?(springt|springen|spring)\b|(overleef|overleeft|overleven) (\w+ ){0,5}(springt|springen|naar beneden)",
    r"hoogte (\w+ )?(is )?genoeg|pijnloze? (manier|methode|dood)",
    r"(antidepressiva|medicatie|medicijnen|pillen|tabletten|slaappillen) (\w+ ){0,6}(spaar|spaart|sparen) (ze |die |het )?op\b",
    r"euthanasie\w* (\w+ ){0,8}zelf\b",
    r"\bkys\b|(bye|goodbye|vaarwel) (bye )?(world|wereld)",
    r"hoop (\w+ ){0,3}op een (dodelijk )?ongeluk|hoop (\w+ ){0,3}dat mijn hart (\w+ )?stopt",
    r"dood of levend (\w+ ){0,4}(om het even|niet uit|boeit)",
    r"molensteen|niemands probleem",
    r"verlang (\w+ ){0,2}naar (het (zwarte )?niets|de dood|het einde)",
    r"tot (het|ik) (bloedde|bloedt|bloed)\b",
    r"(teveel|te veel) (\w+ ){0,2}(spuit|spuiten|insuline)",
    r"touw (\w+ ){0,4}sterk genoeg",
    r"haal me (maar )?(thuis|weg|naar (je|u) toe)",
    r"klaar (is |ben |was )?met (het |mijn |zijn |haar )?leven\b",
    r"overleden (\w+ ){0,8}(wil|ga) (ik )?(\w+ )?(naar (hem|haar) toe|bij (hem|haar) zijn)|(wil|ga) (\w+ ){0,3}naar (mijn|hem|haar) (\w+ )?toe (\w+ ){0,4}overleden",
    r"uit (te )?checken (\w+ )?(voorgoed|voor altijd)|uitchecken (\w+ )?(voorgoed|voor altijd)",
    r"werd ik (\w+ )?gevonden",
    r"(overlijd|doodga|sterf) (\w+ ){0,6}(ben|heb) (het|dat) (\w+ )?van plan",
    r"niet te zullen overleven",
    rf"(overlijden|overleden|gestorven|verloren|begrafenis|uitvaart) (\w+ ){{0,30}}((hem|haar) (\w+ ){{0,4}}(wil|wilde|willen|ga|gaat) (volgen|achterna|zijn)|(hem|haar|(mijn|m n|mn) {_LOVED_ONE}) achterna (\w+ ){{0,2}}(moet|wil|wilde|ga|gaan|zal)|(wil|wilde|willen) (\w+ )?bij (hem|haar) zijn)\b",
    r"(schande|ontslag|schaamte|vernedering|faillissement|scheiding) (\w+ )?niet (zal|zullen|zou|zouden|gaat|ga|kan) overleven",
    r"(opgevat|klonk|klinkt|leek|voelde) als (een )?afscheid\b(?! van (het|de|dit|dat|deze|die|mijn|zijn|haar|ons|onze) (team|afdeling|baan|werk|project|organisatie|kantoor|collega))",
    r"testament (\w+ ){0,12}(bedankt|afscheid)|(bedankt|afscheid) (\w+ ){0,12}testament",
    r"((plaatst|post|zet|schrijft|stuurt|deelt|plaatste|postte) (\w+ ){0,4}(berichten|posts|teksten|gedichten|status\w*|dingen)|(berichten|posts|teksten|gedichten) (plaatst|post|zet|schrijft|deelt|plaatste|postte|plaatsen)) (\w+ ){0,3}over (doodgaan|dood willen|sterven|er niet meer (willen )?zijn|zelfmoord|zelfdoding|afscheid nemen)\b",
    r"er (\w+ ){0,2}(beter|liever) (\w+ ){0,2}niet meer (kon|kan|zou|zijn|was|ben|is)\b",
    r"\bsnijwond\w* (\w+ ){0,2}(pols|polsen|arm|armen|onderarm\w*)|(pols|polsen) (\w+ ){0,3}snijwond",
    r"hoe hoog (\w+ ){0,6}(om het zeker te weten|om dood te|dodelijk)",
    r"niet (alleen )?met (werken|het werk|werk|mijn (baan|werk)) (\w+ )?met alles\b",
    r"(besloten|besluit|besluiten) (\w+ ){0,3}dat ik er (\w+ ){0,4}niet meer (ben|zal zijn|wil zijn)\b",
    r"(ben|is) er toch (\w+ )?niet lang meer\b",
    r"lijst\w* (\w+ ){0,4}wie (\w+ ){0,2}(mijn|zijn|haar) (spullen|bezittingen|spaargeld|huisdier\w*|kat|hond|planten) (\w+ ){0,2}(krijgt|krijgen|erft|erven)",
    r"(persoonlijke bezittingen|al (zijn|haar|mijn) (bezittingen|spullen)) (\w+ ){0,4}(weggegeven|uitgedeeld|weggeeft|uitdeelt|weg te geven|uit te delen)",
    r"zie (nog )?maar (een|1) uitweg( meer)?\b(?! (\w+ ){0,3}(ontslag|stoppen|weg te gaan|vertrekken|solliciteren|verhuizen))",
    r"(overlijden|overleden|gestorven|verloren|begrafenis|uitvaart) (\w+ ){0,30}(wil|wilde|willen|ga|zou|wou) (\w+ ){0,2}(hem|haar) (\w+ )?volgen\b",
    r"(brug|spoor|flat|dak) (\w+ ){0,12}(binnenkort|straks|bijna) (\w+ )?eindelijk rust\b",
    # Limburgish and Flemish: "beter es ich d'r neet mie bin".
    r"(beter|makkelijker|rustiger) (\w+ ){0,4}(es|as|als|of) (ich|ik) (er|d r) (neet|nie) (mie|mier|meer) (bin|ben|zeen|zijn)\b",
    # An insult about jumping that the writer has since "serieus over nagedacht".
    r"(van het dak|van de brug|van de flat|voor de trein|ophangen) (\w+ ){0,20}serieus (\w+ )?over na(gedacht|denken|denk)?\b",
    # "Het leven heeft voor mij geen zin meer"; "had" tells of a time that may be over.
    r"\b(het|mijn|dit|m n) leven (heeft|heb) (\w+ ){0,3}geen (zin|nut|waarde) meer\b",
]
# Words of ending and farewell that everyday life uses too ("afscheid nemen van iedereen" on a last
# working day): on their own they flag a crisis only if the model does not rule one out.
_WEAK_SUICIDE_PATTERNS = [
    # Pain that lets one "feel something at least" ("dan voel ik tenminste iets") is self-harm talk.
    r"\bdan voel ik (\w+ )?(tenminste|in ieder geval|eindelijk) (weer )?iets\b",
    r"\b(snijdt|snijden|sneed|kerft|krast) (zich |zichzelf |mezelf |me )?in (haar|zijn|z n|mijn|m n) (arm|armen|pols|polsen|benen|bovenbeen|bovenbenen|buik)\b",
    r"\bin (haar|zijn|z n|mijn|m n) (arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|buik|dij|dijen) (\w+ ){0,2}(gesneden|gekrast|gekerfd)\b",
    # A week's pills swallowed at once; weak, for care talk says "in een keer genomen" too.
    rf"{_MEDICINES}\w* (\w+ ){{0,8}}in (1|een) keer (\w+ )?(genomen|ingenomen|geslikt|weggeslikt|doorgeslikt)\b",
    r"\b(heb|had|hebben) (\w+ ){0,4}(pillen|slaappillen|slaapmiddelen|tabletten|paracetamol|oxazepam) (\w+ )?(gekocht|gehaald|in huis)\b",
    r"(ligt|liggen) (\w+ ){0,2}brie(f|ven) (\w+ ){0,2}voor (mijn|m n|mn) (dochter|zoon|kinderen|kids|vrouw|man|ouders|partner|moeder|vader)\b",
    r"(middelen|pillen|patronen|kogels|munitie|dienstwapen|medicatie|medicijnen|touw)\b (\w+ ){0,25}denk (ik )?er (\w+ ){0,3}aan\b",
    r"(afscheid (\w+ ){0,2}(genomen|nemen|brief|bericht))|afscheidsbericht",
    r"geen uitweg",
    r"\bbrie(f|ven) (\w+ ){0,3}(liggen|ligt) (\w+ )?klaar\b",
    r"(gaat|ging|loopt|liep|wil|wilde|gaan) (\w+ ){0,3}naar het spoor\b",
    # The same in a subordinate clause ("dat ik steeds naar het spoor loop"), and waiting for
    # the train there; each also happens on the way home, so each is weak.
    r"naar het spoor (\w+ )?(loop|loopt|liep|ga|gaat|ging|rij|fiets|wil)\b",
    r"\bwacht(en|te)? (\w+ ){0,2}tot de trein (\w+ )?(komt|aankomt|langskomt)\b",
    r"\bergens tegenaan (\w+ )?(te )?(rijden|rijdt|rijd|rij)\b",
    r"(hij|zij|ze|collega|patient|client|bewoner|medewerker) (\w+ ){0,3}(is )?nog (steeds )?niet gevonden\b",
    r"(leven|alles|bestaan) (\w+ ){0,2}zinloos",
    r"er (\w+ ){0,2}(een )?punt achter (zet|zetten|te zetten)\b",
    r"(zet|zetten|zette) (ik |hij |ze |zij )?er (\w+ ){0,2}(een )?punt achter\b",
    r"(er|der|dr) ?uit (te )?(stappen|stappe|stap|stapt)\b",
    r"\b(ik )?(stap|stapt) (\w+ )?(er|der|dr) ?uit\b(?! (bij|op|in|uit|als|met|per|en (vraag|zoek|ga|neem))\b)(?! (\w+ ){0,8}(baan|ontslag|opzeg\w*|pensioen|vacature|functie|contract)\b)",
    r"\bzonder mij (\w+ ){0,5}(beter|gelukkiger|een eerlijke kans|opnieuw (\w+ )?beginnen|geen (ruzie|schulden|zorgen|last))\b",
    r"\b(is|ben) het (\w+ ){0,2}klaar met mij\b",
    r"\b(wordt|is) (\w+ )?tijd (\w+ )?dat ik (\w+ )?verdwijn\b",
    r"klaar (mee |met )+(\w+ )?alles",
    # "als ik er niet ben" is mostly "when I am away".
    r"als ik er (\w+ )?niet (ben|was|zou zijn)",
    r"ben ik er (\w+ ){0,2}niet meer\b",
    # An out-of-office says the same: "ben er vanaf morgen niet meer, 3 weken naar Indonesië".
    r"(ben|is) er (\w+ ){0,2}(morgen|vanavond|straks|binnenkort|na vandaag|vanaf morgen|over een (uur|paar dagen|week)) (toch |al |echt )?niet meer",
    r"\b(ben|is) er (\w+ ){0,2}(in|na|tegen) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|(de |deze |die |volgende )?(maand|week|zomer|\w*vakantie)|de kerst|kerst|oud en nieuw|het nieuwe jaar) (\w+ )?(toch |al |echt )?niet meer\b(?! (\w+ ){0,3}(want|omdat|vanwege|wegens|ivm|met|op|bij|in|verlof|vakantie|pensioen))",
    # Passwords, mortgage and insurance written down for one's partner, told in passing.
    r"(op papier|opgeschreven|op een rij|op een lijst\w*|klaargelegd|uitgeschreven) (\w+ ){0,3}voor (mijn|m n|mn) (vrouw|man|partner|vriendin|vriend|kinderen|dochter|zoon|ouders|gezin)\b (\w+ ){0,4}(wachtwoord|pincode|hypothe[ek]|verzekering|testament)\w*",
    # "Beter af met een andere vader": the writer as the parent the family would do without.
    r"(kinderen|kids|gezin|zoon|dochter|vrouw|man|partner|familie) (\w+ ){0,3}beter af (\w+ ){0,2}met een (andere|nieuwe|betere) (vader|moeder|papa|mama|man|vrouw|partner)\b",
    r"(denk|dacht|denken) (\w+ ){0,3}aan (de|het|een) (trein|spoor|brug|flat)\b",
    r"\b(ik|hij|ze|zij) (\w+ ){0,4}(nagedacht|bedacht|uitgedacht|uitgezocht) (\w+ ){0,2}hoe en waar\b",
    # Warning signs a colleague notices: possessions given away (not for a move or to whoever
    # wants them), "niemand zou hem missen", reading how others ended their life, a plan with
    # oneself inside.
    r"\b(geeft|gaf|geef|weggeven|weggegeven) (\w+ ){0,4}(spullen|bezittingen|alles|fiets|boeken|kleren|planten) (\w+ ){0,8}weg\b(?! (\w+ ){0,12}(want|omdat|verhuis\w*|kringloop|interesse|wie wil|prikbord|marktplaats|aanbieden|waaronder)\b)",
    r"\bniemand (\w+ ){0,2}(hem|haar|mij|me) (zou|zal|gaat) missen\b",
    r"\b(lees|las|zoek|zocht|opgezocht|googel|googelde|gegoogeld) (\w+ ){0,6}hoe (\w+ ){0,3}(er een (eind|einde) aan (hebben|heeft|hadden) gemaakt|zelfmoord (hebben|heeft|hadden) gepleegd|zichzelf van het leven beroofd)",
    r"\bmet (hemzelf|mezelf|mijzelf|haarzelf|zichzelf) erin\b",
    # Following a parent or partner; "in het vak" or "als douanier" follows them into a job.
    rf"\b(ik|hij|ze|zij) ((\w+ ){{0,2}}(mijn|m n|mn|zijn|haar) {_LOVED_ONE} (\w+ )?achterna (ga|gaan|gaat|wil|wilde)|(ga|gaat|wil|wilde) (\w+ )?(mijn|m n|mn|zijn|haar) {_LOVED_ONE} achterna)\b(?! (\w+ ){{0,2}}(in|als|naar|bij|met)\b)",
    r"(sturen|stuur|rijden|rijd|rij) (en )?dan is het (over|voorbij|klaar|gedaan)\b",
    r"\b(wil|wilde) (ik|hij|ze|zij) (daar|er) ook eindigen\b|\book eindigen (\w+ )?bij (hem|haar)\b",
    # Verb first after a condition ("als ze mij eruit gooien, spring ik wel van het dak"): weak,
    # since "als Ajax verliest spring ik van de brug" is how jokes are told too, and none if
    # laughed off; "spring ik uit het raam" nearly always is a joke.
    r"(\b(spring|springt) (ik|hij|ze|zij|je) (\w+ ){0,2}(van|vanaf|voor|af) (het|de|een|dit|die|dat|zo n) (\w+ )?(dak|brug|flat|balkon|raam|trein|viaduct|gebouw|toren|parkeergarage|metro|klif|rots)\w*\b"
    rf"|\b(rij|rijd|rijdt) (ik|hij|ze|zij|je) (\w+ ){{0,2}}(tegen|onder) (een|de|het) (boom|muur|pijler|brugpijler|vangrail|tegenligger|vrachtwagen|trein|viaduct)\b){_NOT_LAUGHED_OFF}",
    r"\b(ik|hij|ze|zij|me|mezelf) (\w+ ){0,3}overboord (stap|stapt|stappen|spring|springt|springen|laat vallen|te stappen|te springen)\b",
    r"(ggz|psycholoog|psychiater|therapie|therapeut|wachtlijst) (\w+ ){0,12}zelf (een |de )?oplossing (\w+ )?(bedacht|gevonden)",
    r"(hoeft|moet) (het|dit) (\w+ ){0,3}niet (lang )?meer te duren",
    r"(eigen|mijn) (uitvaart|begrafenis|crematie) (\w+ ){0,3}(regelen|te regelen|plannen|voorbereiden)",
    r"(ben|zijn|bent) (je|jij|jullie|u|ze|zij) (\w+ )?(helemaal |voorgoed |voor altijd |eindelijk |definitief )?van (me|mij) af\b",
    r"(pensioen|verzekering|uitkering|levensverzekering|spaargeld)\w* (\w+ ){0,5}bij (mijn |zijn |haar )?overlijden",
    r"(nabestaanden|pensioen|verzeker|uitkering|levensverzekering)\w* (\w+ ){0,8}als (je|ik|jij) (\w+ )?(overlijd\w*|dood ga|doodga|er niet meer ben)",
    r"niet dat ik (iets|wat) (\w+ )?(van plan ben|ga doen|van plan)",
    r"nergens meer heen\b|kom (\w+ )?niet meer terug\b",
    r"(doorheeft|doorhebben|merkt|merken|opvalt|opvallen|mist|missen|ontdekt) (\w+ ){0,3}dat (ik|je) er (\w+ )?niet meer (ben|bent|zijn)\b",
    r"overleden (\w+ ){0,30}(wil|wilde|willen) (\w+ ){0,3}bij (hem|haar) zijn",
    r"\b(hier|daar) (zou|zal|ga) ik het doen\b",
    r"(zeg|zeggen|vertel|vertellen) (\w+ ){0,5}dat het niet aan (hen|hun|jou|jullie|hem|haar|ze) lag\b",
    rf"{_HANDED_OVER}\b (\w+ ){{0,25}}(voor het geval dat|(is|zijn) (dus )?(dat )?(allemaal |alles )?geregeld|(kat|hond|huisdier\w*) (kan|gaat|mag) naar)",
    # A farewell handed over with the passwords: "mijn wachtwoorden ... en dat het me spijt".
    rf"{_HANDED_OVER}\b (\w+ ){{0,25}}dat het me spijt\b|dat het me spijt\b (\w+ ){{0,25}}{_HANDED_OVER}\b",
    r"((dezelfde|diezelfde) gedachten (\w+ ){0,3}(krijg|heb|krijgen|begin|kreeg)|(krijg|krijgen|kreeg) (\w+ ){0,2}(dezelfde|diezelfde) gedachten) (\w+ ){0,3}als (hij|zij|ze|mijn \w+)\b",
    # Having stood at the edge already: "ik heb vanochtend echt op de brug gestaan".
    r"(heb|heeft|had) (\w+ ){0,7}(op|bij|aan) (de|het) (\w+ )?(brug|rand|reling|spoor|perron|dak|raam|balustrade|vensterbank|overweg|spoorwegovergang)\b (\w+ ){0,4}(gestaan|gezeten)\b(?! (\w+ ){0,3}(om (te )?(roken|bellen|lunchen|koffie|luchten)|te (roken|bellen)))",
    # Not stepping back the next time: "ik weet niet of ik de volgende keer wegga".
    r"volgende keer (\w+ ){0,3}niet (meer )?(bijstuur|bij stuur|uitwijk|wegga|weg ga|wegstap|opzij stap|afrem|rem|stop)\b"
    r"|(of|dat) (ik|hij|ze|zij) (de )?volgende keer (\w+ ){0,3}(?<!eerder )(?<!later )(?<!vroeger )(wegga|weg ga|wegstap|bijstuur|bij stuur|uitwijk|opzij stap)\b"
    r"|volgende keer (stuur|rem|stap) (ik |hij |ze |zij )?(\w+ )?niet (meer )?(bij|af|weg|opzij|terug)\b",
    # "waarvoor nog" closing a message, or after "maar" or "dus" and not asking for something.
    r"\b(waarvoor|voor wie|waarom) (dan |eigenlijk |zou ik |moet ik )?nog\s*$"
    r"|\b(maar|dus|en) (waarvoor|voor wie) (dan )?nog\b(?! (een|de|het|meer|even|iets|wat|zoveel|langer|extra|steeds|altijd)\b)",
    # How long until you feel nothing, or walking into the water told verb last.
    r"hoe (lang|snel) ((duurt het|ben je) (\w+ ){0,2}(voordat|voor|tot|totdat) (je|iemand|ik|hij|ze) (niks|niets) meer (voelt|voel)|voel (je|jij|ik|iemand) (\w+ )?(niks|niets) meer)\b(?! (\w+ ){0,6}(verdoving|verdoofd|narcose|prik|tandarts))",
    r"\b(het water|de sluis|het kanaal|de rivier|de zee|het meer|de vijver|de gracht|de plas|het ijs) (\w+ ){0,3}in (te )?(lopen|loopt|loop)\b",
    r"(val|sprong) van (zo n |ongeveer |circa |een )?\w+ meter (\w+ ){0,4}(meteen|direct|zeker|gelijk) (dood|weg)\b",
    r"\b(volt|stroom\w*|dosis|pillen|tabletten|milligram|mg|gif|middel|verdoving\w*|hoogte|meter)\b (\w+ ){0,10}(voor|bij) een mens (\w+ ){0,2}(ook )?(genoeg|dodelijk|fataal)\b",
    r"(mist|missen|vermist|kwijt|verdwenen|meegenomen|weggenomen) (\w+ ){0,8}(euthanaticum|euthanasiemiddel\w*|pentobarbital)|(euthanaticum|euthanasiemiddel\w*|pentobarbital) (\w+ ){0,6}(mist|kwijt|verdwenen|weg|meegenomen)\b",
    r"hoe hoog (\w+ ){0,6}(dak|brug|flat|gebouw|balkon|raam|verdieping|parkeergarage|toren)\w* (\w+ ){0,4}(en )?of (dat|het|die|dit) (\w+ )?genoeg (is|zijn|was)\b",
    r"\bwil (\w+ )?daar zijn (\w+ )?niet (meer )?hier\b",
    r"laatste (werkdag|werkweek|dag|week|dienst) (\w+ ){0,3}niet omdat ik (\w+ )?(een )?(andere|nieuwe) (baan|functie|job|werkgever)",
    r"(besloten|weet) (\w+ ){0,3}dat ik (\w+ ){0,6}niet (meer )?(meemaak|mee maak)\b",
    r"(manier|hoe) (\w+ ){0,4}op een ongeluk (te )?(laten |doen )?lijken\b",
    # Putting affairs in order: a prized possession given to family, nobody left with the mess,
    # and one's own leave or pay after death. Each happens at a retirement too; two together
    # are not a retirement.
    rf"(mijn|al mijn|zijn|haar) (\w+ ){{0,2}}{_KEEPSAKE}\w* (\w+ ){{0,5}}(aan|naar) (\w+ ){{0,2}}{_KIN}\w* (\w+ ){{0,2}}(gegeven|weggegeven|geschonken|nagelaten|overgedaan)\b"
    rf"|(aan|naar) (mijn |zijn |haar )?{_KIN}\w* (\w+ ){{0,2}}(mijn|zijn|haar) (\w+ ){{0,2}}{_KEEPSAKE}\w* (\w+ ){{0,2}}(gegeven|weggegeven|geschonken|nagelaten)\b",
    r"(niet|niemand) (dat|die) (\w+ ){0,4}(daarna|na mij|na mijn (dood|overlijden)|als ik er niet meer ben|als ik (dood|weg) ben) (\w+ ){0,3}(met )?(mijn )?(rommel|troep|zooi|spullen|puinhoop|ellende) (\w+ )?(zit|zitten|opgescheept|hoeft|moet|blijft)\b",
    r"(uren|verlof|vakantiedagen|vakantie uren|pas dagen|vakantiegeld|salaris|eindejaarsuitkering|auto|laptop) (\w+ ){0,6}na (mijn )?(overlijden|dood)\b(?! van\b)"
    r"|na mijn (overlijden|dood) (\w+ ){0,4}(mijn )?(uren|verlof|vakantiedagen|vakantiegeld|salaris|eindejaarsuitkering)\b",
    # "dit is een makkelijke manier" at a level crossing, the timetable looked up.
    r"(dit|dat|het) (is|was|lijkt) (me )?een (makkelijke|snelle|pijnloze|zekere) manier\b(?! (om|van|voor|te)\b)",
    r"(dienstregeling|treintijden|spoorboekje) (\w+ ){0,4}(gekeken|opgezocht|bekeken|uitgezocht)\b|(gekeken|opgezocht|bekeken|uitgezocht) (\w+ ){0,3}(dienstregeling|treintijden) (\w+ ){0,6}(spoor|overgang|overweg|trein)",
]
_DANGER_PATTERNS = [
    # Going there tonight "met een paar jongens" is a threat about to be carried out.
    r"\b(vanavond|vannacht|straks|zo meteen|zometeen|over een paar uur|nu) met (een paar|wat|een stel|een groep|zijn|z n) (jongens|vrienden|maten|mannen|gasten) (\w+ ){0,4}(daarheen|daar heen|naartoe|langs|op af|heen)\b",
    # Through his or her head: "een kogel door mijn kop" is the writer's own hyperbole.
    r"\b(een|de) kogel (\w+ ){0,2}(door|in) (zijn|z n|haar|der|je|jouw|hun|die z n) (kop|hoofd|harses|lijf|knieen|knie)\b|\been kogel (\w+ )?(geeft|geven|gaat geven)\b",
    r"(getrokken|gesleurd|meegesleurd|gesleept) (\w+ ){0,12}(schreeuwen|geschreeuw|gegil|gillen|hulpgeroep|portofoon (\w+ ){0,3}(niks|niets|geen (antwoord|reactie|contact))|reageert niet)\b",
    r"(portofoon|intercom|noodknop|bodycam)\w* (\w+ ){0,4}(blijft stil|bleef stil|geeft (\w+ )?(niks|niets|geen (antwoord|reactie|contact))|(hoorde|hoorden|horen|hoor) (\w+ ){0,3}(worsteling|geschreeuw|gegil|hulpgeroep|niets meer|niks meer))\b",
    # On a ledge, a balcony or at an open window, refusing to come back or about to jump.
    r"(staat|staan|zit|zitten|stond) (\w+ ){0,3}(bij|op|in|aan) (het|de|een) (open )?(raam|dak|balkon|reling|brug|rand|vensterbank)\b (\w+ ){0,8}(weigert|springen|springt|spring)\b|(springt|springen) (\w+ ){0,3}(nu|zo)\b (\w+ ){0,4}(balkon|dak|raam|reling|brug|verdieping)\b",
    r"(nu|op dit moment|zojuist|net) (\w+ ){0,6}(in een |in de )?(wurggreep|houdgreep|nekklem)\b",
    r"(nu|op dit moment|zojuist|net) (\w+ ){0,6}(houdt|houden|gijzelt|gijzelen) (\w+ ){0,4}(vast|gegijzeld|gevangen)\b|(houdt|houden|gijzelt|gijzelen) (\w+ ){0,2}(nu|op dit moment|zojuist) (\w+ ){0,4}(vast|gegijzeld|gevangen)\b",
    r"\b(zitten|zit|zijn|staan) (\w+ ){0,2}in (een )?(lockdown|lock down)\b",
    r"(knijpt|knijpen|kneep) (\w+ ){0,4}de keel (dicht|toe)\b",
    r"(staat|staan|loopt|lopen|zit|rent) (nu|op dit moment|daar|hier) (\w+ ){0,4}met (een|zijn|haar) (\w+ )?(stok|knuppel|honkbalknuppel|mes|bijl|hamer|schaar|wapen|pistool|vuurwapen|breekijzer|staaf)\b",
    r"(vandaag|vanavond|straks|zo meteen) (nog )?(\w+ ){0,3}te pakken (krijgt|krijgen|neemt|nemen)\b|te pakken (krijgt|krijgen|neemt|nemen) (\w+ ){0,2}(vandaag|vanavond|straks)\b",
    r"(brug|dak|balkon|flat|viaduct|galerij|reling)\w* (\w+ ){0,8}(klim|klimt|klimmen|klom|geklommen) (\w+ ){0,3}over (het|de) (hek|reling|balustrade|railing|leuning)\b",
    r"\b(not responding|not breathing|unconscious)\b",
    r"(ga|gaat|gaan) (hem|haar|jou|je|jullie|iemand|iedereen|ze|me|mij|ons|mijn \w+) (\w+ )?(vermoorden|doodmaken|dood maken|neersteken|neerschieten|afmaken)",
    r"(me|mij|hem|haar|je|jullie|ons|iedereen) (\w+ )?(gaat|ga|zal|wil|komt) (\w+ )?(vermoorden|doodmaken|dood maken|neersteken|neerschieten|afmaken)",
    r"(vecht|vechten|gevecht|vechtpartij) (\w+ ){0,3}(nu|op dit moment|op de gang|in de hal|bij de balie)",
    r"(hij|zij|ze|collega|iemand|hem|haar|man|vrouw) (\w+ )?reageert (\w+ )?niet meer\b",
    r"bel (de )?(politie|ambulance|112)",
    r"\bbedreigt (\w+ ){0,3}met (een|de|het|zijn|haar) (stoel|mes|schaar|stok|fles|hamer|wapen|pistool|knuppel|honkbalknuppel|glas|schroevendraaier|bijl)\b",
    r"\b(ex|expartner|ex partner|stalker) (\w+ ){0,6}(staat|wacht|zit|loopt) (\w+ ){0,4}(bij|voor|aan|op|rond) (de|het|mijn|ons|onze) (deur|ingang|slagboom|parkeerplaats|kantoor|gebouw|balie|receptie|poort)\b",
    r"\bnu\b (\w+ ){0,2}(hulp|help) (\w+ )?nodig (\w+ ){0,2}(agressie\w*|gewapend\w*|dreigend\w*)",
    # "liet vallen dat ... aan de balie" lets a remark slip; "aan de" is a place, not an attack.
    r"(?<!liet )(?<!lieten )(?<!laat )(?<!laten )(?<!ge)(valt|vallen|viel) (?:(?!(dat|op|mee|af|uit)\b)\w+ ){0,3}aan\b(?! (de|het|een|mijn|zijn|haar|ons|onze|dit|deze|die|dat|je|jouw|hun)\b)",
    r"(word|wordt|worden) (nu |op dit moment |hier |net |zojuist )?(geslagen|geschopt|gewurgd|aangevallen|mishandeld|neergestoken|bedreigd met)",
    r"(word|wordt|worden) (\w+ ){0,3}(nu|op dit moment|zojuist) (?:(?!(niet|geen|nooit)\b)\w+ ){0,4}(geduwd|geslagen|geschopt|gewurgd|aangevallen|mishandeld|bedreigd)\b",
    r"\b(slaat|schopt|wurgt|steekt|valt) (\w+ ){0,2}(nu|op dit moment|hier)\b",
    # "de kledingbank waar ik help" is helping, not a cry for help.
    r"(?<!ik )(?<!wij )(?<!we )\bhelp\b (\w+ ){0,6}(vecht|klant|man|vrouw|slaat|mes|wapen|brand|agressie)",
    # "ik voel me nu ook niet bedreigd" denies it.
    # "nu pas bovenkomt" is a memory coming up only now.
    r"(nu(?! pas\b)|op dit moment|hier|net|zojuist) (?:(?!(niet|geen|nooit)\b)\w+ ){0,3}(geslagen|geschopt|aangevallen|bedreigd|in gevaar|neergestoken|vechtpartij|gevecht)",
    r"(?<!buiten )(?<!geen )(?<!niet in )(acuut|direct|levens) ?gevaar",
    r"bloedt (\w+ )?(heel |erg |nogal )?(veel|hevig|erg|nog|steeds)\b",
    r"(alle|hele strip|een strip|een doos|te veel|allemaal|al mijn) (\w+ ){0,2}(pillen|tabletten|medicijnen|slaappillen|paracetamol) (\w+ ){0,2}(ingenomen|geslikt|op)",
    r"(is|zijn|staat|staan) (\w+ ){0,4}aan het vechten",
    r"(nu|op dit moment|zojuist|momenteel) (\w+ ){0,10}aan het (\w+ en )?(slaan|schoppen|vechten|wurgen|mishandelen|aanvallen|steken)\b",
    r"(houdt|houden) (\w+ ){0,3}vast (en|tegen)",
    r"er is (\w+ )?brand\b",
    r"(door het lint|agressieve?|dreigend|woedend) (\w+ ){0,8}(nu|net|zojuist|op dit moment|rennen)\b",
    r"(nu|net|zojuist) (\w+ ){0,4}(een klap|klappen|geslagen|geschopt|gestoken|aangevallen)",
    r"(een klap|klappen) (\w+ ){0,3}gegeven (en|,)? ?(\w+ ){0,3}(nu|rond|loopt)",
    r"(volgt|achtervolgt|volgde) (me|mij)",
    r"(schaar|stoelen) (\w+ ){0,3}(richting|in de hand)|(schaar|stoelen) (\w+ ){0,2}naar (me|mij|ons|hem|haar|mijn|zijn|de|collega)\b(?! (\w+ )?(thuiswerk|thuis|huis|magazijn|kantoor|zaal|kamer|verdieping)\w*)",
    r"(terugkomt|terug komt|komt terug|langskomt|langs komt|komt langs|hierheen komt) (\w+ ){0,3}met (een |zijn |zn |z n |haar )?(\w+ )?(\w*geweer|mes|messen|pistool|vuurwapen|wapen|bijl|knuppel|honkbalknuppel)\b",
    r"(dronken|bezopen|straalbezopen|lazarus|onder invloed|laveloos) (\w+ ){0,12}(wil|gaat|stapt) (\w+ ){0,5}(rijden|de weg op|achter het stuur|in de auto|de snelweg op|de a\d+ op)",
    r"rennen weg",
    r"bang (\w+ )?voor (mijn|zijn|haar|ons) leven",
    r"(opgesloten|sluit zich op|zich opgesloten) (\w+ ){0,6}(reageert niet|geen antwoord|zegt dat|dreigt)",
    # Acute danger worded without the obvious words.
    r"(slaan|vechten|schoppen) (\w+ )?elkaar (\w+ ){0,4}(nu|op dit moment|in elkaar)",
    r"(slaan|schoppen|vechten) (\w+ )?elkaar op dit moment|elkaar op dit moment",
    r"(houdt|laat) (\w+ ){0,4}niet (meer )?gaan",
    r"iets in zijn (jas|jaszak|tas|zak) (\w+ ){0,3}bang",
    r"(flauwgevallen|flauw gevallen) (\w+ ){0,4}(komt niet|niet meer bij|blauw|ademt|reageert)",
    r"komt niet (meer )?bij\b(?! elkaar)",
    r"lippen (\w+ ){0,2}blauw",
    r"\b(ruik|ruiken|ruikt) (\w+ ){0,2}(rook|gas|brand)",
    r"rook (\w+ )?uit (de|het)",
    r"(help|hulp) snel|snel hulp",
    r"stenen (\w+ ){0,3}(door|gooit|gegooid|naar)",
    r"(op het raam|op de ruit|tegen de deur) (\w+ )?(te )?(slaan|bonken|trappen)",
    r"\bjerrycan\b",
    r"verdacht (pakket|pakketje|koffer|tas|voorwerp)",
    r"in brand (te )?(steken|steekt|gestoken)",
    r"beweegt niet( meer)?\b",
    r"vuurwerkbom|vuurwerk (\w+ ){0,3}(brievenbus|naar binnen)",
    r"(dreigt|dreigen|gedreigd|dreigde|zegt dat hij|zegt dat ze) (\w+ ){0,5}(te steken|neer te steken|neersteken|te schieten|in brand|dood te steken)",
    r"(gaat|ga|zal|wil) (\w+ ){0,3}(neersteken|neerschieten|doodsteken|neer te steken)",
    r"(loopt|staat|komt) (\w+ ){0,3}achter me (aan|op)",
    r"achtervolgd\b",
    r"stalker (\w+ ){0,6}(nu|buiten|bij|staat)",
    r"in lichterlaaie|(staat|staan) (er )?(een|de|het|twee|mijn|onze) (\w+ ){0,3}in (brand|de fik)\b|vuur (slaat|wordt groter)|zwarte rook",
    r"(benzine|spiritus|brandbare vloeistof) (\w+ ){0,10}(aansteker|lucifer|in brand|aansteken)",
    r"bloedbad (\w+ )?(aanricht|aanrichten|aan te richten)",
    r"(gaat|komt) (\w+ ){0,4}(slachten)\b",
    r"(krijgt|krijg) (bijna )?geen lucht|pijn op de borst|olifant op (zijn|haar|mijn) borst",
    # Buried to the chest in a collapsed trench or grave.
    r"(zit|zitten|ligt|liggen|staat|staan) (\w+ ){0,3}tot (zijn|haar|mijn|de|z n|m n) (borst|nek|middel|schouders|oksels) (\w+ ){0,2}(onder|in) (het|de) (zand|grond|aarde|modder|puin|drijfzand)\b|\b(is|zijn|ligt|liggen|zit|zitten) (\w+ ){0,2}bedolven\b",
    r"bloedt (\w+ ){0,2}(hoofd|aan zijn|aan haar|uit zijn|uit haar)",
    r"liggen mensen onder|ligt (eronder|onder aan de trap)",
    r"bij de keel (\w+ ){0,3}(laat|houdt) (\w+ )?niet los|(grijpt|houdt) (\w+ ){0,3}bij de keel|tegen (de|zijn|haar|mijn) keel",
    r"slaat (\w+ ){0,2}nog steeds|(nog|is) (\w+ )?bezig (en|,)? ?(\w+ ){0,3}bloedt",
    # "in de reacties wordt naar ons ministerie verwezen" throws nothing.
    rf"(gooit|gooien) (\w+ ){{0,4}}{_AT_US}\b",
    rf"wordt (\w+ ){{0,4}}{_AT_US} (\w+ )?{_THROWN}\b",
    rf"wordt (\w+ ){{0,4}}{_THROWN} (\w+ ){{0,2}}{_AT_US}\b",
    r"(rijdt|reed) (\w+ ){0,3}op mensen in|\bgeramd\b",
    r"(gaat|vliegt) (\w+ ){0,3}de lucht in",
    r"(er )?hangt iemand\b",
    r"gasleiding (\w+ ){0,2}(los|open|kapot)",
    r"(mensen|medewerkers|collega s|iemand|mij|ons) (\w+ )?aanvalt",
    r"(opgesloten|sluit zich op) (\w+ ){0,6}(horen (niks|niets)|roept|reageert)",
    r"\b(is|wordt|werd|word|ben) (\w+ )?(net |zojuist |nu )?gestoken\b(?! (in|door (een )?(wesp|bij|mug)))",
    r"^ (\w+ )?gestoken\s*$|collega (?!lek )(\w+ )?(neer)?gestoken",
    r"(is|wordt|werd) (\w+ ){0,2}neergeslagen",
    r"(agressor|indringer|gewapende|schutter) (\w+ ){0,4}(in het|in ons|in de|binnen)\b",
    r"(hebben|heb) (ons|me|mij|mezelf|onszelf) (\w+ )?(opgesloten|verstopt|verschanst|gebarricadeerd)",
    r"\b(rook|brand|vuur)\b (\w+ ){0,5}(onder de deur|de gang|trappenhuis|naar binnen)",
    r"(stinkt|ruikt|ruik) (\w+ ){0,2}naar gas",
    r"iets ontploft|ontploft (er )?iets|is (\w+ )?ontploft (op|in|bij)",
    r"(kantoor|gebouw|pand|ons|stadhuis|alles) (\w+ ){0,2}(komt |komen |te )?opblazen",
    r"(sleept|sleuren|sleurt|trekt) (\w+ ){0,2}(haar|hem|iemand|collega|mij|me) (\w+ )?(naar buiten|mee|weg)",
    r"(zit|zat|staat|stond|klimt|klom|hangt) (\w+ ){0,4}(op|over) (de|het) (vangrail|viaduct|leuning|brugleuning|balustrade|reling|dak)\b",
    r"(vanavond|vannacht|straks|morgen) ben (je|jij) (aan de beurt|dood|de klos)",
    r"(deur|ruit|raam) (\w+ ){0,3}aan het (intrappen|inslaan|inbeuken|inrammen)|(trapt|slaat|beukt) (\w+ ){0,3}(deur|ruit|raam) in\b",
    r"(staat|staan) (\w+ ){0,2}in de fik\b",
    r"^ ?(\w+ ){0,2}(agressieve?|gewapende?) (klant|man|vrouw|bezoeker|burger|client) (\w+ ){0,2}(loket|balie|receptie|ingang|hal)( \w+)? ?$",
    # Seen on a roof or ledge ("ik zie hem op het dak staan") or hanging out of a window.
    r"(op|bij|aan) (het|de|een) (open )?(raam|dak|balkon|reling|brug|rand|vensterbank|richel) (zien )?(staan|staat|zitten|zit|hangen|hangt)\b (\w+ ){0,8}(weigert|springen|springt|spring)\b"
    r"|(hangt|hangen|leunt) (\w+ ){0,3}uit (het|een) raam (\w+ ){0,10}(springt|springen|spring)\b",
    # Medical emergencies as they unfold: a throat swelling shut, a seizure, oxygen falling.
    r"(keel|tong|lippen|gezicht|mond) (\w+ ){0,3}(zwelt|zwellen|zwol|zwollen) (\w+ )?(op|dicht)\b|\b(anafylactische|allergische) (shock|reactie) (\w+ ){0,6}(nu|net|zojuist|krijgt|heeft|kan)\b",
    r"(begint|begon|ligt|lag|zit|is) (\w+ ){0,3}(te schokken|aan het schokken|te stuipen|te trillen en)\b|(?<!laatste )\b(stuiptrekkingen|krampaanval)\b",
    r"saturatie (\w+ ){0,3}(zakt|daalt|keldert|loopt (\w+ )?terug|gaat omlaag)\b|zuurstof (\w+ ){0,3}(is |raakt )?(bijna )?(op|leeg)\b (\w+ ){0,12}(lift|vast|geen hulp|benauwd|blauw|zakt)",
    # Signs of a stroke, a heart attack, choking or a diabetic low, told as they happen.
    r"(mond|gezicht|mondhoek) (\w+ ){0,2}(hangt|zakt) (\w+ ){0,2}(scheef|naar beneden|aan (een|de) kant)|(arm|been) (\w+ ){0,2}(is |voelt |wordt )?(ineens |opeens )?(slap|verlamd|gevoelloos)\b",
    r"(drukkend|knellend|beklemmend) gevoel op (de|mijn|zijn|haar) borst|straalt uit naar (de|mijn|zijn|haar) (kaak|arm|rug|nek)",
    r"(verslikt|verslikte|verslikken|stikt|stikte) (\w+ ){0,10}(wordt|loopt|kan niet|krijgt geen|paars|blauw|rood aan|geen geluid)",
    r"(reageert|reageren) (\w+ ){0,2}(nauwelijks|amper|bijna niet|haast niet) (nog|meer)\b|\b(niet|nauwelijks|amper|bijna niet) (meer )?aanspreekbaar\b",
    r"(suikerziekte|diabetes|diabeet|suikerpatient|hypo)\b (\w+ ){0,14}(reageert|praat (\w+ )?(raar|wartaal|verward)|wartaal|verward|trillerig|zweterig|klam|zakt weg)",
    r"(hij|zij|ze|collega|patient|bewoner|client|kind|baby|man|vrouw|meisje|jongen|gezicht|lippen|hoofd) (\w+ ){0,2}wordt (\w+ )?(paars|blauw|grauw)\b|\b(benen|armen) niet (meer )?(voelt|voel|voelen)\b",
    r"\b(co melder|co alarm|koolmonoxide)\w*\b (\w+ ){0,12}(duizelig|misselijk|overgeven|geeft geen|suf|hoofdpijn|bewusteloos|gaat af)",
    # Poison swallowed, sudden neurological signs, trapped, hit or sinking, now.
    # "bleek" before "gedronken" is bleach; after it, "ziet bleek" is pale.
    rf"(bleek|ontsmettingsmiddel|{_POISONS})\b (\w+ ){{0,10}}(gedronken|ingeslikt|doorgeslikt|in (zijn|haar) mond|binnengekregen|opgedronken|op gedronken)\b"
    rf"|(gedronken|ingeslikt|doorgeslikt|in zijn mond gehad|in haar mond gehad) (\w+ ){{0,4}}{_POISONS}\b",
    r"(zie|ziet) (\w+ )?(ineens|opeens|plots|plotseling) (alles )?dubbel\b|(halve|half|helft van (mijn|zijn|haar)) gezicht (\w+ )?(gevoelloos|verlamd|hangt|slap)|(plotseling|plots|ineens|opeens) (\w+ ){0,2}barstende hoofdpijn|(ergste|heftigste|zwaarste) hoofdpijn (ooit|van mijn leven|die ik ooit)",
    r"(door de bliksem|door bliksem) (\w+ )?(geraakt|getroffen)|(zit|zitten|ligt|liggen|zat) (\w+ ){0,3}bekneld\b|\bbekneld (\w+ ){0,3}(zit|ligt|zitten|onder|tussen)\b",
    r"(auto|bus|wagen|dienstauto|dienstbus|busje) (\w+ ){0,4}(zakt weg|zinkt|gaat onder|loopt vol)\b|(de |het )?(sloot|water|kanaal|gracht|vaart|haven) in gereden\b",
    r"(kast|boekenkast|stelling|boom|muur|lading|pallet|hek|steiger)\w* (\w+ ){0,2}(is )?(omgevallen|gevallen|neergekomen) op (een|het|de|mijn|zijn|haar) (\w+ )?(kind|collega|man|vrouw|meisje|jongen|dienstauto|auto|medewerker)\b",
    r"(poeder|damp|dampen|gaswolk|stof)\w* (\w+ ){0,12}(krijgt|krijgen|kreeg) (\w+ ){0,3}(het )?(benauwd|geen lucht)|(aed|defibrillator)\w* (\w+ ){0,5}(snel|nu|help|dringend)\b",
    r"(pakt|grijpt|klauwt) (\w+ ){0,2}naar (zijn|haar|de) (keel|hals)\b|kan geen geluid (meer )?(maken|uitbrengen)\b",
    # Cold, crushed, shocked or attacked without stopping, and cries from inside a vehicle or pit.
    r"(ijskoud|onderkoeld|onderkoeling)\b (\w+ ){0,10}(mompelt|ligt|reageert|bewusteloos|suf|verward|rilt niet)|(geschreeuw|gegil|hulpgeroep|geroep|gebonk) (\w+ ){0,3}uit (de|het|een) (wagen|container|perswagen|vuilniswagen|put|kelder|silo|tank|schacht|kofferbak|koelcel|vriescel)\b",
    r"(elektriciteitskabel|stroomkabel|hoogspanning\w*|stopcontact|stroomdraad|schakelkast)\w* (\w+ ){0,8}(schokt|schokken|vast|bewusteloos|reageert niet|brandlucht)|onder stroom (staat|gestaan|gekomen)\b (\w+ ){0,6}(schokt|ligt|reageert|bewusteloos)",
    r"(blijft|blijven) (\w+ ){0,2}(erop|op (hem|haar|het kind)) (in)?(beuken|inbeuken|slaan|inslaan|trappen|schoppen|bijten|steken)\b",
    r"(scherp|scherpe) (\w+ ){0,3}tegen (zijn|haar|z n|mijn|de|je|jouw) (keel|hals|nek)\b",
    # An improvised blade held to someone now ("heeft een geslepen tandenborstel tegen haar
    # hals"); a report of one weeks ago says "hield" or "met een geslepen ...".
    r"\b(houdt|drukt|heeft|zet|duwt) (\w+ ){0,3}(geslepen|gebroken|kapotte|afgebroken) (\w+ ){0,3}tegen (zijn|haar|z n|m n|mijn|de|je|jouw|diens) (keel|hals|nek|slaap|buik)\b",
    r"(gevallen|gestort|neergestort|gesprongen|van \w+ (af )?gevallen) (\w+ ){0,12}(ligt|lag) (\w+ ){0,3}(stil|roerloos|bewegingloos|te kermen)\b",
    # Drink before a drive, about to happen or under way ("4 biertjes gehad en wil nu de weg op").
    r"(biertjes|biertje|bier|pils|pilsjes|wijntjes|wijn|glazen|borrels|shotjes|drank|gedronken|gezopen|blowen|geblowd|gesnoven)\b (\w+ ){0,12}(wil|gaat|stapt|rijdt|gaan) (\w+ ){0,6}(rijden|de weg op|achter het stuur|in de auto|de snelweg op|wegrijden)\b",
]
# Words for weapons and incidents: acute unless the story is clearly over ("vorige week").
_INCIDENT_WORDS = [
    # A threat to stab or shoot, also with the verb first after a condition ("als ze me
    # ontslaat, steek ik haar neer"); a threat quoted from last week is over.
    rf"\b({_THREATENER} {_STAB_OR_SHOOT}|{_STAB_OR_SHOOT} {_THREATENER}) (hem|haar|je|jou|jullie|iedereen|u) (\w+ ){{0,2}}(neer|dood|overhoop|lek)\b",
    r"(stoel|steen|stenen|fles|flessen|tafel|baksteen|prullenbak|monitor)\w* (\w+ ){0,4}door (de|het|een) (\w+ )?(ruit|raam|wand|deur|glazen \w+)\b",
    r"\b(mes|messen|pistool|vuurwapen|wapen|wapens|bijl|machete|kapmes|\w*geweer|revolver)\b",
    rf"\b(wil|wilt|wou|willen|wilde|zou) (\w+ ){{0,2}}{_SOMEONE_DEAD}",
    r"\b(onwel|ademt niet|niet meer ademen|in elkaar gezakt|ambulance)\b",
    # Shut in a freezer, cold store, tank or silo.
    r"\b(opgesloten|ingesloten|vast ?gezeten|vastzit|zit (\w+ )?vast|zitten (\w+ )?vast) (\w+ ){0,3}in (de |het |een )?(\w+ )?(vriescel|koelcel|vriezer|vriesruimte|koelruimte|vrieshuis|silo|tank|mangat)\b"
    r"|\bin (de |het |een )?(\w+ )?(vriescel|koelcel|vriezer|vriesruimte|koelruimte|vrieshuis|silo|tank|mangat) (\w+ ){0,8}(opgesloten|ingesloten|vast ?gezeten|vastzit|vast komen te zitten)\b",
    r"\b(voel|voelen|hoor|horen|zie|zien|merk) (\w+ )?geen (adem|ademhaling)\b",
    r"\b\w*(zuur|loog|chemicali\w*|bijtend\w*) (\w+ ){0,2}in (zijn|haar|mijn|je|de) (gezicht|ogen|oog)\b",
    # Buried under rubble, or hemmed in by a crowd.
    r"\bonder (het |de )?(puin|brokstukken)\b|\b(we|wij|ik|ze|zij|hij|collega s|collegas) (zijn|zitten|zit|ben|worden|word|is) (\w+ ){0,2}(ingesloten|omsingeld|klemgezet|klem gezet)\b",
    # Somebody else short of air, lying there unresponsive, or the writer hiding now.
    r"(die|hij|ze|zij|mevrouw|meneer|man|vrouw|collega|iemand|kind|klant|bezoeker) (\w+ )?geen lucht (meer )?(krijgt|kreeg)\b|\b(krijgt|kreeg) (\w+ )?geen lucht\b",
    r"\b(ligt|lag) (\w+ ){0,12}(reageert|reageerde) (nergens op|niet( meer)?)\b(?! (meer )?op\b)",
    r"\b(ik verstop me|wij verstoppen ons|we verstoppen ons|(zit|zitten) (\w+ ){0,3}verstopt)\b",
    r"blauwe lippen|(collega|hij|zij|ze|man|vrouw|iemand|klant|bezoeker|buddy|maat|patient|bewoner|client|gedetineerde|leerling) (\w+ ){0,3}(ingestort|in elkaar gestort)\b",
    r"\b(epipen|adrenalinepen|anafylact\w*)\b",
    # Buried, sunk, slumped at the wheel, a child lost near water, people down in a cellar.
    r"tot (zijn|haar|mijn|z n|m n) (borst|nek|middel|schouders|oksels)\b (\w+ ){0,4}(zand|grond|aarde|modder|puin|drijfzand|slib|beton)\b|(zand|grond|aarde|modder|puin|slib|beton) (\w+ ){0,4}tot (zijn|haar|mijn|z n|m n) (borst|nek|middel|schouders|oksels)\b",
    r"(wand|graf|sleuf|put|geul|bouwput|greppel)\w* (\w+ ){0,3}(is |zijn )?(ingestort|ingezakt)\b",
    r"(gekanteld|gekapseisd|omgeslagen|te water|in de vaart|in de sloot|in de gracht|in het kanaal|in het water) (\w+ ){0,6}(zit|zitten|ligt|liggen) (\w+ )?(er )?(nog )?in\b",
    r"achter het stuur (\w+ ){0,3}(onderuit ?gezakt|in elkaar gezakt|bewusteloos|onwel)|(onderuit ?gezakt|in elkaar gezakt) achter het stuur",
    r"(kind|meisje|jongen|peuter|kleuter|zoontje|dochtertje)\b (\w+ ){0,3}(kwijt|vermist|zoek)\b (\w+ ){0,8}(water|vijver|sloot|gracht|kanaal|zwembad|haven|strand|zee|vaart)\b|(water|vijver|sloot|gracht|kanaal|zwembad|haven|strand|zee|vaart)\b (\w+ ){0,8}(kind|meisje|jongen|peuter|kleuter|zoontje|dochtertje) (\w+ ){0,3}(kwijt|vermist|zoek)\b",
    r"(rotte eieren|zwavelwaterstof|h2s|gaslucht|koolmonoxide|co melder)\b (\w+ ){0,10}(liggen|ligt|gevallen|bewusteloos|onwel|flauwgevallen)\b",
    r"(grijze|grauwe) huid|koud zweet|linker ?arm (\w+ )?(tintelt|doet pijn)|pijn (\w+ ){0,3}(tot in) (de|zijn|haar|z n|m n|mijn) (kaak|arm)|geen hartslag|hartslag (\w+ )?(niet|weg)\b",
    r"(dreigt|dreigde|bedreigt|bedreigde|gedreigd|dreigen)( \w+){0,6} (dood te maken|vermoorden|te vermoorden|neer te steken|neer te schieten|af te maken|iets aan te doen|op te blazen|kapot te slaan|in elkaar te slaan)",
    r"(steekt|stak|slaat|sloeg|schopt|schopte) (\w+ ){0,3}(neer|met een)",
    # A tax office's "aanslag" is an assessment: an attack is "op" someone or "gepleegd".
    # A hostage negotiator or a bomb-threat protocol is a job or a document, not an incident.
    r"(steekpartij|schietpartij|gijzeling|gegijzeld|bommelding|neergestoken|neergeschoten)(?!s?(onderhandelaar|training|oefening|scenario|protocol|draaiboek|procedure|cursus|expert|deskundige))",
    r"(bom|terreur|mes|brand|terroristische |gewelddadige )aanslag\w*|aanslag(en)? (\w+ )?(op|gepleegd|beraamd|voorkomen)\b",
    r"onderweg naar (jouw|je|jullie|mijn|m n|ons|haar) (huis|adres|woning|kinderen)\b",
    # Said to the writer ("ik sta buiten bij je werk"); "ik sta nu buiten en het regent" is not.
    r"\bik sta (nu |al |hier )?((buiten|beneden) )?(voor|bij) (je|jouw) (deur|huis|werk|auto|kantoor|school)\b",
    r"\bbom\b",
    # 112 as a count, a page or a room number is not the emergency number; "een 112 gesprek
    # aannemen" and "de 112 lijn" are a control room's daily work.
    r"(?<!artikel )(?<!pagina )(?<!kamer )(?<!lokaal )(?<!nummer )(?<!bus )(?<!lijn )(?<!postbus )(?<!euro )(?<!hmp )(?<!km )\b112\b(?! (meldingen|melding|meldkamer|centrale|centralist\w*|openstaande|euro|eur|km|kilometer|uur|uren|verlofuren|vakantie ?uren|staan|minuten|dagen|zaken|dossiers|mails|e mails|berichten|klachten|aanvragen|bezwaar\w*|pagina s|paginas|stuks|keer|medewerkers|collega s|collegas|mensen|procent|lijn|lijnen|gesprek|gesprekken|oproep|oproepen|call|calls|tafel)\b)",
    # A resuscitation course or dummy is training, not an emergency.
    r"(bewusteloos|reanimeren|reanimatie(?!(cursus|training|les|pop|certificaat|diploma|herhaling|instructeur|oefening|module))|hartaanval|ligt (\w+ )?(op de grond|te bloeden))",
    # Powder from a letter; a scaffold or crane that sways over people.
    r"(wit|witte|verdacht|verdachte) poeder\w* (\w+ ){0,8}(envelop|brief|pakket|pakketje|post)\b|(envelop|brief|pakket|pakketje) (\w+ ){0,16}(wit|witte|verdacht|verdachte) poeder",
    r"(brandende|tranende) ogen (\w+ ){0,6}(hoest\w*|benauwd|misselijk|duizelig)|(hoest\w*|benauwd) (\w+ ){0,6}(brandende|tranende) ogen",
    r"(steiger|hoogwerker|bouwkraan|kraan|stelling|gevel|balkon|dakgoot)\w* (\w+ ){0,8}(scheef hangt|hangt (\w+ )?scheef|beweegt bij (elke|iedere)|dreigt (\w+ )?(om )?te (vallen|bezwijken|kantelen|storten)|staat op instorten)",
    # People hidden in a load, knocking back faintly.
    r"(persoon|personen|mensen|iemand|man|mannen|vrouw|vrouwen|kind|kinderen|verstekeling\w*) (\w+ ){0,4}(in|tussen) (de |het )?(lading|container|oplegger|trailer|laadruimte|vrachtruim)\b|(geklop|klopgeluid\w*|gebonk) (\w+ ){0,3}terug\b",
    # "Iemand een kopje kleiner maken" threatens to kill, often said in anger and not meant.
    r"\b(hem|haar|jou|die (\w+ ){0,4}(teamleider|leidinggevende|baas|manager|directeur|collega|klant|vent|gast|klootzak|eikel|lul|hufter)|(de|die|mijn|m n|onze|zijn|z n|haar) (teamleider|leidinggevende|baas|manager|directeur|collega)) (\w+ )?een kop(je)? kleiner (maakt|maken|te maken|gaat maken|maak)\b",
    r"\b(schoten|knallen|geschoten|schutter|wordt geschoten|lijkt wel schieten)\b",
    r"\b(explosie(f|ven)?|ontploffing|gaslek|gaslucht|hartstilstand|epileptische aanval|stikt|verstikking)\b",
    r"\bvlammen\b",
    r"\bgewonden\b",
    # English "gun" only as a noun: Dutch "ik gun het haar" grants, Turkish "her gün" is a day.
    r"\b(fire|knife|shooting|guns)\b|\b(a|an|the|his|een|met|with|has|had|have|got|loaded|pulled|holding)( \w+)? gun\b|\bgun (in|at|on|to|pointed)\b",
    # A knife or a fire now in the other languages of the suicide patterns.
    r"\b(avec|a) un couteau\b|\bau feu\b|\bil y a (le )?feu\b|\bincendie\b|\b(mit einem|hat ein) messer\b|\bes brennt\b"
    r"|\b(con|tiene) un cuchillo\b|\b(com|tem) uma faca\b|\b(con|ha) un coltello\b|\bincendi[oa]\b|\bhay fuego\b"
    r"|\bma noz\b|\bpozar\b|\bbicak\w*|\byangin\b|\bcutit\w*|\bpisau\b|\bkebakaran\b",
    r"\b(honkbalknuppel|knuppel|boksbeugel|stanleymes|breekijzer)\b",
    r"weet waar (je|jij|u|jullie) (woont|wonen|woon)\b",
    r"\b(gewurgd|wurgt|wurgde)\b",
    r"verlies\w* (\w+ )?(veel |heel veel )?bloed\b|(collega|hij|zij|man|vrouw|iemand|klant|bezoeker) (\w+ ){0,2}(stort|stortte|zakt|zakte) (\w+ ){0,2}(in elkaar|neer)\b",
    r"(mes|iets scherps|schaar|scherf|glas|wapen|pistool|vuurwapen|stanleymes) (\w+ ){0,2}tegen (zijn|haar|z n|m n|mijn|de|je|jouw) (nek|keel|hals|hoofd|slaap)\b",
    r"\b(heeft|houdt|hield) (me|mij|hem|haar|ons|iemand|(een|de|mijn|m n|zijn|z n|haar|onze) (\w+ )?(collega|medewerker|bewaarder|piw er|verpleegkundige|agent|kind|klant|vrouw|man|meisje|jongen|baby|dochter|zoon|docent|leerling|personeelslid|parketwachter|begeleider|beveiliger|baliemedewerker|leerkracht)) (vast|in een wurggreep|in de houdgreep|in gijzeling|gegijzeld)\b(?! (al|wel|niet|ook|nog|gezien|gehoord|vergeten|gelezen|gemerkt|gedacht|bedoeld|verteld|gezegd|geweten|begrepen|gedaan|gemaakt|gekregen|gestuurd)\b)",
    r"(brand|rook) in (het|ons|de) (gebouw|kantoor|pand)",
    r"(brand|rook|vuur) in (het |ons |de |een )?(prullenbak|afvalbak|keuken|pantry|kantine|archief|serverruimte|meterkast|kamer|toilet|wc|magazijn|kelder|lift)\b|(gordijn|gordijnen|kast|bureau|prullenbak|papier|afval)\w* (\w+ )?(vat|vatte|vatten|staat|staan) (vlam|in brand)",
    r"\b(keukenmes|stiletto|vlindermes|jachtmes|slagersmes)\b",
    r"(aangevallen|bedreigd|mishandeld|geslagen)\w* (\w+ ){0,30}(staat|zit|is) (\w+ ){0,2}(nu |weer ){1,2}(aan|bij|voor|in) (de|het|ons) (balie|deur|ingang|receptie|loket|gebouw|pand)",
    r"(iemand|collega|hij|zij|ze) (\w+ ){0,2}(is )?(zwaar )?gewond",
    r"met (een|de) (schaar|hamer|stoel|fles|stok|kapotte fles|glas) in (zijn|haar|de) hand",
    r"(gooit|gooien|smijt) (\w+ ){0,3}(met (stoelen|spullen|dingen|een|de)|stoelen|spullen)\b",
    r"(van de trap|van de trap af) geduwd",
    r"(zwaaien|zwaait|zwaaide) (\w+ ){0,3}met (een|de|het|zijn|haar) (schaar|mes|stoel|knuppel|hamer)",
    r"met (een|de|het|zijn|haar) (schaar|mes|stoel|stoelen|knuppel|hamer) (\w+ ){0,2}(te )?(zwaaien|zwaait|gooit|gooien|slaan|slaat)",
    r"niet (meer )?te ademen|ademt (\w+ )?niet\b|geen ademhaling",
    r"(houdt|grijpt|drukt) (\w+ ){0,2}(hand|handen) (\w+ ){0,2}(op|naar|tegen) (zijn|haar|zn|de) borst|grauw en (zweterig|bezweet|klam)",
    r"(ligt|lag|liggen) (\w+ ){0,2}onder (een|de|het) (\w+ ){0,2}(stelling|kast|pallet|heftruck|lading|balk|auto|steiger)\w*",
    r"(ligt|lag|gevallen|gevonden|gezakt) (\w+ ){0,8}(geeft|gaf) geen (antwoord|reactie|teken)",
    r"(me|mij|je|jou|ons|hem|haar) (\w+ ){0,4}in elkaar (gaat|gaan|zal|zullen|komt|komen) (te )?slaan",
    r"\bin elkaar (gaat|gaan|zal|zullen|komt|komen) (te )?(trappen|schoppen|rammen|beuken)\b",
    r"(wacht|wachten|staat|staan) (\w+ ){0,2}buiten op (me|mij|ons)\b",
    r"(dat|als) (hij|zij|ze) (me|mij|je|jou|hem|haar) (\w+ )?(afmaakt|vermoordt|doodmaakt|dood maakt|neersteekt|neerschiet)\b",
    r"(komt|kom|komen) (\w+ ){0,6}(om )?af te rekenen met",
    r"\bsteekwond\w*|bloed (\w+ ){0,2}(overal|uit (zijn|haar) (mond|hoofd|neus|oor))",
    r"(geschreeuw|gegil|gilde|gillen|schreeuwen) (\w+ ){0,6}(een )?(klap|klappen|dreun|knal|knallen|schot|schoten)\b",
    r"(pakket|pakketje|koffer|tas|doos) (\w+ ){0,6}(tikt|tikken)\b|(pakket|pakketje|koffer|tas|doos|envelop) (\w+ ){0,14}(draadje|draadjes|draden|draad) (\w+ ){0,2}(uit|steekt|steken)\b",
    r"(slaat|slaan|schopt|schoppen) (\w+ ){0,3}in elkaar\b(?! (te|gaan|gaat|zal|zullen|als))",
    # Told as happening now; a grip at the throat last month is a report, not an alarm.
    r"(wordt|word|worden) (\w+ ){0,3}bij de (keel|strot) (gegrepen|gepakt)|bij de (keel|strot) (wordt|word|worden) (gegrepen|gepakt)|(grijpt|pakt) (\w+ ){0,3}bij de (keel|strot)|(zojuist|net|nu) (\w+ ){0,4}bij de (keel|strot)",
    r"(durven|durf|durft|durfde) (\w+ ){0,2}niet (meer )?naar binnen",
    # Fallen or found and not responding; "reageert niet op mijn mails" is about post.
    r"\b(valt|viel|zakt|zakte|gevonden|gevallen|gezakt|neergevallen|(ligt|lag) (\w+ )?op de (grond|vloer))\b (\w+ ){0,8}(reageert|reageerde) (\w+ )?(niet|nergens)\b(?! (\w+ )?op (mijn|m n|de|het|zijn|haar|onze|ons|je|jouw|mails?|berichten|telefoon|app|vragen|tickets?|verzoek\w*|aanraken|aanraking|toetsen)\b)",
    # Caught in a machine: "zijn hand zit vast in de papierpers"; a lift or a door is no machine.
    r"\b(hand|handen|arm|been|vinger|vingers|voet|mouw|haar|haren|hoofd)\b (\w+ ){0,4}(zit|zitten|zat|is|raakt|raakte) (\w+ ){0,2}(vast|klem|bekneld) (\w+ ){0,2}(in|tussen|onder) (de|het|een) (\w+ ){0,2}(machine|pers|papierpers|balenpers|persmachine|wals|mangel|transportband|lopende band|versnipperaar|shredder|menger|mixer|zaag|zaagmachine|draaibank|freesmachine|vuilniswagen|perswagen|kraan|rollen)\b",
    r"(chloor|ammoniak|zoutzuur|bleekmiddel)\w* (\w+ ){0,6}(gemengd|mengen|gemixt|bij elkaar gegooid)",
    r"(hoest|hoesten|hoestte) (\w+ ){0,6}(kan|kon|krijgt|kreeg) (bijna |haast )?(niet|geen) (meer )?(praten|ademen|lucht)\b",
    # Heat stroke: hot, no longer sweating, talking nonsense.
    r"zweet (\w+ )?niet meer\b|(gloeiend|kokend|bloed) ?heet (\w+ ){0,6}(praat|reageert|verward|wartaal)|\bhitteberoerte\b",
    # Someone in the water who cannot swim, told as now (a weak sign: the model may overrule it).
    r"(sloot|water|kanaal|gracht|rivier|vijver|plas|haven|sluis|zwembad)\b (\w+ ){0,12}(kan niet zwemmen|gaat (kopje )?onder|(?<!niet )verdrinkt|is aan het verdrinken)\b"
    r"|(kan niet zwemmen|gaat (kopje )?onder|(?<!niet )verdrinkt|is aan het verdrinken) (\w+ ){0,12}(sloot|water|kanaal|gracht|rivier|vijver|plas|haven|sluis|zwembad)\b",
]
# A story told in the past, with nothing about now.
# Words between "is" and "opgepakt", "geblust" or "voorbij" that do not negate them:
# "is niet opgepakt", "is nog niet geblust" and "het is niet voorbij" are not an end.
_NOT_NEGATED = r"(?:(?!(niet|nooit|nog)\b)\w+ )"
_PAST = re.compile(
    r"\b(achteraf|in het verleden|allang (\w+ )?(afgesloten|voorbij|afgehandeld|opgelost)|gisteren|eergisteren|vorige (week|maand|keer|dienst)|vorig jaar|laatst|destijds|ooit|in (1\d\d\d|20[01]\d|202[0-4])|in de (\w+ )?oorlog"
    r"|(dagen|weken|maanden|jaren|jaar|week|maand) (geleden|terug)|afgelopen (week|maand|jaar|weekend)"
    r"|verleden tijd|(?<!dacht )(?<!dachten )(?<!dacht ik )(?<!dachten we )(?<!dachten wij )(?<!eerst )(loos|vals) alarm|(was|bleek|blijkt) (\w+ )?(loos|vals)|van (19\d\d|20[01]\d)|(?<!niet )geblust|goed afgelopen|aangifte (\w+ )?gedaan|(is|werd) (\w+ )?(afgehandeld|overgeplaatst|ontslagen)"
    r"|vorig (week|maand)|afgelopen (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|zomer|winter|nacht)|(politie|beveiliging|bewaking) (\w+ ){0,4}(meegenomen|opgepakt"
    r"|aangehouden|afgevoerd|overmeesterd|opgelost|weggestuurd)|(is|werd|zijn|werden) "
    rf"{_NOT_NEGATED}{{0,3}}(opgepakt|aangehouden|afgevoerd|gearresteerd|overmeesterd|gesust)|geweest"
    r"|(het )?is (\w+ )?gemeld|(twee|drie|vier|vijf|meerdere|vaker|\d+) keer (\w+ ){0,6}gemeld|ongedeerd|overleed|(is|was) overleden|(naar huis|de deur uit) gestuurd|bevrijd"
    r"|na (de|die|het|dat|een) (\w+ )?(bommelding|brand|incident|overval|steekpartij|schietpartij|ontruiming|inbraak|gebeurtenis))\b"
)
_NOW = re.compile(
    # "net langs", "net als", "net niet" mean barely or like, not just now; "las net" reads news.
    # "In het dossier staat dat ..." quotes a record, it does not say something stands there now.
    r"\b((?<!las )(?<!lees )net(?! (langs|naast|niet|als|zo|op tijd|te laat|genoeg|mis|over|onder|boven|gelezen)\b)|zojuist|zonet|vandaag|vanavond|vannacht|straks|zo meteen|zometeen|morgen|op dit moment"
    r"|momenteel|terug(?! (aan|op|naar) (het |dat |ons |de )?(werk|gebouw|pand|kantoor|afdeling))|terugkomt|help|(?<!was er )(?<!waren er )snel|(?<!dossier )(?<!systeem )(?<!rapport )(?<!verslag )(?<!register )(?<!verbaal )(?<!vonnis )(staat|staan)(?! (\w+ )?(gepland|ingepland|op (de )?(agenda|planning|\d)))|ligt(?! (\w+ )?(ver |al |lang )?achter (me|mij|ons|haar|hem))|loopt|rent"
    # "weer aan het werk", "zit vast", "komt er nog een nabespreking" tell of afterwards.
    r"|(?<!werk )(?<!werk ik )(?<!werkt hij )(?<!werkt ze )weer(?! (naar binnen|aan het werk|aan de slag|op (de|die|het) \w+|thuis|veilig|rustig|normaal|goed|beter|rijden|open|vrij|gebeurt|gebeuren|voorkomt|voorkomen))"
    r"|zit(?! (nu )?vast| er (nog )?mee)|komt(?! er (nog |nu )?(een|iets)))\b"
)
# A drill, role play or training acts an incident out; "dit is geen oefening" is real.
_PRETEND = re.compile(
    r"\b(oefen\w*|rollenspel|scenario|simulatie|acteur|actrice|figurant\w*|grime|grimeur|lotus|nepwapen|rubberen|rookmachine|training|workshop|cursus|e learning)\b"
)
_REAL = re.compile(
    # "echt" says it is real; "geen echt incident" and "zo echt" say it looked real.
    r"(?<!geen )(?<!niet )(?<!zo )(?<!heel )(?<!best )(?<!erg )(?<!wel )\becht(e)?\b(?! (grappig|leuk|leerzaam|goed|mooi|nuttig|interessant|spannend|knap|realistisch)\b)"
    r"|\bgeen (oefening|rollenspel|training|grap|nep|scenario|spel|onderdeel)\b|(hoort|hoorde) niet bij (de|het|die|dat) (oefening|rollenspel|training|scenario|spel)\b|\b(is|was|ging|liep) (\w+ )?uit de hand\b|in het echt\b|niet (meer )?gespeeld"
    r"|(oefening|training|cursus|rollenspel|simulatie|scenario) (\w+ ){0,2}(is |werd |wordt )?(gestopt|stilgelegd|afgebroken|onderbroken)\b"
    r"|\b(nu|op dit moment|zojuist|zonet) (\w+ ){0,3}(staat|staan|loopt|zit|ligt)\b|\ber (staat|loopt|zit|ligt) (nu )?(een|iemand)\b"
)
_LAUGH = re.compile(rf"\b{_LAUGH_WORDS}\b")
_EARNEST = re.compile(rf"\b{_EARNEST_WORDS}")
_WHEN = re.compile(
    r"\b(vandaag|vanavond|vannacht|nu|zometeen|zo meteen|straks|morgen|om \d+|over (een|\d+) (uur|minuten|kwartier))\b"
)
# An incident told with its end ("de dader is opgepakt", "het vuur is geblust") is over.
_RESOLVED = re.compile(
    rf"\b(is|zijn|werd|werden) {_NOT_NEGATED}{{0,2}}(opgepakt|aangehouden|gearresteerd|afgevoerd)\b"
    r"|(?<!of )\b(niemand|geen) (\w+ )?(is |raakte |werd )?(gewond|gewonden)\b|(?<!of )(?<!dat )\b(hij|ze|zij) (\w+ )?(leeft|heeft het overleefd)\b"
    rf"|\b(is|zijn|was|werd) {_NOT_NEGATED}{{0,2}}(weer )?(vrijgegeven|geblust)\b"
    rf"|\b(brand|vuur) is {_NOT_NEGATED}?uit\b"
    rf"|het is {_NOT_NEGATED}?voorbij\b|(is|was) {_NOT_NEGATED}?goed afgelopen\b"
)
# "... is aangehouden, maar mijn collega ligt nog bewusteloos" is not over.
_STILL = re.compile(
    r"\b(nu|nog)\b|\b(ligt|liggen|zit|zitten|staat|hangt) (\w+ ){0,4}"
    r"(bewusteloos|te bloeden|op de grond|onder|vast|bekneld|in brand)\b"
)
# Memories coming back are not the incident happening again.
_MEMORY = re.compile(
    r"(komt|kwam|komen|kwamen) (alles|het|dat|het allemaal|de beelden|het beeld|die beelden) (\w+ ){0,2}terug"
    r"|(zie|zag) (ik |we )?(het|hem|haar|dat|die beelden) (\w+ ){0,2}voor (me|mij)"
)
# Compiled one by one: a single alternation of all of them is about twenty times slower.
# An idiom ends where a word ends: "mes in zijn rug" is not "mes in zijn rugtas".
_IDIOM_RES = [re.compile(rf"(?:{p})(?!(?<=\w)\w)") for p in _IDIOMS]
_SUICIDE_RES = [re.compile(p) for p in _SUICIDE_PATTERNS]
_WEAK_SUICIDE_RES = [re.compile(p) for p in _WEAK_SUICIDE_PATTERNS]
_DANGER_RES = [re.compile(p) for p in _DANGER_PATTERNS]
_INCIDENT_RES = [re.compile(p) for p in _INCIDENT_WORDS]
# Misspellings of the strongest words, caught by edit distance on single tokens.
_FUZZY = {
    "zelfmoord": 2,
    "suicidaal": 2,
    "suicide": 1,
    "zelfdoding": 2,
    "zelfmoordgedachten": 3,
    "zelfbeschadiging": 3,
    "afscheidsbrief": 2,
    "overdosis": 2,
    "suicidale": 2,
}


@dataclass(frozen=True)
class CrisisSignal:
    """What kind of crisis a message shows; the matched words are never kept."""

    kind: str
    # A weapon or incident word, one weak word of ending, or danger said with a laugh: the
    # model may overrule it.
    weak: bool = False


def sets_aside(text: str) -> bool:
    """Whether a text holds idiom or a denial that the crisis patterns set aside."""
    norm = normalise(text)
    return any(idiom.search(norm) for idiom in _IDIOM_RES)


def detect_crisis(text: str) -> CrisisSignal | None:
    """Return the crisis a message signals, or None; acute danger outranks suicide."""
    norm, marked = normalise(text), normalise(text, sentences=True)
    # "vorig jaar" stays a past marker even when an idiom below takes it away with a past threat.
    told_as_past = _PAST.search(norm) is not None
    for idiom in _IDIOM_RES:
        norm, marked = idiom.sub(" ", norm), idiom.sub(" ", marked)
    acted = _PRETEND.search(norm) is not None and not _REAL.search(norm)
    # Danger words are read one sentence at a time: "voelde bedreigend. Nu doet hij ..." is not now.
    danger = [part for part in marked.split("|") if any(p.search(part) for p in _DANGER_RES)]
    if danger:
        # "ik ga hem vermoorden lol" is a sigh the model may overrule; taken back or with a time
        # it is not.
        joked = (
            all(_LAUGH.search(part) for part in danger)
            and not _EARNEST.search(norm)
            and not _WHEN.search(norm)
        )
        if acted and not joked:
            # A drill's smoke or "bom" is announced, not alarming; a real crisis during a
            # drill says so ("dit is geen oefening") or is left to the model.
            return None
        return CrisisSignal(DANGER, weak=joked)
    incident = (
        any(p.search(norm) for p in _INCIDENT_RES)
        and not (told_as_past and not _NOW.search(_MEMORY.sub(" ", norm)))
        and not (_RESOLVED.search(norm) and not _STILL.search(norm))
        and not acted
    )
    if any(p.search(norm) for p in _SUICIDE_RES) or any(
        len(token) >= 6 and any(within_edits(token, w, d) for w, d in _FUZZY.items())
        for token in norm.split()
    ):
        # Strong words said with a laugh the message does not take back: the model may overrule.
        joked = _LAUGH.search(norm) is not None and not _EARNEST.search(norm)
        return CrisisSignal(DANGER if incident else SUICIDE, weak=joked)
    if incident:
        return CrisisSignal(DANGER, weak=True)
    # One weak sign of ending may be overruled by the model; two together are not.
    signs = sum(1 for p in _WEAK_SUICIDE_RES if p.search(norm))
    if signs:
        return CrisisSignal(SUICIDE, weak=signs == 1)
    return None
