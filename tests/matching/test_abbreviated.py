from __future__ import annotations

from tradeguard.matching.abbreviated import ABBREVIATED, abbreviated, abbreviated_forms
from tradeguard.names import INITIALS, NameForm, query_forms

from listed_vocabulary import listed_names


def test_a_run_of_words_becomes_the_initials_a_listed_name_writes_beside_its_neighbour() -> None:
    listed = listed_names("tc fly bridge", "sdb turbina", "sc lyukstrans")
    assert abbreviated(("technological", "company", "fly", "bridge"), listed) == (
        "tc", "fly", "bridge",
    )  # fmt: skip
    assert abbreviated(("special", "design", "bureau", "turbina"), listed) == ("sdb", "turbina")
    # The neighbour may come before the run.
    assert abbreviated(("lyukstrans", "shipping", "company"), listed_names("lyukstrans sc")) == (
        "lyukstrans", "sc",
    )  # fmt: skip


def test_the_listed_name_may_write_the_neighbour_on_the_other_side() -> None:
    # "Bank Severny Morskoy Put" is listed as "SMP Bank".
    assert abbreviated(("bank", "severny", "morskoy", "put"), listed_names("smp bank")) == (
        "bank", "smp",
    )  # fmt: skip


def test_the_neighbour_may_be_abbreviated_too() -> None:
    # Научно-Исследовательский Институт Космического Приборостроения, listed as NII KP:
    # neither abbreviation stands beside a written-out word.
    listed = listed_names("nii kp")
    words = ("nauchno", "issledovatelskiy", "institut", "kosmicheskogo", "priborostroyeniya")
    assert abbreviated(words, listed) == ("nii", "kp")
    # Still only where the listed name writes the two side by side.
    assert abbreviated(words, listed_names("nii steel", "kp")) == words


def test_initials_listed_without_the_neighbour_are_not_taken() -> None:
    # "sc" is listed, but never before "lyukstrans": a listed word alone would abbreviate any
    # run whose initials are some vessel's or person's name.
    listed = listed_names("sc freight", "lyukstrans")
    assert abbreviated(("shipping", "company", "lyukstrans"), listed) == (
        "shipping", "company", "lyukstrans",
    )  # fmt: skip


def test_the_longest_run_first_and_linking_words_skipped() -> None:
    listed = listed_names("rpe topaz", "pe topaz")
    assert abbreviated(("research", "and", "production", "enterprise", "topaz"), listed) == (
        "rpe", "topaz",
    )  # fmt: skip
    # A run neither starts nor ends with a linking word.
    assert abbreviated(("and", "production", "topaz"), listed_names("ap topaz")) == (
        "and", "production", "topaz",
    )  # fmt: skip


def test_forms_are_added_once_and_never_from_initials() -> None:
    listed = listed_names("sdb turbina")
    forms = query_forms("Special Design Bureau Turbina", "Company")
    made = abbreviated_forms(forms, listed)
    assert [form.tokens for form in made] == [("sdb", "turbina")]
    assert made[0].method.endswith(ABBREVIATED)
    initials = (NameForm(("special", "design", "bureau", "turbina"), (), "Latin", INITIALS),)
    assert abbreviated_forms(initials, listed) == ()


def test_a_name_written_in_an_abjad_is_never_read_as_initials() -> None:
    # al-Halwani al-Qarjuli's words, as Latin letters, start with the letters of "al haq".
    listed = listed_names("al haq")
    words = ("al", "hlwany", "al", "qrjwly")
    assert abbreviated(words, listed) == ("al", "haq")
    assert abbreviated_forms((NameForm(words, (), "Arabic", "ar"),), listed) == ()
    latin = (NameForm(words, (), "Latin", "latin"),)
    assert [form.tokens for form in abbreviated_forms(latin, listed)] == [("al", "haq")]


def test_two_letter_initials_need_two_consonants() -> None:
    # "si kai" is a pinyin name's syllables, not an acronym before a word.
    listed = listed_names("si kai", "tc kai")
    assert abbreviated(("salemi", "ioakeim", "kai"), listed) == ("salemi", "ioakeim", "kai")
    assert abbreviated(("trade", "center", "kai"), listed) == ("tc", "kai")
