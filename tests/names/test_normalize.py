from hypothesis import given
from hypothesis import strategies as st

from tradeguard.names import normalize


def test_punctuation_becomes_space_and_case_folds() -> None:
    assert normalize("KIM, Jong-Un") == "kim jong un"
    assert normalize("  V.V.   Putin ") == "v v putin"
    assert normalize("ООО «Аурус»") == "ооо аурус"


def test_apostrophes_are_deleted_inside_words() -> None:
    assert normalize("O'Brien") == "obrien"
    assert normalize("Ma’la") == "mala"
    assert normalize("ʿAbd") == "abd"


def test_hebrew_acronym_marks_join_the_word() -> None:
    # Gershayim, or a double quote typed for it, sits inside an acronym (להב"ה, LEHAVA).
    assert normalize('להב"ה') == "להבה"
    assert normalize("השומר יו״ש") == "השומר יוש"
    assert normalize("צה“ל") == "צהל"
    # Elsewhere a double quote still parts words.
    assert normalize('Said "Abu" Ali') == "said abu ali"
    assert normalize('שלום "דוד"') == "שלום דוד"


def test_keeps_the_script_and_diacritics() -> None:
    assert normalize("Müller") == "müller"
    assert normalize("김정은") == "김정은"
    assert normalize("Straße") == "strasse"


def test_compatibility_forms_fold() -> None:
    assert normalize("ＡＢＣ") == "abc"
    assert normalize("ﬁnance") == "finance"


def test_format_characters_and_surrogates_vanish() -> None:
    assert normalize("خامنه\u200cای") == "خامنهای"
    assert normalize("a\ud800b") == "ab"


@given(st.text())
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_no_leading_trailing_or_double_spaces(text: str) -> None:
    result = normalize(text)
    assert result == result.strip()
    assert "  " not in result
