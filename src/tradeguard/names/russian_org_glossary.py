"""Common words of Russian organisation names and the English that registered and listed
translations use for them ("Moskovskiy industrialnyy bank" / "Moscow Industrial Bank").

Written from general knowledge of Russian and of the usual English renderings of Russian
institution names; not derived from any list. Each line is `class stem english [plural]`:

- `adj`: an adjective stem, declined with the adjective endings (-iy/-yy/-ij/-ii, -aya/-aia,
  -oe/-oye, -ogo, -ykh, ...).
- `org`: a noun naming a kind of institution (zavod, bank, institut): declined with the noun
  endings, and enough on its own to show that a name of unknown kind is an organisation.
- `noun`: any other noun stem, declined with the noun endings.
- `word`: a word taken only as written (short or indeclinable words, whose stem would also
  be the start of unrelated words; compound first parts: nauchno-, severo-; initials lists
  write in Latin letters, ССЗ as ssz; English words that translations use for one
  Russian word, brought to the one the glossary gives: factory for завод, naval for морской;
  and English business words as Russian names write them, which a transliteration leaves
  far from the English: Прайм Шиппинг praym shipping, Солюшн solyushn, Бридж bridzh).
- `part`: a word taken only as written and only beside another word of the glossary ("i",
  "dom", "del" are also words of other languages); `-` for no English (the prepositions
  "po", "pri" and "dlya", which translations leave out or word otherwise).
- `pre`: the first part of a compound word, taken only when the rest is a glossary word
  ("elektro" + "generatornyy": electric generator).

Stems are written in one romanisation (BGN-like) and folded at import the same way tokens
are, so "tsentr"/"centr", "tekhnologii"/"tehnologii" and "moskovskij"/"moskovskiy" meet. An
English value of several words is written with `_` ("machine_building"), and `plural`
is used for the noun's plural endings (tekhnologii -> technologies); a `word` entry overrides
them where a case reads otherwise (nauk, the genitive plural of Akademiya nauk: sciences;
nauki, the genitive singular of Institut nauki: science). Words that are often
trade names (Almaz, Zvezda, Iskra, Progress) are left out: lists keep trade names as they are.
"""

from __future__ import annotations

from typing import NamedTuple

GLOSSARY_TABLE = """
org zavod plant plants
org kombinat plant plants
org fabrik plant plants
org predpriyat enterprise enterprises
org pradpryemstv enterprise enterprises
org obyedinen association
org obedinen association
org korporats corporation
org kompan company companies
org kampan company companies
org grupp group
org kontsern concern
org kholding holding
org kholdynh holding
org tsentr center
org institut institute
org universitet university
org akademi academy
org laboratori laboratory
org byuro bureau
word biuro bureau
org bank bank banks
org fond foundation
org agentstv agency
org ministerstv ministry
org sluzhb service
org komitet committee
org departament department
org inspektsi inspectorate
org organizats organization
org assotsiats association
org soyuz union
org partnerstv partnership
org uchrezhden institution
org birzh exchange
org verf shipyard
word ssz shipyard
word srz shipyard
word odk uec
word tsnii central_nii
word vnii all_russian_nii
word shpg shipping
word factory plant
word factories plants
word works plant
word administration directorate
word naval marine
word aircraft aviation
word fund foundation
org rudnik mine
org shakht mine
org aeroport airport
org aviakompan airline
org avialini airlines
org teleradiokompan television_radio_company
org telekanal tv_channel
org upravlen directorate
org filial branch
org shkol school
org bolnits hospital
org muzei museum
org sovet council
org parti party
org dvizhen movement
org brigad brigade
org divizi division
org armi army
org batalon battalion
org otryad detachment
org flot fleet
org obshchestv society
org tovarishchestv partnership
org kooperativ cooperative
org izdatelstv publishing_house
org pidpryiemstv enterprise
word polk regiment
word polka regiment
word chast unit
word chasti unit
word port port
noun tekhnologi technology technologies
noun sistem system systems
noun zon zone zones
noun servis service services
noun resurs resource resources
noun investitsi investment investments
noun innovatsi innovation innovations
noun energi energy
noun energetik energy
noun stroitelstv construction
noun proizvodstv production
noun torgovl trade
noun logistik logistics
noun neft oil
noun khimi chemistry
noun metall metal metals
noun mashinostroen machine_building
noun priborostroen instrument_engineering
noun sudostroen shipbuilding
noun aviastroen aircraft_building
noun aviatsi aviation
noun elektronik electronics
noun optik optics
noun mekhanik mechanics
noun nauk science sciences
noun promyshlennost industry
noun finans finance
noun oborudovan equipment
noun material material materials
noun komponent component components
noun razvit development
noun bezopasnost security
noun razvedk intelligence
noun kultur culture
noun ofitser officer officers
noun dobrovolts volunteer volunteers
noun voisk army
word voiska forces
word voisk forces
noun oboron defense
noun strakhovan insurance
noun eksport export
noun import import
noun svyaz communications
noun novost news
noun federatsi federation
noun respublik republic
noun oblast region
noun konsalting consulting
noun nedvizhimost real_estate
noun rekonstrukts reconstruction
noun izmeren measurement measurements
noun kompleks complex
noun boepripas ammunition
noun transport transport
noun moskv moscow
noun sibir siberia
noun ural ural
noun kavkaz caucasus
noun krym crimea
noun sevastopol sevastopol
word rossiya russia
word rossii russia
word rossiyu russia
word sankt saint
adj nauchn scientific
adj issledovatelsk research
adj proizvodstvenn production
adj promyshlenn industrial
adj industrialn industrial
adj torgov trading
adj stroiteln construction
adj grazhdansk civil
adj aviastroiteln aircraft
adj sudoremontn ship_repair
adj osob special
adj integrirovann integrated
adj fizichesk physical
adj dvoin dual
adj passazhirsk passenger
adj remontn repair
adj aviaremontn aircraft_repair
adj oruzheyn arms
adj radioelektronn radio_electronic
adj radiotekhnichesk radio_engineering
adj tochn precision
adj tyazhel heavy
adj vysokotekhnologichn high_tech
adj derzhavn state
adj doslidn research
adj ukrainsk ukrainian
adj kyivsk kyiv
adj kiyevsk kyiv
adj elektrichesk electric
adj transportn transport
adj investitsionn investment
adj innovatsionn innovation
adj informatsionn information
adj finansov financial
adj kommerchesk commercial
adj nekommerchesk non_commercial
adj kreditn credit
adj strakhov insurance
adj mezhdunarodn international
adj natsionaln national
adj federaln federal
adj gosudarstvenn state
adj munitsipaln municipal
adj regionaln regional
adj oblastn regional
adj obshchestvenn public
adj obyedinenn united
adj obedinenn united
adj nov new
adj perv first
adj tsentraln central
adj glavn main
adj generaln general
adj spetsialn special
adj eksperimentaln experimental
adj opytn experimental
adj konstruktorsk design
adj proektn design
adj inzhenern engineering
adj tekhnichesk technical
adj tekhnologichesk technology
adj mekhanichesk mechanical
adj khimichesk chemical
adj metallurgichesk metallurgical
adj mashinostroiteln machine_building
adj priborostroiteln instrument_making
adj sudostroiteln shipbuilding
adj aviatsionn aviation
adj kosmichesk space
adj raketn missile
adj elektronn electronic
adj televizionn television
adj radioveshchateln broadcasting
adj elektrotekhnichesk electrotechnical
adj optichesk optical
adj energetichesk energy
adj atomn atomic
adj yadern nuclear
adj neftyan oil
adj gazov gas
adj neftegazov oil_gas
adj gorn mining
adj obogatiteln processing
adj ekonomichesk economic
adj vneshn foreign
adj vneshneekonomichesk foreign_economic
adj vneshnetorgov foreign_trade
adj upravlyayushch management
adj kiruyuch managing
adj avtomobiln automobile
adj traktorn tractor
adj zheleznodorozhn railway
adj morsk marine
adj rechn river
adj sudokhodn shipping
adj meditsinsk medical
adj farmatsevtichesk pharmaceutical
adj selskokhozyaistvenn agricultural
adj pishchev food
adj optov wholesale
adj voenn military
adj voiskov military
adj sukhoputn ground
adj strategichesk strategic
adj kulturn cultural
adj dobrovolchesk volunteer
adj oboronn defense
adj gvardeisk guards
adj otdeln separate
adj tankov tank
adj artilleriisk artillery
adj motostrelkov motorized_rifle
adj vnutrenn internal
adj narodn peoples
adj obrazovateln educational
adj blagotvoriteln charitable
adj kholdingov holding
adj fondov stock
adj rossiisk russian
adj vserossiisk all_russian
adj moskovsk moscow
adj peterburgsk petersburg
adj leningradsk leningrad
adj uralsk ural
adj sibirsk siberian
adj dalnevostochn far_eastern
word severo north
word yugo south
word nauchno scientific
word naukovo scientific
word opytno experimental
word optiko optical
word fiziko physical
word khimiko chemical
word torgovo trading
word promyshlenno industrial
word finansovo financial
word proizvodstvenno production
word voenno military
adj severn northern
adj yuzhn southern
adj zapadn western
adj vostochn eastern
adj baltiisk baltic
adj chernomorsk black_sea
adj krymsk crimean
adj kazansk kazan
adj novosibirsk novosibirsk
adj yekaterinburgsk yekaterinburg
adj nizhegorodsk nizhny_novgorod
adj krasnoyarsk krasnoyarsk
adj permsk perm
adj samarsk samara
adj tulsk tula
adj kaluzhsk kaluga
adj yaroslavsk yaroslavl
adj omsk omsk
adj tomsk tomsk
adj chelyabinsk chelyabinsk
adj rostovsk rostov
adj volgogradsk volgograd
adj voronezhsk voronezh
adj saratovsk saratov
adj izhevsk izhevsk
adj ufimsk ufa
adj kaliningradsk kaliningrad
adj murmansk murmansk
adj sevastopolsk sevastopol
adj donetsk donetsk
adj lugansk luhansk
adj belorussk belarusian
part i and
part dom house
part doma house
part del affairs
word shtab staff
word shtaba staff
org otdelen branch
org sudoverf shipyard
org radiozavod radio_plant
org avtozavod automobile_plant
org aviazavod aircraft_plant
org kontor office
org predstavitelstv representative_office
org tamozhn customs
org uchilishch school
org kolledzh college
org klinik clinic
org stantsi station
org pravitelstv government
noun produkt product products
noun avtomatik automation
noun fizik physics
noun matematik mathematics
noun biologi biology
noun meditsin medicine
noun pribor instrument instruments
noun stal steel
noun reaktor reactor reactors
noun raket missile missiles
noun dvigatel engine engines
noun zapchast spare_part spare_parts
noun podshipnik bearing bearings
noun sudoremont ship_repair
noun remont repair
noun razrabotk development developments
noun issledovan research
noun ispytan testing
noun snabzhen supply
noun obrazovan education
noun zdravookhranen healthcare
noun prezident president
noun vooruzhen armament armaments
noun oruzhi weapons
noun inzhiniring engineering
noun treyding trading
noun lizing leasing
noun menedzhment management
noun kapital capital
noun televiden television
noun telekommunikatsi telecommunications
noun informatsi information
noun mikroelektronik microelectronics
noun zern grain
noun vertolet helicopter helicopters
noun korabl ship ships
noun akademik academician
noun orden order
adj elektromekhanichesk electromechanical
adj porokhov powder
adj patronn cartridge
adj prikladn applied
adj vychisliteln computing
adj ispytateln testing
adj agregatn aggregate
adj podshipnikov bearing
adj gruzov cargo
adj kabeln cable
adj trubn pipe
adj liteyn foundry
adj kuznechn forging
adj turbinn turbine
adj kompressorn compressor
adj nasosn pump
adj radiolokatsionn radar
adj letateln aerial
adj dvigatelestroiteln engine_building
adj nanotekhnologichesk nanotechnology
adj patriotichesk patriotic
adj sovremenn modern
adj avtonomn autonomous
adj byudzhetn budgetary
adj unitarn unitary
adj vyssh higher
adj molekulyarn molecular
adj organichesk organic
adj biologichesk biological
adj matematichesk mathematical
adj geologichesk geological
adj telekommunikatsionn telecommunications
adj tsifrov digital
adj kvantov quantum
adj lazern laser
adj mikroelektronn microelectronic
adj poluprovodnikov semiconductor
adj stankostroiteln machine_tool
adj instrumentaln tool
adj vertoletn helicopter
adj podvodn underwater
adj korabeln ship
adj vozdushn air
adj razvedyvateln reconnaissance
adj pogranichn border
adj inostrann foreign
adj mezhregionaln interregional
adj zernov grain
adj russk russian
adj impersk imperial
adj gorodsk city
noun gorod city
adj detsk childrens
adj vyatsk vyatka
adj penzensk penza
adj kursk kursk
adj minsk minsk
adj chitinsk chita
adj sochinsk sochi
adj tuapsinsk tuapse
adj kolomensk kolomna
adj vologodsk vologda
adj groznensk grozny
adj odessk odesa
adj odesk odesa
adj grodnensk grodno
word imeni named_after
part im named_after
adj imperatorsk imperial
adj generatorn generator
noun generator generator generators
adj apparatn apparatus
noun apparat apparatus
adj priborn instrument
adj izmeriteln measuring
noun kompozit composite composites
org firm firm firms
noun proekt project projects
adj udensk ude
part po -
part na on
adj kommunistichesk communist
adj demokratichesk democratic
adj liberaln liberal
word liberalno liberal
adj sotsialistichesk socialist
noun motor motor motors
adj motorn motor
pre media media
part pri -
part dlya -
noun initsiativ initiative initiatives
word nauk sciences
word nauki science
adj kompozitsionn composite
noun avtomobil automobile automobiles
adj mashynobudivn machine_building
adj pryladobudivn instrument_making
adj sudnobudivn shipbuilding
adj vyrobnych production
org obiednann association
adj mekhanichn mechanical
adj khimichn chemical
adj tekhnichn technical
adj optychn optical
adj aviatsiin aviation
adj naukov scientific
adj mizhnarodn international
adj torhov trading
adj promyslov industrial
adj budiveln construction
word proektno design
word kuznechno forge
adj pressov press
adj pryam direct
word delami affairs
word delam affairs
noun zashchitnik defender defenders
noun otechestv fatherland
noun navigatsi navigation
noun kataliz catalysis
noun podgotovk training
noun volokn fiber fibers
adj samoletostroiteln aircraft_building
adj inzhiniringov engineering
adj vysok high
adj golovn head
adj sputnikov satellite
adj bespilotn unmanned
adj iskusstvenn artificial
adj neftepererabatyvayushch oil_refining
org parokhodstv shipping_company
adj bronetankov armored
adj publichn public
adj servisn service
adj nezavisim independent
adj perestrakhovochn reinsurance
adj taktichesk tactical
adj aerokosmichesk aerospace
adj perspektivn advanced
adj raschetn settlement
adj agrarn agrarian
adj avtomatizirovann automated
adj vysokotochn high_precision
adj vooruzhenn armed
adj spetsializirovann specialized
adj kazenn state
adj izbirateln election
noun gvardi guard
noun pobed victory
noun operatsi operation operations
noun podderzhk support
noun sodeystvi assistance
noun konstruirovan design
noun reshen solution solutions
org komissi commission
noun mashin machine machines
adj gidravlichesk hydraulic
noun tyagach tractor tractors
noun avtomatizatsi automation
adj navigatsionn navigation
noun borb warfare
adj istorichesk historical
noun peterburg petersburg
noun metallurgi metallurgy
adj otkryt open
adj operativn operational
noun kommunikatsi communications
pre elektro electric
pre radio radio
pre avia aviation
pre avto automobile
pre mikro micro
pre energo energy
adj neftekhimichesk petrochemical
adj programmn software
adj radiatsionn radiation
adj teoretichesk theoretical
adj kliringov clearing
noun kontragent counterparty
noun motorostroyen engine_building
noun vertoletostroyen helicopter_building
noun radiostroyen radio_engineering
noun robototekhnik robotics
noun poluprovodnik semiconductor semiconductors
noun iskusstv art
noun zashchit protection
word praym prime
word treyd trade
word solyushn solution
word solyushns solutions
word tekhnolodzhi technology
word tekhnolodzhis technologies
word konsalt consult
word layn line
word oyl oil
word interneshnl international
word interneshenal international
word yunayted united
word yunion union
word alyans alliance
word bridzh bridge
word flay fly
word eyr air
word biznes business
word stayl style
word vizhn vision
word khaus house
word pauer power
word mayning mining
word riteyl retail
word tauer tower
word dizayn design
word neshnl national
word trevel travel
word lodzhistiks logistics
word fud food
word dzheneral general
word sistemz systems
word avieyshn aviation
word ofis office
word sekyuriti security
"""

# English phrases of a name in the wording the lists mostly use, applied to the English
# form, so both English wordings and the Russian meet at the short one:
# "Научно-исследовательский институт" is a "Research Institute" at least as often as a
# "Scientific Research Institute"; "named after" (имени) is written or left out at will.
ENGLISH_PHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Tried in this order at each word, so a longer phrase comes before its start.
    (("named", "after"), ()),
    # НИИ, научно-исследовательский институт, is written as its initials or spelt out.
    (("scientific", "research", "institute"), ("nii",)),
    (("research", "institute"), ("nii",)),
    (("research", "and", "development", "institute"), ("nii",)),
    (("research", "development", "institute"), ("nii",)),
    (("scientific", "research"), ("research",)),
    # АРЗ, авиаремонтный завод: "150 ARZ", "150 Aircraft Repair Plant", "Aviation Repair Plant".
    (("aircraft", "repair", "plant"), ("arz",)),
    (("aviation", "repair", "plant"), ("arz",)),
    # машиностроительный: "Machine-Building Plant" or "Engineering Plant".
    (("machine", "building"), ("engineering",)),
    # военно-морской: "Naval", which the glossary reads as marine.
    (("military", "marine"), ("marine",)),
    # судостроительный and судоремонтный завод (ССЗ, СРЗ): lists write "Shipyard" for both
    # as often as "Shipbuilding Plant" or "Ship Repair Plant" ("Zaliv Shipyard", "SRZ Nerpa",
    # "Nerpa Shipyard").
    (("shipbuilding", "plant"), ("shipyard",)),
    (("shipbuilding", "factory"), ("shipyard",)),
    (("shipbuilding", "yard"), ("shipyard",)),
    (("ship", "repair", "plant"), ("shipyard",)),
    (("ship", "repair", "factory"), ("shipyard",)),
    (("ship", "repair", "yard"), ("shipyard",)),
)
ENGLISH_FIRST_WORDS = frozenset(phrase[0] for phrase, _ in ENGLISH_PHRASES)

# Kinds of Russian enterprise that names write as their initials as often as spelt out, in
# the English wordings the lists use: "AO NPO OKB IM MP SIMONOVA", "JSC NPP Military
# Technologies", "A. Lyulki OKB" beside "Scientific Production Association", "Research and
# Production Enterprise", "Experimental Design Bureau". Read into a second English form, not in
# place of the first: where one name writes the kind and the other the initials, the first
# form's words still meet word by word, and the organisation's initials are taken from it
# ("Central Design Bureau of Automation" is CDBA).
ACRONYM_PHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # НПО, НПП, НПЦ: научно-производственное объединение, предприятие, центр. ("and" is still
    # a word here: linking words are dropped after the English is read.)
    *(
        ((first, *link, "production", kind), (initials,))
        for first in ("scientific", "research", "science")
        for link in (("and",), ())
        for kind, initials in (("association", "npo"), ("enterprise", "npp"), ("center", "npts"))
    ),
    # КБ, конструкторское бюро, and its experimental (ОКБ), central (ЦКБ) and special (СКБ)
    # kinds.
    (("experimental", "design", "bureau"), ("okb",)),
    (("central", "design", "bureau"), ("tskb",)),
    (("special", "design", "bureau"), ("skb",)),
    (("design", "bureau"), ("kb",)),
)
ACRONYM_FIRST_WORDS = frozenset(phrase[0] for phrase, _ in ACRONYM_PHRASES)


# The table's English is American; British spellings of its words, as lists also write them.
BRITISH_SPELLINGS = {
    "centre": "center",
    "organisation": "organization",
    "defence": "defense",
    "fibre": "fiber",
}


class GlossaryRow(NamedTuple):
    kind: str
    stem: str
    english: tuple[str, ...]  # none for `-`
    plural: tuple[str, ...]  # the singular's words where the row gives no plural


def glossary_rows() -> list[GlossaryRow]:
    """The rows of GLOSSARY_TABLE, their English split into words at `_`."""
    rows = []
    for line in GLOSSARY_TABLE.strip().splitlines():
        kind, stem, english, *plural = line.split()
        singular = tuple(english.split("_")) if english != "-" else ()
        many = tuple(plural[0].split("_")) if plural else singular
        rows.append(GlossaryRow(kind, stem, singular, many))
    return rows
