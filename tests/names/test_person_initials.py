from tradeguard.names import analyze_name
from tradeguard.names.person_initials import without_initials


def test_consonant_initials_are_dropped() -> None:
    assert without_initials(("raed", "m", "hijazi")) == ("raed", "hijazi")
    assert without_initials(("john", "f", "kennedy")) == ("john", "kennedy")
    assert without_initials(("azam", "a", "r", "alsbhua")) == ("azam", "a", "alsbhua")


def test_nothing_without_initials_or_with_too_little_left() -> None:
    assert without_initials(("raed", "hijazi")) is None
    assert without_initials(("m", "hijazi")) is None  # one word would be left
    assert without_initials(("s", "m", "tuffail")) is None


def test_a_vowel_alone_is_no_initial() -> None:
    # Korean syllables, a Persian ezafe, a Burmese form of address, an article.
    assert without_initials(("ri", "kon", "u")) is None
    assert without_initials(("ali", "e", "karimi")) is None
    assert without_initials(("u", "zaw", "min")) is None


def test_in_an_arabic_name_a_is_an_initial_too() -> None:
    assert without_initials(("khaled", "a", "al", "fauwaz")) == ("khaled", "al", "fauwaz")
    assert without_initials(("kim", "a", "song")) is None


def test_a_person_name_with_an_initial_also_gets_a_form_without() -> None:
    forms = [form.tokens for form in analyze_name("Raed M. HIJAZI", "Person")]
    assert forms[0] == ("raed", "m", "hijazi")
    assert ("raed", "hijazi") in forms
    company = [form.tokens for form in analyze_name("Raed M. HIJAZI", "Company")]
    assert ("raed", "hijazi") not in company
