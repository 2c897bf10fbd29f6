from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.names import NameForm, analyze_name
from tradeguard.names.analyze import MAX_FORMS

SCHEMAS = st.sampled_from(
    [None, "Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"]
)
LANGS = st.sampled_from([None, "ru", "uk", "be", "ko", "zh", "ar", "fa", "he", "xx"])
# Letters from the scripts the package handles, plus punctuation and marks.
NAME_TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("L", "M", "N", "P", "S", "Zs"),
    ),
    max_size=40,
)


def test_empty_and_letterless_names() -> None:
    assert analyze_name("") == ()
    assert analyze_name("   ") == ()
    assert analyze_name("«»—") == ()


def test_titles_are_removed_from_persons() -> None:
    assert analyze_name("Mr. John Smith", "Person")[0].tokens == ("john", "smith")
    assert analyze_name("General", "Person")[0].tokens == ("general",)


def test_results_are_cached() -> None:
    assert analyze_name("Путин", "Person") is analyze_name("Путин", "Person")


def test_forms_are_distinct() -> None:
    forms = analyze_name("김정은")
    assert len({form.tokens for form in forms}) == len(forms) <= MAX_FORMS


@given(NAME_TEXT, SCHEMAS, LANGS)
@settings(max_examples=400, deadline=None)
def test_never_raises_and_tokens_are_ascii(name: str, schema: str | None, lang: str | None) -> None:
    forms = analyze_name(name, schema, lang)
    assert len(forms) <= MAX_FORMS
    for form in forms:
        assert isinstance(form, NameForm)
        assert form.tokens
        assert all(
            token.isascii() and token.isalnum() and token.islower() or token.isdigit()
            for token in form.tokens
        )


@given(st.text(), SCHEMAS, LANGS)
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_unicode(name: str, schema: str | None, lang: str | None) -> None:
    analyze_name(name, schema, lang)


@given(NAME_TEXT, SCHEMAS)
@settings(max_examples=200, deadline=None)
def test_deterministic(name: str, schema: str | None) -> None:
    first = analyze_name(name, schema)
    analyze_name.cache_clear()
    assert analyze_name(name, schema) == first


def test_a_bracketed_second_name_gets_forms_of_its_own() -> None:
    forms = [f.tokens for f in analyze_name("ADF (ALLIED DEMOCRATIC FORCES)", "Organization")]
    assert forms[0] == ("adf", "allied", "democratic", "forces")
    assert ("adf",) in forms and ("allied", "democratic", "forces") in forms
    assert [f.tokens for f in analyze_name("Kim (Jong) Un", "Person")][0] == ("kim", "jong", "un")


def test_a_legal_form_in_brackets_is_no_second_name() -> None:
    # "(주)" is the short form of 주식회사; as a name of its own it matched "JUA".
    forms = analyze_name("(주) 한가람", "Company")
    assert [f.tokens for f in forms] == [("hankaram",), ("hangaram",)]
    assert forms[0].legal_forms == ("jsc",)
    assert [f.tokens for f in analyze_name("OOO (LLC) Romashka", "Company")] == [("romashka",)]


def test_names_in_one_field_each_keep_a_form_under_the_cap() -> None:
    # The renderings of the whole field and of the first name must not push out the second
    # name's own form.
    name = "ПАО ‘Научно-Производственное Объединение ‘ИСКРА’’ / ПАО НПО ‘Искра’"
    assert ("npo", "iskra") in [f.tokens for f in analyze_name(name, "Company")]


def test_russian_state_enterprise_forms_are_legal_forms() -> None:
    for name in ("FSUE NAMI", "ФГУП «НАМИ»"):
        (form, *_) = analyze_name(name, "Company")
        assert form.tokens == ("nami",)
        assert form.legal_forms == ("fsue",)


def test_organisation_names_lose_their_english_linking_words() -> None:
    forms = [
        f.tokens
        for f in analyze_name("Ministry of Defence of the Russian Federation", "Organization")
    ]
    assert forms[0] == ("ministry", "defence", "russian", "federation")
    # Never a name's every word, and never a person's.
    assert analyze_name("The And", "Organization")[0].tokens == ("the", "and")
    assert analyze_name("Ben and Jerry", "Person")[0].tokens == ("ben", "and", "jerry")


def test_an_enterprise_kind_cut_keeps_the_linking_word_it_leaves() -> None:
    forms = [
        f.tokens for f in analyze_name("Special Design Bureau of Computer Technology", "Company")
    ]
    assert forms == [
        ("special", "design", "bureau", "computer", "technology"),
        ("of", "computer", "technology"),
    ]


def test_full_width_brackets_are_brackets() -> None:
    # The city a Chinese company registers in, which translations drop.
    forms = [f.tokens for f in analyze_name("卡林卡（天津）国际贸易有限公司", "Company")]
    assert ("kalinka", "international", "trading") in forms
