import pytest

from tradeguard.names import (
    INITIALS,
    QUERY_INITIALS,
    analyze_name,
    listed_forms,
    listed_initials,
    query_forms,
)
from tradeguard.names.initials import is_acronym_cased, name_initials


def initials_of(name: str, schema: str | None = "Organization") -> list[tuple[str, ...]]:
    return [form.tokens for form in listed_initials(name, schema, analyze_name(name, schema))]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Islamic Revolutionary Guard Corps", ("irgc",)),
        ("Popular Front for the Liberation of Palestine", ("pflp",)),
        ("Office of the Chief of Military Security Affairs", ("ocmsa",)),
        ("Al Mashreq Investment Fund", ("amif",)),
        ("Groupe Islamique Armé", ("gia",)),
        ("101 LIGHT INFANTRY DIVISION", ("101", "lid")),
    ],
)
def test_the_first_rendering_gives_the_acronym(name: str, expected: tuple[str, ...]) -> None:
    assert initials_of(name)[0] == expected


def test_a_spelt_out_legal_form_is_part_of_the_acronym_a_leading_one_is_not() -> None:
    # And the Russian acronym, ОСК, from its Russian reading.
    assert initials_of("PJSC UNITED SHIPBUILDING CORPORATION", "Company") == [("usc",), ("osk",)]
    assert ("tdg",) in initials_of("TECHNOLOGY AND DEVELOPMENT GROUP LIMITED", "Company")
    assert initials_of("OJSC Northern Shipping Company", "Company") == [("nsc",)]


def test_a_russian_name_gives_its_own_acronym_and_the_english_one() -> None:
    found = initials_of("АО «Объединенная Приборостроительная Корпорация»", "LegalEntity")
    assert found == [("opk",), ("uimc",)]


def test_the_acronym_stops_where_named_after_begins() -> None:
    name = "JOINT-STOCK COMPANY DESIGN BUREAU OF INSTRUMENT MAKING NAMED AFTER A. SHIPUNOV"
    assert ("dbim",) in initials_of(name, "LegalEntity")


@pytest.mark.parametrize("schema", ["Person", "Vessel", None])
def test_only_organisations_get_initials(schema: str | None) -> None:
    assert initials_of("Islamic Revolutionary Guard Corps", schema) == []


@pytest.mark.parametrize(
    "name",
    [
        "IRGC",  # one word: already the acronym
        "Cyber Police",  # two letters: everybody's acronym
        "Abu Nidal Organisation; ANO",  # several names in one field
        "Allied Democratic Forces (ADF)",  # the acronym is written already
        "Dana Holdings A.K.A Dana Astra Trading",  # two names
        "Bank Melli Iran, Hamburg Branch",  # a comma may part two names
    ],
)
def test_no_initials_for(name: str) -> None:
    assert initials_of(name) == []


def test_forms_are_marked_and_keep_the_legal_form() -> None:
    name = "Islamic Revolutionary Guard Corps LLC"
    (form,) = listed_initials(name, "Company", analyze_name(name, "Company"))
    assert (form.method, form.legal_forms, form.script) == (INITIALS, ("llc",), "Latin")


def test_name_initials_bounds() -> None:
    assert name_initials(("a", "b", "c")) == ("abc",)
    assert name_initials(("alpha", "beta")) is None
    assert name_initials(tuple("abcdefghi")) is None
    assert name_initials(("named", "after", "x", "y", "z")) is None


def query_initials_of(name: str, schema: str | None = "Company") -> list[tuple[str, ...]]:
    return [f.tokens for f in query_forms(name, schema) if f.method == QUERY_INITIALS]


def test_a_query_gets_the_initials_of_its_name_proper() -> None:
    # Without the legal form, from the Russian words and from their English.
    name = "Акционерное Общество «Новосибирский Завод Искусственного Волокна»"
    assert query_initials_of(name) == [("nziv",), ("npaf",)]
    assert query_forms(name, "Company")[: len(analyze_name(name, "Company"))] == analyze_name(
        name, "Company"
    )


def test_a_querys_spelt_out_legal_form_is_part_of_its_acronym_as_a_listed_names_is() -> None:
    # A list gives only "JSC UIMC"; the customer file spells the whole name out.
    name = "Joint Stock Company ‘United Instrument Manufacturing Corporation’"
    assert query_initials_of(name)[0] == ("uimc",)
    found = query_initials_of("Korea Mining Development Trading Corporation")
    assert found[0] == ("kmdt",) and ("kmdtc",) in found


@pytest.mark.parametrize(
    "name",
    [
        "Soria y Pastor S.Com.",  # a one-letter word: "S.L.", "S.Com." are not read as legal forms
        "Aporti-Trentini e figli",
        "Ural Machine Works",  # three letters: a query's initials need four
        "Global Trading Company",  # three, with the legal form
        "Bank Melli Iran, Hamburg Branch",
    ],
)
def test_no_query_initials_for(name: str) -> None:
    assert query_initials_of(name) == []


def test_persons_get_no_query_initials() -> None:
    assert query_initials_of("Ivan Ivanovich Ivanov Petrov", "Person") == []


@pytest.mark.parametrize("word", ["КнААЗ", "ГосНИИАС", "TsNII", "GosNII", "MiG", "ИжБС"])
def test_acronyms_written_in_mixed_case(word: str) -> None:
    assert is_acronym_cased(word)


@pytest.mark.parametrize("word", ["ТАКО", "Tako", "McDonald", "MacArthur", "DeWitt", "K", "Gnatz"])
def test_words_that_are_no_mixed_case_acronyms(word: str) -> None:
    assert not is_acronym_cased(word)


def test_a_listed_acronym_in_mixed_case_is_matched_only_as_written() -> None:
    name = "Комсомольский-на-Амуре Авиационный Завод имени Ю. А. Гагарина (КнААЗ)"
    one_word = [f for f in listed_forms(name, "Company") if len(f.tokens) == 1]
    assert one_word and all(f.method == INITIALS for f in one_word)
    assert {f.tokens for f in one_word} == {("knaaz",)}
    # The full name keeps its ordinary forms, and so does a brand in capitals.
    assert any(f.method != INITIALS and len(f.tokens) > 1 for f in listed_forms(name, "Company"))
    assert all(f.method != INITIALS for f in listed_forms("ООО «ТАКО»", "Company"))


def test_a_person_name_is_never_taken_for_an_acronym() -> None:
    assert all(f.method != INITIALS for f in listed_forms("YUliYA", "Person"))


def test_russian_initials_keep_a_letter_romanised_as_two() -> None:
    # Lists write ЧМК as ChMK and ХСЗ as KhSZ: the letters Ч and Х, not c and k.
    assert ("chmk",) in initials_of("Челябинский металлургический комбинат", "Company")
    assert ("cmk",) in initials_of("Челябинский металлургический комбинат", "Company")
    assert query_initials_of("Хабаровский судостроительный завод") == [("ksz",), ("khsz",)]
    # A Latin name's "sh" is two letters, as written, but in its Russian reading.
    assert initials_of("Shanghai Acme Widgets Limited", "Company") == [("saw",), ("sawl",)]
    assert name_initials(("chelyabinskiy", "metallurgicheskiy", "kombinat"), digraphs=True) == (
        "chmk",
    )


def test_an_english_name_gives_the_russian_acronym_its_list_entry_may_have() -> None:
    # Lists translate the name and keep the acronym: "AO KOMZ", "AO NZIV", "TsKBA JSC".
    assert query_initials_of("Kazan Optical and Mechanical Plant") == [("komp",), ("komz",)]
    assert ("nziv",) in query_initials_of("Novosibirsk Plant of Artificial Fibre")
    name = "Joint-Stock Company Central Design Bureau of Automation"
    assert ("tskba",) in query_initials_of(name)
    assert ("khsz",) in initials_of("Khabarovsk Shipbuilding Yard", "Company")
    # A name without glossary words has its own initials only.
    assert initials_of("Acme Blue Widgets Corporation", "Company") == [("abw",), ("abwc",)]


def test_a_russian_name_ending_in_a_kind_of_organisation_gives_three_letter_initials() -> None:
    # Russian enterprises' acronyms end with their kind: SMZ, a zavod; RID, a dvizhenie.
    assert query_initials_of("Самарский металлургический завод") == [("smz",)]
    # Not other names of three words, nor the English ones.
    assert query_initials_of("Иванов Петров Сидоров") == []
    assert query_initials_of("Samara Metallurgical Plant") == []


def test_an_arabic_script_name_gives_the_initials_of_its_english_both_ways() -> None:
    # Persian and Arabic put the head first: corps guards revolution islamic is IRGC reversed.
    assert ("irgc",) in query_initials_of("سپاه پاسداران انقلاب اسلامی", "Organization")
    # The French name keeps the Arabic order: Groupe Islamique Armé, GIA.
    found = initials_of("الجماعة الاسلامية المسلحة")
    assert ("gia",) in found and ("aig",) in found
    # A name with a proper name in it goes by that name: Ali Shahi Industrial Group, not SAIG.
    assert ("saig",) not in query_initials_of("گروه صنعتی علی شاهی")


@pytest.mark.parametrize("name", ["الشامي-الداودي", "المنتفق-الكثيري", "שירותי נמל אשדוד"])
def test_an_abjad_rendering_gives_no_initials(name: str) -> None:
    # The vowels are guessed: al shami al dawdy read ASAD, a listed person's alias, at 1.0.
    assert query_initials_of(name, "Company") == []
    assert initials_of(name) == []


def test_a_persons_name_filed_as_a_legal_entity_has_no_initials() -> None:
    # "АО «ОПК»" met Olga Petrovna Kuznetsova's OPK at 0.99.
    assert not [
        f for f in listed_forms("Olga Petrovna Kuznetsova", "LegalEntity") if f.method == INITIALS
    ]
    assert ("opk",) in [
        f.tokens for f in listed_forms("Объединенная приборостроительная корпорация", "LegalEntity")
    ]
