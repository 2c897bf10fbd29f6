from __future__ import annotations

import pytest

from tradeguard.names import arabic_transcription
from tradeguard.names.arabic_transcription import sounds_of, words
from tradeguard.names.arabic_words import vowelled

from listed_vocabulary import vocabulary


def test_words_split_off_the_article_and_drop_short_vowel_marks() -> None:
    assert words("الموقعون بالدم") == ["ال", "موقعون", "بالدم"]
    assert words("مُحَمَّد Ltd") == ["محمد"]


@pytest.mark.parametrize(
    ("word", "listed", "expected"),
    [
        ("پورانواری", ("pouranvari",), ("pouranvari",)),  # و as v, ی as i
        ("راوین", ("ravin",), ("ravin",)),
        ("قاطرخي", ("katarji",), ("katarji",)),  # ق as k, خ as j
        ("آوایی", ("avaee",), ("avaee",)),  # ی as e
        ("خسروپناه", ("khosropanah",), ("khosropanah",)),  # a final ه written as a vowel
        ("الحلاق", ("alhallaq",), ("alhallaq",)),  # ل written twice
        # A first و or ي is a consonant, though the vowel readings are listed words too (UTN,
        # "imeni" of Russian names), which the walk would weigh against the consonant ones.
        ("وطن", ("utn", "watan"), ("watan",)),
        ("وثيق", ("utek", "wathiq"), ("wathiq",)),
        ("يمن", ("imeni", "yemen"), ("yemen",)),
        ("یار", ("air", "yar"), ("yar",)),
        ("ولایتمدار", ("velayatmadar",), ("velayatmadar",)),  # with any short vowel
    ],
)
def test_a_word_is_read_with_the_vowels_its_listed_spelling_has(
    word: str, listed: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    is_word, starts_word = vocabulary(*listed)
    assert sounds_of(word).listed(is_word, starts_word) == expected


@pytest.mark.parametrize(
    ("word", "listed", "expected"),
    [
        ("صبان", ("sbn", "sabban"), ("sabban",)),
        ("ساحات", ("set", "sahat"), ("sahat",)),
        ("حواله", ("wali", "hawala"), ("hawala",)),
    ],
)
def test_no_alif_after_a_consonant_and_no_first_ha_is_silent(
    word: str, listed: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    # The wrong reading is the commoner listed word here, as "sbn" and "wali" are.
    is_word, starts_word = vocabulary(*listed)
    assert sounds_of(word).listed(is_word, starts_word, lambda w: 9 if w == listed[0] else 1) == (
        expected
    )


def test_a_first_alif_is_silent_before_the_vowel_its_ya_writes() -> None:
    assert sounds_of("ایمانی").listed(*vocabulary("imani")) == ("imani",)


def test_a_word_the_table_knows_is_one_of_its_spellings() -> None:
    spelt = {vowelled("محمد", persian=False), vowelled("محمد", persian=True)}
    sounds = sounds_of("محمد")
    assert len(sounds.choices) == 1 and set(sounds.choices[0]) == spelt
    # "mohamed", a listed spelling of it, is none of the table's: the walk does not take it.
    assert sounds.listed(*vocabulary("mohamed")) is None


def test_an_unknown_word_keeps_its_skeleton() -> None:
    assert sounds_of("قاطرخي").likeliest() == "qatrkhy"
    assert sounds_of("راوین").likeliest() == "rawyn"


def test_no_short_vowel_before_an_alif() -> None:
    # را is ra, never raa or rea: the alif is the vowel.
    assert sounds_of("راوین").listed(*vocabulary("reavin")) is None


def test_a_word_no_listed_name_spells_stops_within_its_budget() -> None:
    tried: list[str] = []

    def starts_word(prefix: str) -> bool:
        tried.append(prefix)
        return True

    sounds = sounds_of("تمپتسکشفقغ")
    assert sounds.listed(lambda _: False, starts_word) is None
    assert len(tried) <= arabic_transcription.MAX_STEPS
