"""The rule-based crisis net: explicit, indirect and misspelt crises; no alarm on idiom."""

from __future__ import annotations

import time

import pytest

from bot.crisis import DANGER, SUICIDE, CrisisSignal, detect_crisis
from bot.textnorm import normalise

SUICIDAL = [
    "ik wil dood",
    "Ik denk er steeds vaker aan om zelfmoord te plegen",
    "ik wil er niet meer zijn",
    "iedereen is beter af zonder mij",
    "ik zie het echt niet meer zitten",
    "ik wil gewoon slapen en nooit meer wakker worden",
    "ik heb pillen gespaard",
    "ik snij mezelf weer",
    "k wil er n eind aan maken",
    "zelfmoort",
    "ik heb suïcidale gedachten",
    "mijn collega zei dat hij er een einde aan wil maken",
    "Ik ben bang dat ik mezelf iets aandoe vanavond.",
    "het hoeft voor mij allemaal niet meer",
    "Mijn teamleider pest me al maanden, ik kan niet meer en ik wil niet meer leven.",
    "WIL NIET MEER LEVEN",
    "ik heb afscheidsbrieven geschreven",
    "Vanavond maak ik er een einde aan.",
    "een collega zei vandaag dat ze niet meer wil leven",
    "Mijn collega heeft gezegd dat hij zichzelf iets gaat aandoen.",
    "I keep thinking about ending my life, who can I talk to?",
    "my colleague told me he wants to kill himself",
    "ik heb op internet opgezocht hoeveel pillen dodelijk zijn",
    "Ik draag lange mouwen op kantoor zodat niemand de sneeën ziet",
    "ik sla mijn hoofd tegen de muur tot het bloedt",
    "na mijn poging van vorige maand voelt het nog steeds hetzelfde",
    "ik heb het touw al",
    "ik ben het leven zo moe",
    "Een handhaver wil zijn dienstwapen tegen zichzelf gebruiken.",
    "ik ga mezelf verhangen",
    "ik ga vannacht dood en niemand kan het tegenhouden",
    "over een uur ben ik er niet meer",
    "ik heb de pillen genomen, het spijt me",
    "ik sta nu bij het kanaal en ik wil erin lopen",
    "ik heb een touw en een haak in het plafond",
    "ik zet er vanavond een punt achter",
    "mijn collega zei dat ze er morgen een punt achter zet",
    "het is beter als ik er een streep onder zet, voor altijd",
    "Zorgmelding: medewerker stuurde een foto van een touw aan een collega, met alleen 'sorry'.",
    "Het spijt me voor alles. Zeg tegen mijn team dat het niet hun schuld is.",
    "Elke ochtend is een teleurstelling, omdat ik weer wakker ben geworden.",
    "Collega meldt dat medewerker na het ontslaggesprek dreigde van de parkeergarage te springen.",
    "Gisteren heb ik mijn zus verteld waar de verzekeringspapieren liggen.",
    "Sinds het overlijden van zijn vrouw zegt hij tegen iedereen dat hij haar snel wil volgen.",
    "Een collega zet al dagen berichten op Instagram over er niet meer willen zijn.",
    "ze heeft zich op de wc gebrand met een aansteker",
    # Near the idiom and denial exclusions, and still a crisis.
    "Ik heb zelfmoordgedachten, niet alleen 's nachts maar ook overdag.",
    "ik wil gewoon zelfmoord plegen",
    "Ik had een sessie met mijn psycholoog over mijn zelfmoordgedachten en ze worden erger.",
    "Er zijn geen signalen van pesten, maar hij zei gisteren dat hij zichzelf iets wil aandoen.",
    "Melder: collega heeft een testament laten maken en iedereen bedankt voor de mooie jaren.",
    "Na het overlijden van zijn vrouw zegt hij steeds dat hij bij haar wil zijn.",
    "Betrokkene schreef de schande van een ontslag niet te zullen overleven.",
    # Quiet signs: giving things away, a decision, one way out.
    "ik heb sucidale gedachtes",
    "hij zei tegen zijn teamleider dat hij er maar beter niet meer kon zijn",
    "alles is mislukt, ik zie nog maar één uitweg",
    "ik heb een lijstje gemaakt wie mijn spullen krijgt",
    "maakt niet uit wat er in mijn beoordeling staat, ik ben er toch niet lang meer",
    "IK STOP ERMEE. NIET MET WERKEN. MET ALLES.",
    "ik heb besloten dat ik er na de zomer niet meer ben",
    "Collega aangetroffen met snijwonden aan haar polsen.",
    "hoe hoog moet een brug zijn om het zeker te weten",
    "Hij heeft al zijn bezittingen weggegeven en een afscheidsmail gestuurd.",
    "vanavond neem ik afscheid van het leven",
    "ik denk elke dag aan springen als ik over de brug fiets",
    "ik werk schoonmaak. ik wil niet leven meer",
    "ik heb al mijn slaappillen bewaard, 3 maanden",
    "Mijn afscheidsmail staat ingepland. Morgen ben ik er al niet meer.",
    "Als ik overlijd, krijgt mijn partner dan alles? Ik wil het zeker weten voordat ik het doe.",
    "Mijn dochter is vorig jaar gestorven en nu wil ik haar volgen.",
    "hij post steeds foto's van de brug bij het station met 'straks eindelijk rust'",
    "ich weit neet wat ich moet, 't is beter as ich d'r neet mie bin",
    "Hij riep dat ik maar van de brug moest springen. Ik heb daar serieus over nagedacht.",
    "Op de pier zei ze: daar zou ik het doen.",
    "Mijn vader stierf vorig jaar zo, en nu krijg ik dezelfde gedachten als hij.",
    "Mijn moeder zegt dat ze klaar is met leven en vraagt of ik haar help.",
    "Zeg tegen Sanne dat het niet aan haar lag.",
    "Mijn pincode ligt in de la, voor het geval dat. De hond gaat naar mijn broer.",
    "Een collega zei dat ze er eigenlijk liever helemaal niet meer zou zijn.",
    "Ze vertelde dat ze haar pillen al weken opspaart.",
    "hij spaart zijn slaapmiddelen op, zei hij tegen me",
    "Notitie: plan, middelen en datum aanwezig. Betrokkene zit bij mij.",
    "Hij nam zijn dienstwapen mee naar huis, voor zichzelf zei hij.",
    "ze wil er over twee weken een eind aan maken",
    "ik ga dood maken mijzelf",
    "my friend at work swallowed all her pills an hour ago",
    "Ik vond haar in de wc, ze heeft haar polsen doorgesneden.",
    "lately I just hope I stop waking up anymore",
    "ik denk steeds om alle pillen in 1 keer te nemen",
    "Mijn dienstwapen ligt in de kluis, maar ik denk er steeds vaker aan het op mezelf te richten.",
]
DANGEROUS = [
    "mijn collega is bij het maaien in de vijver gegleden en kan niet zwemmen, help",
    "nu hulp nodig, agressieve man op kantoor",
    "iemand bedreigt mn collega met een stoel bij de ingang",
    "Melding beveiliging: ex-partner van medewerker (contactverbod) staat sinds 08:15 bij de slagboom.",
    "er staat een man met een mes bij de balie",
    "help een klant valt mijn collega aan",
    "hij dreigt haar dood te maken",
    "mijn collega wordt nu geslagen",
    "er is brand in het gebouw",
    "iemand ligt bewusteloos op de gang",
    "mijn collega is flauwgevallen en haar lippen worden blauw",
    "ik ruik gas op de derde verdieping",
    "er staat een man met een honkbalknuppel bij de receptie",
    "De klant zegt dat hij mijn collega gaat neersteken als ze naar buiten komt.",
    "er zit een man achter de balie met een mes op de keel van mijn collega",
    # A weapon in a story from yesterday still counts when the danger is now.
    "gisteren had hij een mes bij zich en nu staat hij weer voor de deur",
    "er is net een explosie geweest bij de ingang",
    "brand! de keuken staat in lichterlaaie",
    "er staat een auto in brand in de parkeergarage",
    "de man aan de balie heeft een collega bij de keel gegrepen en laat niet los",
    "Op dit moment is een klant in de wachtruimte mijn collega aan het schoppen en slaan.",
    "die collega staat nu weer voor me met een schaar in zijn hand",
    "bij de balie is geschoten",
    "het apparaat is ontploft in de kantine",
    "mijn collega is net gevallen en lijkt niet te ademen",
    "er ligt iemand onder een omgevallen kast in het archief",
    "mijn ex is de deur aan het intrappen",
    "hij zegt dat hij me na het werk in elkaar gaat slaan en wacht buiten op me",
    "hij schreeuwt dat hij me afmaakt als ik iets zeg en houdt mijn arm vast",
    "agressieve klant bij de balie",
    "Een klant mailt dat hij vanmiddag naar kantoor komt om af te rekenen met zijn behandelaar.",
    "hij staat met een schaar voor mijn bureau en zegt dat hij me dood maakt",
    "de bedrijfskeuken staat in de fik",
    "er ligt een pakket bij de receptie en het tikt",
    "bloed overal, collega door de glazen deur gevallen",
    "Er rende net een man binnen met een bloedende steekwond, de dader staat nog buiten.",
    "Hij liet zojuist een mes in zijn rugtas zien en zei dat hij de teamleider komt afmaken.",
    "mijn teamleider zei net dat hij straks terugkomt met zijn jachtgeweer",
    "collega is dronken en wil zo met de dienstauto de snelweg op, hij geeft de sleutels niet",
    "Iemand heeft ammoniak en bleekmiddel gemengd in de spoelruimte, het stinkt vreselijk.",
    "Een bezoeker grijpt de receptioniste bij de keel!",
    "Hij heeft haar in de kantine vastgepakt en we durven niet naar binnen.",
    "brand in de pantry op de 4e, het gordijn vat vlam",
    "Die klant die me vorig jaar heeft aangevallen staat nu weer aan de balie.",
    "Er ligt een stiletto op zijn bureau en hij schreeuwt tegen iedereen.",
    # "komt een man" is now, even after a past marker.
    "Vorig jaar was er een overval. Er komt een man met een pistool binnen!",
    "Vorige week bedreigd door een klant, nu komt een man met een mes op me af",
    "er wordt met flessen gegooid naar onze medewerkers bij de ingang",
    "er wordt nu met stenen naar ons gegooid",
    "er is een aanslag gepleegd op het gemeentehuis, er liggen gewonden",
    "bij het huisbezoek wordt mijn collega op dit moment door de bewoner geduwd",
    "Een gedetineerde heeft mijn collega de cel in gesleurd, we horen gegil.",
    "Hij zei dat hij de afdelingsmanager vanmiddag een kogel door zijn kop schiet.",
    "Die agent zei dat hij zijn chef vandaag een kogel geeft.",
    "Mijn collega ging alleen de cel in en zijn portofoon blijft stil.",
    "Via de intercom hoorden we een worsteling, daarna niets meer.",
    "Er staat een man bij het open raam op de zesde en hij weigert terug te komen.",
    "ik sta op de brug en ik klim over het hek",
    "Op de luchtplaats houdt een gedetineerde een collega nu in een wurggreep.",
    "We hoorden geschreeuw en toen een knal in de flat.",
    "Een cliënt houdt op dit moment mijn collega vast in de spreekkamer.",
    "Alarm op school, we zitten in lockdown in lokaal 3.",
    "Een bezoeker knijpt de receptioniste de keel dicht!",
    "De man van vorige week staat nu met een stok bij de ingang.",
    "Hij riep dat hij me vandaag nog te pakken neemt en hij loopt hier rond.",
    "Iemand gooide net een stoel door de glazen wand en loopt nu met een scherf rond.",
]
IDIOM = [
    "dodelijk saai",
    "ik ga dood van het lachen",
    "die deadline maakt me kapot",
    "ik schiet me nog eens in de voet",
    "ik kan mezelf wel voor mijn kop slaan",
    "mijn laptop is dood",
    "ik schaam me dood",
    "over mijn lijk",
    "ik zou een moord doen voor koffie",
    "ik schiet er niks mee op",
    "mijn vader is vorige maand overleden",
    "mijn leidinggevende bedreigt me met ontslag",
    "ik wil niet meer met hem samenwerken",
    "heeft de organisatie een training zelfmoordpreventie?",
    "ik heb me gesneden aan een envelop",
    "ik denk niet aan er een einde aan maken hoor, maar ik ben wel echt leeg",
    "zelfmoordgedachten heb ik niet, wel het gevoel dat ik vastloop",
    "het is niet zo dat ik dood wil, ik ben gewoon kapot moe",
    "ik had een ongeluk met de auto, niemand gewond, maar ik schrik nog steeds",
    "zijn vrouw is plotseling overleden aan een hartstilstand",
    "ik volg een training over suïcidepreventie voor leidinggevenden",
    "een collega van ons is twee jaar geleden door zelfdoding overleden, dat vind ik zwaar",
    "wat is de zin van het leven",
    "ik wil dat het pesten stopt",
    "help",
    "mijn afdelingshoofd zet me het mes op de keel: tekenen of vertrekken",
    "ik heb mezelf in de voet geschoten met die planning",
    "twee weken geleden is een collega bedreigd met een vuurwapen, de politie weet ervan",
    "sinds de aanslag in mijn woonplaats voel ik me onrustig",
    "jaren geleden had ik suïcidale gedachten, maar dat is verleden tijd",
    "gisteren stond er een man met een mes aan de balie, de politie heeft hem opgepakt",
    "ik wil het liefst verdwijnen uit dat projectteam",
    "sinds de scheiding snijd ik mezelf af van iedereen",
    "ik ga vanavond de slingers ophangen",
    "mijn computer wil niet meer leven",
    "ik heb gisteren een poging gedaan om het rooster te begrijpen",
    "ik heb zelfmoordgedachten gehad in het verleden maar die zijn al jaren weg",
    "vorig jaar is mijn collega met een mes bedreigd, hij is nu weer aan het werk",
    "de schietpartij van vorig jaar raakt ons nog, komt er een nabespreking?",
    "we staan in brand dit kwartaal, alle KPI's op groen!",
    "wat heeft het voor zin om door te gaan met dit project",
    "We hebben het uitgepraat en willen er een streep onder zetten.",
    "Ik wil er een punt achter zetten met die samenwerking, hoe pak ik dat aan?",
    "Na tien jaar zet ik er een punt achter: ik ga solliciteren bij de provincie.",
    "Hij zegt dat we er een punt achter zetten, het project stopt.",
    "ruzie met collega over wie het project mag trekken. sfeer is om te snijden.",
    "Een collega overleed vorig jaar door zelfdoding; ik heb er nog vaak verdriet over.",
    "De controles op suïcidegevoelige gedetineerden worden al maanden niet uitgevoerd.",
    "Ik ben niet van plan om iets doms te doen, maar ik kan het niet meer overzien.",
    "Ik ben zo moe. Niet dat ik er niet meer wil zijn, gewoon moe van alles.",
    "De autoreparatie was een enorme strop, nu kan ik de huur niet betalen.",
    "Ik word genegeerd door mijn team. Het is alsof ik dood ben voor ze.",
    "Hoe heet dat spel waarin je als team een bom onschadelijk moet maken?",
    "De nieuwe teamleider heeft de bijl gezet in onze thuiswerkafspraken.",
    "Collega kreeg vorige week een epileptische aanval; de ambulance was er snel en het gaat weer goed.",
    "Mijn collega's vroegen of ik aan zelfmoord denk. Dat doe ik echt niet.",
    "Een medewerker liet tegen betaling naheffingsaanslagen van kennissen vervallen.",
    "Burger belt boos over een belastingaanslag die veel te hoog is.",
    "Hij post een foto van zichzelf in brandweeruniform bij complotberichten.",
    "Een medewerker heeft de autobanden van een collega lek gestoken.",
    "De meldkamer zet 112-meldingen door zonder ze te registreren.",
    # A sentence that ends ("voelde dreigend.") does not run into the next ("Nu ...").
    "Vorige maand schreeuwde hij tegen me en dat voelde dreigend. Nu zegt hij gedag alsof er niets was.",
    # Denials in other word orders, grief, topics and exercises.
    "Aan zelfmoord denk ik niet, maar ik ben wel heel somber.",
    "Zelfmoordgedachten heb ik niet, wel slaap ik slecht.",
    "Mijn oom is vorig jaar door zelfdoding verloren gegaan voor de familie; ik wil praten over het verdriet.",
    "Vorig jaar werd ik geconfronteerd met een zelfmoord in mijn vriendenkring.",
    "Wie geeft de workshop over het herkennen van zelfbeschadiging bij cliënten?",
    "Tijdens de ontruimingsoefening speelt een acteur een man met een nepwapen.",
    "In het rollenspel gooit een boze burger met een stoel.",
    "Ik wil weten wat ik moet doen als iemand onwel wordt aan de balie.",
    "Toen het nieuwe rooster kwam, barstte de bom in het team.",
    "De rapporten zwakken direct gevaar voor omwonenden af.",
    "Mijn collega smijt met spullen als hij boos is; vorige week vloog er een perforator net langs mijn hoofd.",
    "Vorig jaar zwaaide een bezoeker met een mes in de hal; de politie heeft hem meegenomen.",
    "Een release op vrijdagmiddag is pure zelfmoord.",
    "Zijn vrije trap werd hoog over geschoten.",
    "Ik spring morgen bij de balie bij.",
    "Mijn verlofsaldo is ontploft, ik sta ineens op min 20 uur.",
    # Case notes that record a denial.
    "Suïcidale gedachten worden door betrokkene ontkend.",
    "Er zijn geen aanwijzingen dat zij zichzelf iets wil aandoen.",
    "Op de vraag of hij aan zelfdoding denkt, antwoordt hij stellig van niet.",
    "Ik heb niet de neiging mezelf iets aan te doen, ik ben vooral moe.",
    "Ik kan al weken slecht slapen en kom 's ochtends niet meer op gang.",
    "Gedetineerden met een verhoogd suïciderisico krijgen volgens het beleid een andere cel.",
    "Op de vraag of hij aan de dood denkt: nee, hij wil dat het beter gaat.",
    "Gedachten aan doodgaan heb ik niet, ik wil wel met iemand praten.",
    "Het is niet zo erg dat ik er een eind aan wil maken, ik ben gewoon op.",
    "Ik denk er niet aan om uit het leven te stappen, ik ben alleen moe.",
    "Ik kan niet meer, niet in de zin van dood willen, maar ik ben op.",
    "Ik ben niet van plan om te stoppen met leven, ik wil alleen hulp.",
    "Vorige maand gaf hij me een duw. Ik ben nu niet in gevaar, maar wil het melden.",
    "ik zie geen uitweg meer in het conflict over het rooster",
    "Mijn contract loopt in mei af, dus ik ben er toch niet lang meer.",
    "ik ben er klaar mee dat alles tegenzit dit jaar",
    # Accidents, hobbies, films and jokes.
    "heb me in mijn vinger gesneden bij het brood snijden",
    "die actiefilm was één schietpartij, twee uur lang werd er geschoten",
    "Ik vermoord hem als hij nog één keer mijn yoghurt pakt haha",
    "die nieuwe collega is een bom energie",
    "de stuurgroep komt niet meer bij elkaar",
    "drie keer in de roos geschoten bij het boogschieten",
    "BHV-oefening morgen: iemand ligt 'bewusteloos' in de lift.",
    "haardhout gehakt met de bijl, mijn rug is kapot",
    "het stanleymes schoot uit bij het openmaken van de dozen",
    "Dank voor de bloemen na de uitvaart, ze staan op de vensterbank.",
    "Twee weken geleden zakte een collega in elkaar en kwam de ambulance. Ik zie het steeds weer voor me.",
    "Vorig jaar bedreigde een klant mij met een mes. Nu werk ik weer en het gaat redelijk.",
    "Geen zorgen, ik spring niet van de brug, ik wil alleen weten of de vergadering doorgaat",
    "EHBO-cursus vanavond, we oefenen met een nepsteekwond",
    "de medicijnen worden op de afdeling verkeerd bewaard",
    "die vergadering was echt zelfmoord, drie uur over een logo",
    "in de thriller die ik lees pleegt de hoofdpersoon zelfmoord in hoofdstuk 2",
    "Ik ga me ophangen... aan de kapstok, mijn jas bedoel ik.",
    "ik voel me down, niet zo dat ik mezelf wat aandoe hoor",
    "geen zin in niks, maar dood willen is het niet",
    "er gaan steeds stoelen naar thuiswerkers zonder aanvraag",
    "In 2009 kwam hier ooit een man met een mes binnen, dat verhaal vertellen ze nog steeds",
    "mijn opa heeft in de oorlog wapens verstopt op zijn boerderij",
    "als puber heb ik mezelf beschadigd, dat is lang geleden en ik ben er goed voor behandeld",
    "de monteur ligt de hele middag onder een auto te sleutelen",
    "ik zie het niet meer zitten, niet met mijn leven hoor, met de verbouwing",
    "morgen is de ontruimingsoefening, er wordt rook gesimuleerd in de kelder en het trappenhuis",
    "heeft iemand een scherp mes om de taart te snijden?",
    "in de film van de opleiding pleegt de held aan het einde zelfmoord",
    "de directeur liet vallen dat een stagiair aan de balie niet representatief is",
    "Melder voelt zich onveilig na een ruzie vorige maand; er is geen acuut gevaar.",
    "ik wil anoniem melden, want rechtstreeks naar mijn baas stappen is zelfmoord",
    "Ons team verloor in 2022 een collega door zelfdoding en dat zit me nog dwars.",
    "Zoekt iemand nog een spreker over zelfbeschadiging bij jongeren?",
    "Voor de afscheidsreceptie van onze directeur maken we een afscheidsbrief met handtekeningen.",
    "Hoe zeg ik mijn abonnement op de sportschool op? Ik wil er een einde aan maken.",
    "dat project gaat nergens heen, ik trek de stekker eruit",
    "Ik ben klaar met alles, niet op die manier hoor, gewoon leeg.",
    "Hij heeft nooit iets gezegd over dood willen, hij is gewoon moe.",
    "ik ga heus niet dood van die planning maar ik ben op",
    "EHBO-les op een pop, er hoeft niemand dood te gaan.",
    "Na 38 jaar is het zover: mijn laatste werkdag is 1 juli.",
    "Ik wil iedereen bedanken voor alles. Vrijdag is mijn afscheidsborrel in de kantine.",
    "Ik ben al weken somber, maar dood willen ben ik niet.",
    "Opmerkingen over zelfmoord heeft ze niet gemaakt.",
    "Ik vroeg of hij weleens denkt aan zichzelf iets aandoen; dat ontkende hij.",
    "kill me now, weer een verplichte cursus",
    "Op de cursus leerden we hoe je een bezoeker met een mes aanspreekt.",
    "Acht jaar geleden ben ik met een mes bedreigd, dat ligt ver achter me.",
    "Bij het koken sneed ze bijna haar duim eraf met het mes, achteraf moesten we lachen.",
    "We krijgen bellers die zeggen dat ze er een eind aan willen maken; is er een training?",
    "Voor de tentoonstelling over de bezetting tonen we een afscheidsbrief van een verzetsman.",
    "Mag ik het broodmes uit de keuken van de derde verdieping lenen? Ik wil de taart snijden.",
    "wie het niet met hem eens is, kan volgens hem net zo goed van het dak springen",
    "is 113 anoniem?",
    "wat is het nummer van 113 voor op onze poster?",
    "ik zie het niet meer zitten met verbouwing en verhuizing tegelijk, te veel gedoe",
    "Mijn hoofd loopt om, geen zelfmoord hoor, gewoon te veel op mijn bord.",
    "Gesprek met medewerker: gevraagd naar doodsgedachten: nee. Wil vooral rust.",
    "Mijn autoband is vannacht lek gestoken op de parkeerplaats van het werk.",
    "Na veertig jaar legt onze conciërge de bijl erbij neer, wie regelt het cadeau?",
    "Een collega volgt mij op Instagram, mag ik hem blokkeren?",
    "Wie heeft een groot mes om de kalkoen aan te snijden voor de kerstlunch?",
    "ik moet rennen voor de treinverbinding van 17.04, wie neemt de notulen?",
    "Op 3 maart heeft een collega mij in het magazijn bij de keel gegrepen; het is afgehandeld.",
    "Ik zie het niet meer zitten met hem, we komen er samen niet uit.",
    "ik spring uit het raam als excel nog een keer vastloopt",
    "Gisteren gesneden bij het uien snijden, is er een verbanddoos?",
    "De brand in de prullenbak is meteen geblust, iedereen mag weer naar binnen.",
    "Oefening: scenario brand in de serverruimte, volg de BHV.",
    "Onze schaakclub gaat na dertig jaar ophouden te bestaan.",
    "Bij zijn afscheid kreeg hij een mok met een strop erop, als grap.",
    "Als we zo doorgaan plegen we collectief zelfmoord op dit project.",
    "In 2015 deed ik een poging, het gaat al jaren goed met me. Mag ik dat verzwijgen?",
    # A denial inside the gap, a reference that throws nothing, drills and false alarms.
    "Vorig jaar bedreigde een klant me aan de balie. Ik voel me nu ook niet bedreigd.",
    "In de reacties wordt al naar ons ministerie verwezen.",
    "Morgen gijzelingsoefening op het bureau, niet schrikken.",
    "De bommelding was loos alarm, iedereen mag naar binnen.",
    # Self-harm as a field of a care plan or risk assessment is work.
    "Waar vul ik het onderdeel risico op zelfbeschadiging in het zorgplan in?",
    "Bij de risicotaxatie kan ik zelfbeschadiging niet als trefwoord kiezen.",
    # A tax office's assessment, counts of suicides, a novel, and two hyperboles.
    "Mijn collega zocht de aanslag van haar buurman op in het systeem.",
    "Uit welk systeem haal ik het aantal suïcides en pogingen van gedetineerden?",
    "We lezen een roman waarin twee jongens een vrouw in brand steken.",
    "Ik ga me nog eens ophangen aan die declaratieformulieren",
    "Ik zou het liefst een bom onder de hele planning leggen.",
    "waar kan ik mijn fiets kwijt? ik sta nu buiten en het regent",
    "Ik voel me op dit moment niet bedreigd.",
    "die teamdag was echt letterlijk zelfmoord, zes uur powerpoints",
    "mijn mailbox staat weer helemaal in de fik na het weekend",
    "Vrijdag lasergamen met de afdeling, ik ga jullie allemaal afknallen hoor.",
    "Kwartaaloverzicht: 3 meldingen rond zelfbeschadiging, alle drie afgesloten.",
    "Er stond een verdacht pakket bij de balie. Het bleek gewoon een lunchtrommel te zijn.",
    "Rollenspel bij de training: de acteur zwaait met een nepwapen en wij oefenen de-escalatie.",
    "De bommelding bleek loos; de nabespreking staat gepland op dinsdag.",
    "Kan mijn parkeervergunning voor vrijdag geregeld zijn? Ik begin maandag.",
    "Ik heb gevraagd of ze gedachten heeft om zichzelf iets aan te doen; die heeft ze niet.",
    "Ik denk niet aan rare dingen, daar hoeft niemand zich zorgen over te maken.",
    "De rookmelders doen het niet: als er brand uitbreekt, merken we het pas als de rook op de gang staat.",
    "Er ligt al weken stof op de vensterbank van de spreekkamer.",
    "Voor de GGD-rapportage zoek ik het aantal zelfdodingen per gemeente.",
    "De evaluatie van de zelfdoding in het huis van bewaring is afgerond.",
    "Eerst de blusdeken gebruiken en een brandje blussen, daarna koffie.",
    "dat overleg weer, ik jaag mezelf nog een kogel door mijn kop lol",
    "We hebben 112 openstaande dossiers en twee vacatures.",
    "Krantenkop: 'Man met mes aangehouden op station'. Hoe staat het met onze beveiliging?",
    "Ze gaat in het MT de bom laten barsten over de begroting.",
    "Het jaarverslag noemt vier meldingen waarin sprake was van suïcidale uitingen.",
    "Hoe beschrijf ik een zelfmoordpoging van een bewoner uit 2018 in het dossier?",
    "Ik werkte jaren in de PI en nu pas komen de vechtpartijen terug in mijn dromen.",
    "Sinds het incident vorig jaar, toen hij een gedetineerde vond na een zelfmoordpoging, slaapt hij slecht.",
    "De oude suïcidekamer wordt verbouwd tot spreekkamer.",
    "Er zijn geen aanwijzingen dat hij zichzelf iets zou willen aandoen.",
    "i feel low and tired but i don't want to die, i just need a break",
    "Die bewoner krabt bij het wassen, ik heb krassen op mijn armen.",
    "die audit van volgende week gaat me nog vermoorden",
    "mijn pc pleegt bijna zelfmoord als ik drie schermen aansluit",
    "Ze gaan er met de botte bijl in bij de begroting.",
    "Bij de controle is een mes in beslag genomen, niemand raakte gewond.",
    "De jongen die vorige maand een suïcidepoging deed, is nu stabiel en overgeplaatst.",
    "Hij staat op de suïcidelijst, controle elk uur volgens protocol.",
    # Written for these tests, in the manner of the twentieth blind set's false alarms.
    "de nieuwe teamleider legt er echt een bom onder, in positieve zin",
    "dinsdag oefening suïcidaliteit met de nieuwe lichting, wie regelt het lokaal?",
    "bij de bhv-herhaling hebben we geoefend wat je doet als iemand een overdosis heeft genomen",
    "we zoeken voor het draaiboek incidenten die in het verleden misgingen, zoals die keer dat iemand met een mes zwaaide",
    "morgen schietoefening op de baan achter de kazerne, niet schrikken als je knallen hoort",
    # Danger acted out in a drill is left to the model.
    "Oefenavond bij de kazerne: er komt rook uit de poort, dat is de rookmachine",
]
# Past thoughts said to be over do not hide what the message says about now.
STILL_SUICIDAL = [
    "wie krijgt mijn spaargeld als ik overlijd? wil het voor vrijdag in orde hebben",
    "ik heb deze maand een aantal keer aan zelfmoord gedacht",
    "hij zit aan de buitenkant van de vensterbank op de zesde",
    "wat krijgen mijn nabestaanden? ik ben niet ziek, ik ben het gewoon zat",
    "jaren geleden had ik suïcidale gedachten, het ging goed, maar nu wil ik er niet meer zijn",
    "mijn collega heeft zich gisteren met een mes gesneden na een gesprek met de manager",
    "rotweek. als ik straks van het dak van de parkeergarage stap is iedereen blij",
    "elke ochtend ben ik teleurgesteld dat ik nog wakker word",
    "113?",
    "eerlijk gezegd hoop ik elke dag dat ik gewoon niet meer besta",
    "nummer van 113",
    # The screening is work, until the writer scores themselves on it.
    "Ik doe de suïciderisicoscreening bij insluitingen en vandaag scoorde ik mezelf hoog.",
]


# A drill acts danger out, until the writer says it is real.
REAL_DURING_A_DRILL = [
    "ze zeggen dat het een oefening is maar ik zie echt vlammen uit het dak",
    "Dit is geen oefening: er ligt een collega bewusteloos in het trappenhuis.",
    "Mooi, die cursus agressie. Nu staat er een man met een knuppel in de hal.",
    "De oefening is stilgelegd: een collega ligt bewusteloos onder de steiger.",
    "tijdens de training trok een cursist een echt mes, hij bedreigt de trainer",
    "we dachten eerst vals alarm maar er is een gaslek en twee mensen zijn onwel",
    "bij het ontruimen zie ik een collega op het dak staan, helemaal aan de rand, hij zegt dat hij springt. dit hoort niet bij de oefening",
]


@pytest.mark.parametrize("text", REAL_DURING_A_DRILL)
def test_a_real_emergency_during_a_drill_is_caught(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == DANGER


@pytest.mark.parametrize("text", SUICIDAL + STILL_SUICIDAL)
def test_suicidal_messages_are_caught(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == SUICIDE


@pytest.mark.parametrize("text", DANGEROUS)
def test_acute_danger_is_caught(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == DANGER


@pytest.mark.parametrize("text", IDIOM)
def test_idiom_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        ("Moeten we voor de kookworkshop zelf messen meenemen?", True),
        ("Mijn laatste werkdag is vrijdag, ik wil afscheid nemen van iedereen.", True),
        ("ik ben er klaar mee, met alles", True),
        ("ik denk steeds aan de trein", True),
        ("na een jaar op de wachtlijst bij de ggz heb ik zelf een oplossing bedacht", True),
        ("hoe zet ik mijn out of office aan, ben er vanaf morgen niet meer", True),
        ("lang hoeft het voor mij niet meer te duren", True),
        ("over een paar weken zijn jullie helemaal van me af", True),
        ("gaat mijn pensioen bij overlijden naar mijn dochter?", True),
        ("kun je je eigen uitvaart regelen via de personeelsvereniging", True),
        ("krijgt mijn vriendin iets als ik overlijd? niet dat ik iets van plan ben", True),
        ("pasje stuur ik op, ik kom niet meer terug, nergens meer heen", True),
        ("mijn vader is overleden, ik wil op zijn sterfdag bij hem zijn", True),
        ("collega houdt zijn hand op zijn borst en is grauw en zweterig", True),
        ("wanneer merkt mijn baas dat ik er niet meer ben? vraag voor een vriend", True),
        ("collega zit ineens blauwe lippen aan zijn bureau", True),
        ("bij de balie ligt een doos zonder afzender, er steken draadjes uit", True),
        ("in het videogesprek hoorde ik geschreeuw en een klap, toen viel ze weg", True),
        ("hij appt: ik ben onderweg naar jouw huis. mijn kinderen zijn alleen thuis", True),
        ("ik werk op de IC. ik weet welke middelen en hoeveel. ik denk er te vaak aan", True),
        ("er ligt een brief voor mijn dochter in de la", True),
        # A knife that cuts bread and is then waved at someone stays a signal.
        ("hij snijdt brood en zwaait dan met het mes naar me", True),
        ("een bezoeker houdt mijn collega vast in de spreekkamer", True),
        ("de man heeft iets scherps tegen haar nek, wat doen we", True),
        ("mijn collega snijdt in haar armen, ik zag het bij het omkleden", True),
        # A threat said with a laugh is for the model to weigh; with a time it stays strong.
        ("mijn moeder gaat mijn broer vermoorden lol, hij heeft haar auto weer geleend", True),
        ("hij gaat haar vanavond vermoorden lol, hij heeft het adres al", False),
        ("ik wil dood", False),
        ("ik ben er klaar mee, met alles. ik wil dood", False),
        ("bel 112, er staat een man met een mes bij de balie", False),
        # A weapon word next to strong words of suicide is strong, and danger comes first.
        ("ik heb een mes en ik wil dood", False),
    ],
)
def test_only_weapon_words_and_weak_words_of_ending_make_a_weak_signal(
    text: str, weak: bool
) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.weak is weak


def test_an_idiom_ends_where_a_word_ends() -> None:
    # "mes in zijn rug" is backstabbing; a knife in his backpack is not.
    assert detect_crisis("Hij zette me een mes in zijn rug, figuurlijk dan.") is None
    signal = detect_crisis("Hij liet zojuist een mes in zijn rugtas zien en zei dat hij komt.")
    assert signal == CrisisSignal(DANGER, weak=True)


def test_crisis_at_the_end_of_a_long_story_is_caught() -> None:
    story = "Mijn leidinggevende kleineert me in elk overleg. " * 40 + "Ik wil er niet meer zijn."
    assert detect_crisis(story) is not None


def test_huge_input_is_handled_quickly() -> None:
    assert detect_crisis("a" * 100_000) is None
    assert detect_crisis("😀" * 5_000) is None
    # Many words: a pattern tried at every position with ".*" inside took minutes here.
    started = time.perf_counter()
    assert detect_crisis("woord " * 16_000) is None
    assert time.perf_counter() - started < 10


def test_sentence_ends_are_marked_only_before_a_capital() -> None:
    assert normalise("Het voelde dreigend. Nu lacht hij.", sentences=True) == (
        " het voelde dreigend | nu lacht hij "
    )
    # Chat without capitals stays one run, so a crisis split by a full stop is still read whole.
    assert normalise("ik kan niet meer. wil dood", sentences=True) == " ik kan niet meer wil dood "
    assert normalise("a | b") == " a b "
