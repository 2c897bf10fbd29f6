from __future__ import annotations

import pytest

from tradeguard.names.cyrillic_transcription import MAX_DEPARTURES, sounds_of, words

from listed_vocabulary import vocabulary


def test_words_are_the_cyrillic_runs_of_a_text() -> None:
    assert words("ООО «Нева Электроника» Ltd") == ["ООО", "Нева", "Электроника"]
    assert words("Ґудзь-Їжак") == ["Ґудзь", "Їжак"]


@pytest.mark.parametrize(
    ("word", "listed", "expected"),
    [
        ("Бриджтех", ("bridgetech", "bridges"), ("bridgetech",)),  # дж as dge, х as ch
        ("Чейнчип", ("chainchip",), ("chainchip",)),  # ей as ai
        ("ЦЕЛИКОВЕЦ", ("celikovec",), ("celikovec",)),  # ц as c, ISO 9 without its marks
        ("Жук", ("zuk",), ("zuk",)),
        ("Электроника", ("electronica",), ("electronica",)),
        ("Васильев", ("vasiliev",), ("vasiliev",)),  # a soft sign before a vowel as i
        ("Тешић", ("tesic",), ("tesic",)),  # Serbian ћ
        ("Ремдизель", ("remdiesel",), ("remdiesel",)),  # и as ie
    ],
)
def test_a_word_is_read_as_its_listed_spelling(
    word: str, listed: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    is_word, starts_word = vocabulary(*listed)
    assert sounds_of(word).listed(is_word, starts_word) == expected


@pytest.mark.parametrize(
    ("word", "listed"),
    [
        ("Жук", ("guk", "zhuk")),  # ж is g only before a soft vowel
        ("Жук", ("suk", "zhuk")),  # ... and never a first s
        ("Ярош", ("arash", "yarosh")),  # a first я is never a
        ("Емин", ("amin", "emin")),  # ... nor a first е
    ],
)
def test_a_letter_value_out_of_its_place_spells_no_commoner_word(
    word: str, listed: tuple[str, ...]
) -> None:
    is_word, starts_word = vocabulary(*listed)
    counts = {listed[0]: 9}
    found = sounds_of(word).listed(is_word, starts_word, lambda w: counts.get(w, 1))
    assert found == listed[1:]


@pytest.mark.parametrize(
    ("word", "listed"),
    [("Анжелика", "angelika"), ("Жорж", "george"), ("Вижн", "visn")],
)
def test_a_letter_value_in_its_place_is_kept(word: str, listed: str) -> None:
    assert sounds_of(word).listed(*vocabulary(listed)) == (listed,)


def test_the_likeliest_letters_are_a_plain_romanisation() -> None:
    assert sounds_of("Лавров").likeliest() == "lavrov"
    assert sounds_of("Данько").likeliest() == "danko"


def test_a_soft_sign_before_a_consonant_is_no_letter() -> None:
    is_word, starts_word = vocabulary("danika", "danyko")
    assert sounds_of("Данько").listed(is_word, starts_word) is None


def test_a_word_is_one_listed_word_never_two() -> None:
    is_word, starts_word = vocabulary("rosneft", "gaz", "rosneftegaz")
    assert sounds_of("Роснефтегаз").listed(is_word, starts_word) == ("rosneftegaz",)
    is_word, starts_word = vocabulary("rosneft", "egaz")
    assert sounds_of("Роснефтегаз").listed(is_word, starts_word) is None


def test_a_word_departs_from_its_likeliest_letters_in_a_few_letters_only() -> None:
    # "yfonava" departs from "ivanova" in four letters: no reading of Иванова.
    assert MAX_DEPARTURES < 4
    is_word, starts_word = vocabulary("yfonava")
    assert sounds_of("Иванова").listed(is_word, starts_word) is None
    is_word, starts_word = vocabulary("ivanava")
    assert sounds_of("Иванова").listed(is_word, starts_word) == ("ivanava",)


@pytest.mark.parametrize(
    ("word", "spelt"),
    [
        ("Радиолайн", "radioline"),
        ("Микродрайв", "microdrive"),
        ("Спэйс", "space"),
        ("ДРЕЙК", "drake"),
    ],
)
def test_an_english_word_keeps_its_long_vowel_and_its_silent_e(word: str, spelt: str) -> None:
    is_word, starts_word = vocabulary(spelt)
    assert sounds_of(word).listed(is_word, starts_word) == (spelt,)


def test_a_long_vowel_comes_with_its_e_only() -> None:
    # Штейн is Stein or Shtein: "stan" would read ей as a long a without the e after it.
    is_word, starts_word = vocabulary("stan", "stein")
    assert sounds_of("Штейн").listed(is_word, starts_word) == ("stein",)
    is_word, starts_word = vocabulary("stan")
    assert sounds_of("Штейн").listed(is_word, starts_word) is None
