from tradeguard.names import analyze_name
from tradeguard.names.org_descriptors import without_descriptors


def reduced(name: str) -> tuple[str, ...] | None:
    return without_descriptors(tuple(name.split()))


def test_translations_and_transliterations_of_one_kind_of_enterprise_become_its_initials() -> None:
    for name in (
        "scientific production enterprise aerosila",
        "research and production enterprise aerosila",
        "nauchno proizvodstvennoe predpriyatie aerosila",
        "naukovo vyrobnyche pidpryiemstvo aerosila",
    ):
        assert reduced(name) == ("npp", "aerosila"), name
    assert reduced("npp aerosila") is None


def test_the_kind_still_tells_a_holding_from_its_plant() -> None:
    assert reduced("research and production corporation uralvagonzavod") == (
        "npk",
        "uralvagonzavod",
    )


def test_associations_and_design_bureaus_are_cut_as_the_legal_forms_cut_npo_and_kb() -> None:
    assert reduced("scientific and production association almaz") == ("almaz",)
    assert [f.tokens for f in analyze_name("PJSC NPO Almaz", "Company")] == [("almaz",)]


def test_design_bureaus_and_honorary_names() -> None:
    assert reduced("special design bureau turbina") == ("turbina",)
    assert reduced("skb turbina") == ("turbina",)
    assert reduced("npo almaz named after academician a a raspletin") == ("almaz",)


def test_machine_building_design_bureaus_are_design_bureaus() -> None:
    for name in (
        "machine building design bureau iskra",
        "mashinostroitelnoe konstruktorskoe byuro iskra",
        "mkb iskra",
        "mdb iskra",
        "mbdb iskra",
        "machine building engineering office iskra",
    ):
        assert reduced(name) == ("iskra",), name


def test_trading_houses_airlines_and_other_kinds_become_their_initials() -> None:
    assert reduced("trading house khimmed") == ("td", "khimmed")
    assert reduced("torgovyy dom khimmed") == ("td", "khimmed")
    assert reduced("torgovo proizvodstvennaya firma promoil") == ("tpf", "promoil")
    assert reduced("machine building company vityaz") == ("mk", "vityaz")
    assert reduced("research and development enterprise protek") == ("nvp", "protek")
    assert reduced("airline barguzin") == ("ak", "barguzin")
    # НПФ is a research and production firm or a non-state pension fund: left as it is.
    assert reduced("npf otkrytie") is None
    # "Ak" is also a word of names: it stays as it is.
    assert reduced("ak bars holding") is None


def test_management_and_oil_and_gas_companies_are_cut_before_the_name() -> None:
    assert reduced("uk radiostandart") == ("radiostandart",)
    assert reduced("upravlyayushchaya kompaniya radiostandart") == ("radiostandart",)
    assert reduced("management company sibanthracite") == ("sibanthracite",)
    assert reduced("ngk slavneft") == ("slavneft",)
    assert reduced("oil and gas company slavneft") == ("slavneft",)
    assert reduced("nevskoye pkb") == ("nevskoye",)
    # UK elsewhere is the country.
    assert reduced("nord gold uk societas") is None


def test_machine_building_plants_and_science_centres() -> None:
    assert reduced("mz arsenal") is None  # written as its initials already
    assert reduced("arsenal machine building plant") == ("arsenal", "mz")
    assert reduced("mashinostroitelnyy zavod arsenal") == ("mz", "arsenal")
    assert reduced("science and production enterprise respirator") == ("npp", "respirator")
    assert reduced("a lyulki science and technology center") == ("a", "lyulki", "ntc")


def test_other_names_are_left_alone() -> None:
    assert reduced("jiangxi xintuo enterprise") is None
    assert reduced("npo") is None
    assert reduced("kb") is None


def test_organisations_get_the_reduced_form_after_the_full_one() -> None:
    forms = [f.tokens for f in analyze_name("Research and Production Enterprise Iskra", "Company")]
    assert forms == [("research", "production", "enterprise", "iskra"), ("npp", "iskra")]


def test_persons_are_not_reduced() -> None:
    assert [f.tokens for f in analyze_name("Kb Kim", "Person")] == [("kb", "kim")]


def test_a_design_office_is_a_design_bureau() -> None:
    assert reduced("lutch design office") == ("lutch",)
    assert reduced("special design office turbina") == ("turbina",)
    assert reduced("design studio lutch") is None


def test_the_russian_words_in_every_romanisation_of_them() -> None:
    # As the Russian renderings spell them: ru, ICAO, and a state or federal kind.
    for name in (
        "nauchno proizvodstvennoye obyedineniye mars",
        "nauchno proizvodstvennoe obieedinenie mars",
    ):
        assert reduced(name) == ("mars",), name
    assert reduced("federalnyy nauchno proizvodstvennyy tsentr mars") == ("npc", "mars")
    for name in ("Научно-Производственное Объединение «Марс»", "ФНПЦ «Марс»"):
        forms = {f.tokens for f in analyze_name(name, "Company")}
        assert ("mars",) in forms or ("npc", "mars") in forms, name


def test_a_production_association_is_cut_as_the_legal_forms_cut_npo() -> None:
    for name in ("production association strela", "proizvodstvennoye obyedineniye strela"):
        assert reduced(name) == ("strela",), name
    assert reduced("po strela") == ("strela",)
    assert reduced("pa strela") == ("strela",)


def test_a_scientific_and_technical_centre_in_every_spelling() -> None:
    for name in (
        "scientific and technical center orion",
        "scientific technical centre orion",
        "nauchno tekhnicheskiy tsentr orion",
        "stc orion",
        "ntts orion",
    ):
        assert reduced(name) == ("ntc", "orion"), name
    forms = [f.tokens for f in analyze_name("ООО НТЦ «Орион»", "Company")]
    assert ("ntc", "orion") in forms


def test_the_english_of_what_a_turkish_company_does_is_cut_at_the_end() -> None:
    # The legal forms cut "Dış Ticaret" and "Sanayi ve Ticaret" from the Turkish name.
    assert without_descriptors(("ctl", "foreign", "trade")) == ("ctl",)
    assert without_descriptors(("by", "innovation", "industry", "and", "trade")) == (
        "by",
        "innovation",
    )
    assert without_descriptors(("multimat", "domestic", "and", "foreign", "trade")) == ("multimat",)


def test_foreign_trade_after_a_linking_word_or_alone_stays() -> None:
    assert without_descriptors(("bank", "for", "foreign", "trade")) is None
    assert without_descriptors(("ministry", "of", "industry", "and", "trade")) is None
    assert without_descriptors(("foreign", "trade")) is None
    assert without_descriptors(("foreign", "trade", "bank")) is None
