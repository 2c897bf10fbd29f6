import pytest

from tradeguard.names import analyze_name
from tradeguard.names.arabic_foreign_spellings import (
    FRENCH_ARABIC,
    INDONESIAN_ARABIC,
    english_spellings,
)


def spelt(name: str, person: bool = True) -> list[tuple[tuple[str, ...], str]]:
    return english_spellings(tuple(name.split()), person)


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("rachid bouchareb", ("rashid", "bushareb")),  # a given name of the names table
        ("khaled chouman", ("khaled", "shuman")),  # one of the commonest given names
        ("bouchra al asad", ("bushra", "al", "asad")),  # the article; ch before r is French
        ("riyad chaliche", ("riyad", "shalishe")),
        ("hicham fouad", ("hisham", "fuad")),
        ("ahmed chouman tchad", ("ahmed", "shuman", "chad")),  # tch is the English ch
    ],
)
def test_an_arabic_name_in_french_letters_is_respelt_in_english_ones(
    french: str, english: tuple[str, ...]
) -> None:
    assert spelt(french) == [(english, FRENCH_ARABIC)]


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [
        ("mochammad achwan", ("mohammad", "ahwan")),  # moch
        ("abdul rochim baasyir", ("abdul", "rohim", "baashir")),  # sy before a vowel
        ("achmad sjarif", ("ahmad", "sharif")),
        ("yasin mahmud mochtar", ("yasin", "mahmud", "mohtar")),
    ],
)
def test_an_arabic_name_in_indonesian_letters_is_respelt_in_english_ones(
    indonesian: str, english: tuple[str, ...]
) -> None:
    assert spelt(indonesian) == [(english, INDONESIAN_ARABIC)]


def test_a_ch_before_a_consonant_reads_in_both_letters() -> None:
    # Achwan is Akhwan in Indonesian letters, and Chwiki Shwiki in the Maghreb's French.
    assert spelt("muhammad achwan") == [
        (("muhammad", "ashwan"), FRENCH_ARABIC),
        (("muhammad", "ahwan"), INDONESIAN_ARABIC),
    ]
    assert [tokens for tokens, _ in spelt("mhd amer alchwiki")] == [
        ("mhd", "amer", "alshwiki"),
        ("mhd", "amer", "alhwiki"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "richard chapman",  # no sign of an Arabic name
        "choe song il",  # Korean syllables
        "pak chun il",  # pak is a word of the table, but of three letters
        "abbas mokhammadovich dzhuma",  # Russian form: its ch is the English one
        "mohamed mansour",  # ou alone: English spellings write it too
    ],
)
def test_other_names_are_left_as_they_are(name: str) -> None:
    assert spelt(name) == []


def test_an_organisations_english_words_keep_their_letters() -> None:
    assert spelt("ansar al charia", person=False) == [(("ansar", "al", "sharia"), FRENCH_ARABIC)]
    words = ("al", "aqsa", "charitable", "foundation")
    assert spelt(" ".join(words), person=False) == [(words, FRENCH_ARABIC)]
    # The names table knows "bank": no evidence in an organisation's name.
    assert spelt("cham bank", person=False) == []


def test_the_english_spelling_is_a_rendering_beside_the_name_as_written() -> None:
    forms = [form.tokens for form in analyze_name("Rachid BOUCHAREB", "Person")]
    assert forms[0] == ("rachid", "bouchareb")
    assert ("rashid", "bushareb") in forms
