from tradeguard.names import analyze_name
from tradeguard.names.russian_org_words import (
    fold,
    in_english,
    names_a_kind_of_organisation,
    with_acronyms,
)


def english(name: str, organisation: bool = True) -> tuple[str, ...] | None:
    return in_english(tuple(name.split()), organisation)


def test_romanisations_of_one_word_fold_to_one_key() -> None:
    assert len({fold(w) for w in ("moskovskiy", "moskovskij", "moskovskii", "moskovsky")}) == 1
    assert fold("tsentr") == fold("centr")
    assert fold("tekhnologiya") == fold("tehnologiia") == fold("tekhnologija")
    assert fold("obshchestvo") == fold("obschestvo")
    assert fold("proizvodstvennoye") == fold("proizvodstvennoe")


def test_declined_words_are_found_by_their_endings() -> None:
    assert english("moskovskiy industrialnyy bank") == ("moscow", "industrial", "bank")
    assert english("moskovskogo zavoda") == ("moscow", "plant")
    assert english("uralskaya kompaniya") == ("ural", "company")
    assert english("priborostroeniia") == ("instrument", "engineering")
    assert english("priborostroyeniya") == ("instrument", "engineering")


def test_a_doubled_consonant_tells_the_adjective_from_the_noun() -> None:
    assert english("obyedinennaya kompaniya") == ("united", "company")
    assert english("obyedinennyy") == ("united",)
    assert english("nauchno proizvodstvennoe obyedinenie") == (
        "scientific",
        "production",
        "association",
    )


def test_plural_endings_give_the_english_plural() -> None:
    assert english("novye tekhnologii") == ("new", "technologies")
    assert english("novaya tekhnologiya") == ("new", "technology")
    assert english("gruppa kompaniy") == ("group", "companies")


def test_compound_places_and_trade_names() -> None:
    assert english("sankt peterburgskiy gosudarstvennyy universitet") == (
        "saint",
        "petersburg",
        "state",
        "university",
    )
    # The trade name stays as written, genitive and all.
    assert english("tsentr nedvizhimosti ot sberbanka") == (
        "center",
        "real",
        "estate",
        "ot",
        "sberbanka",
    )


def test_names_without_glossary_words_are_left_alone() -> None:
    assert english("rosneft") is None
    assert english("ivan petrov") is None
    assert english("bank") is None  # already English
    # Words of other languages that a glossary word also spells count only beside one.
    assert english("casa del sol") is None
    assert english("dom perignon") is None


def test_an_unknown_bearer_needs_an_organisation_word() -> None:
    assert english("moskovskiy", organisation=False) is None
    assert english("moskovskiy zavod", organisation=False) == ("moscow", "plant")


def test_organisations_get_the_english_rendering_last() -> None:
    forms = [f.tokens for f in analyze_name("MOSKOVSKIJ INDUSTRIALNYJ BANK", "Company")]
    assert forms == [("moskovskij", "industrialnyj", "bank"), ("moscow", "industrial", "bank")]
    cyrillic = [f.tokens for f in analyze_name("ООО «Новые технологии»", "Company")]
    assert cyrillic[0] == ("novyye", "tekhnologii")
    assert ("new", "technologies") in cyrillic
    assert len(cyrillic) <= 8


def test_persons_are_not_translated() -> None:
    assert [f.tokens for f in analyze_name("Novy Zavod", "Person")] == [("novy", "zavod")]


def test_unknown_bearers_with_a_legal_form_or_an_organisation_word() -> None:
    assert ("moscow", "plant") in [f.tokens for f in analyze_name("Moskovskiy zavod")]
    assert ("new", "technologies") in [f.tokens for f in analyze_name("OOO Novye tekhnologii")]
    assert [f.tokens for f in analyze_name("Novy Moskovsky")] == [("novy", "moskovsky")]


def test_ukrainian_spellings_meet_the_same_english() -> None:
    assert english("derzhavne pidpryiemstvo kyivskyi zavod") == (
        "state",
        "enterprise",
        "kyiv",
        "plant",
    )


def test_belarusian_spellings_meet_the_same_english() -> None:
    # кіруючая кампанія холдынгу: the managing company of the holding.
    assert english("kiruyuchaya kampaniya kholdynhu") == ("managing", "company", "holding")
    assert english("pradpryemstva") == ("enterprise",)


def test_a_special_economic_zone_and_a_ministry_for_affairs() -> None:
    assert english("osobaya ekonomicheskaya zona") == ("special", "economic", "zone")
    assert english("ministerstvo po delam") == ("ministry", "affairs")


def test_other_scripts_are_not_read_as_russian() -> None:
    assert not [
        f for f in analyze_name("北京科技有限公司", "Company") if f.method.endswith("+ru-en")
    ]


def test_english_forms_never_push_a_bracketed_name_past_the_cap() -> None:
    name = "Всероссийская государственная телевизионная и радиовещательная компания (ВГТРК)"
    assert ("vgtrk",) in [f.tokens for f in analyze_name(name, "Company")]


def test_adjectives_of_place_become_the_place() -> None:
    assert english("taganrogskiy aviatsionnyy kompleks") == ("taganrog", "aviation", "complex")
    assert english("permsky porokhovoy zavod") == ("perm", "powder", "plant")
    # The adjective of a town in -sk and the English town meet at one stem.
    assert english("bryanskiy avtomobilnyy zavod") == english("bryansk automobile plant")
    assert english("petrovskii elektromekhanicheskii zavod") == english(
        "petrovsky electromechanical plant"
    )


def test_towns_that_end_in_a_vowel_come_from_the_glossary() -> None:
    assert english("vyatskoye mashinostroitelnoye predpriyatiye") == (
        "vyatka",
        "engineering",  # machine-building, as lists also write it
        "enterprise",
    )


def test_place_adjectives_alone_do_not_make_an_unknown_bearer_an_organisation() -> None:
    assert english("ivan petrovsky", organisation=False) is None
    assert [f.tokens for f in analyze_name("Ivan Petrovsky", "Person")] == [("ivan", "petrovsky")]
    assert english("whisky bar") is None


def test_english_wordings_meet_at_the_usual_one() -> None:
    russian = english("taganrogskiy nauchno issledovatelskiy institut svyazi")
    assert russian == ("taganrog", "nii", "communications")  # НИИ, as lists also write it
    assert english("taganrog scientific research institute communications") == russian
    assert english("zavod imeni degtyareva") == ("plant", "degtyareva")
    assert english("degtyarev plant named after") == ("degtyarev", "plant")


def test_initials_are_not_read_as_words() -> None:
    assert english("institut imeni akademika ye i zababakhina") == (
        "institute",
        "academician",
        "ye",
        "i",
        "zababakhina",
    )
    assert english("institut fiziki i tekhnologii") == (
        "institute",
        "physics",
        "and",
        "technologies",
    )


def test_compounds_of_a_prefix_and_a_glossary_word() -> None:
    assert english("sarapulskiy elektrogeneratornyy zavod") == (
        "sarapul",
        "electric",
        "generator",
        "plant",
    )
    assert english("mediagruppa patriot") == ("media", "group", "patriot")
    # The prefix alone, or before a word the glossary lacks, changes nothing.
    assert english("elektrostal") is None
    assert english("radiola") is None


def test_prepositions_are_left_out_and_na_is_on() -> None:
    assert english("zavod po remontu vooruzheniya") == ("plant", "repair", "armament")
    assert english("komsomolskiy na amure zavod") == ("komsomol", "on", "amure", "plant")
    # Only beside a glossary word: a name of other words keeps them.
    assert english("pri bor") is None


def test_a_case_that_reads_otherwise_is_its_own_entry() -> None:
    assert english("rossiyskaya akademiya nauk") == ("russian", "academy", "sciences")
    assert english("institut nauki") == ("institute", "science")


def test_a_glossary_town_in_sk_reads_as_its_adjective_does() -> None:
    # The place stem cut "izhevsk" to "izhev", while the glossary reads izhevskiy as "izhevsk":
    # the English forms of one plant missed each other.
    written = ("izhevsk", "electromechanical", "plant")
    assert in_english(written) is None  # nothing to change
    assert in_english(("izhevskiy", "elektromekhanicheskiy", "zavod")) == written
    # A town the glossary does not know meets its adjective at the place stem, as before.
    assert english("ulyanovsk cartridge plant") == english("ulyanovskiy patronnyy zavod")


def test_works_is_a_plant_and_a_forge_and_press_plant_is_translated() -> None:
    assert english("tula cartridge works") == ("tula", "cartridge", "plant")
    assert english("kuznechno pressovyy zavod") == ("forge", "press", "plant")


def test_naval_direct_and_the_affairs_directorate() -> None:
    assert english("nakhimovskoe voenno morskoe uchilishche") == english("nakhimov naval school")
    assert english("rossiyskiy fond pryamykh investitsiy") == (
        "russian", "foundation", "direct", "investments",
    )  # fmt: skip
    assert english("administration president") == ("directorate", "president")


def test_insurance_election_and_state_enterprise_words() -> None:
    assert english("nezavisimaya strakhovaya gruppa") == ("independent", "insurance", "group")
    assert english("rossiyskaya natsionalnaya perestrakhovochnaya") == (
        "russian", "national", "reinsurance",
    )  # fmt: skip
    assert english("tsentralnaya izbiratelnaya komissiya") == ("central", "election", "commission")
    assert english("federalnoe kazennoe predpriyatie") == ("federal", "state", "enterprise")
    assert english("sibirskaya servisnaya") == ("siberian", "service")


def test_machines_tractors_warfare_and_open_systems() -> None:
    assert english("gidravlicheskiye mashiny i sistemy") == (
        "hydraulic", "machines", "and", "systems",
    )  # fmt: skip
    assert english("zavod kolesnykh tyagachey")[-1] == "tractors"
    assert english("radioelektronnoy borby") == ("radio", "electronic", "warfare")
    assert english("otkrytyye tekhnologii") == ("open", "technologies")


def test_english_business_words_as_russian_names_write_them() -> None:
    # "Прайм Шиппинг" transliterated is praym shipping, which met Prime Shipping at 0.79.
    assert english("praym shipping") == ("prime", "shipping")
    assert english("praim shipping") == ("prime", "shipping")  # ICAO's spelling folds alike
    assert english("ay di solyushn") == ("ay", "di", "solution")
    assert english("flay bridzh") == ("fly", "bridge")
    assert english("interneshnl treyd") == ("international", "trade")


def test_industrial_and_research_words() -> None:
    assert english("angarskaya neftekhimicheskaya kompaniya") == english(
        "angarsk petrochemical company"
    )
    assert english("prikladnaya robototekhnika") == ("applied", "robotics")
    assert english("institut programmnykh sredstv")[:2] == ("institute", "software")
    assert english("institut poluprovodnikov") == ("institute", "semiconductors")


def test_words_naming_a_kind_of_organisation() -> None:
    assert names_a_kind_of_organisation("zavod")
    assert names_a_kind_of_organisation("kompaniya") and names_a_kind_of_organisation("kompan")
    assert not names_a_kind_of_organisation("metallurgicheskiy")
    assert not names_a_kind_of_organisation("sidorov")


def test_all_russian_and_central_research_institutes_meet_their_english() -> None:
    # ВНИИ and ЦНИИ as lists translate them: "All-Russian Scientific-Research Institute Etalon",
    # "Central Research and Development Institute Tsiklon".
    assert english("vnii etalon") == ("all", "russian", "nii", "etalon")
    assert english("all russian scientific research institute etalon") == english("vnii etalon")
    assert english("tsnii tsiklon") == ("central", "nii", "tsiklon")
    assert english("central research and development institute tsiklon") == (
        "central",
        "nii",
        "tsiklon",
    )


def test_kinds_of_enterprise_russian_names_abbreviate() -> None:
    assert with_acronyms(("research", "and", "production", "enterprise", "istok")) == (
        "npp",
        "istok",
    )
    assert with_acronyms(("scientific", "production", "association", "experimental", "design",
                          "bureau", "m", "simonov")) == ("npo", "okb", "m", "simonov")  # fmt: skip
    assert with_acronyms(("central", "design", "bureau", "automation")) == ("tskb", "automation")
    assert with_acronyms(("central", "bank")) is None


def test_words_of_state_security_and_military_bodies() -> None:
    assert english("sluzhba vneshney razvedki") == ("service", "foreign", "intelligence")
    assert english("fond strategicheskoy kultury") == ("foundation", "strategic", "culture")
    # Войска (forces) and the genitive войск, but a Cossack host's войско is an army.
    assert english("sukhoputnyye voyska") == ("ground", "forces")
    assert english("federalnaya sluzhba voysk") == ("federal", "service", "forces")
    assert english("vsevelikoye voysko donskoye") == ("vsevelikoye", "army", "donskoye")
    assert english("soyuz dobrovoltsev") == ("union", "volunteer")


def test_words_of_industrial_plants() -> None:
    assert english("uralskiy turbinnyy zavod") == ("ural", "turbine", "plant")
    assert english("saratovskiy podshipnikovyy zavod") == ("saratov", "bearing", "plant")
    assert english("avtozapchasti") == ("automobile", "spare", "parts")
    assert english("bespilotnykh letatelnykh apparatov") == ("unmanned", "aerial", "apparatus")
