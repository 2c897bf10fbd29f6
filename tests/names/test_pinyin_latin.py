"""Latin names written in pinyin get a Wade-Giles form, word for word."""

from __future__ import annotations

import pytest

from tradeguard.names import analyze_name
from tradeguard.names.pinyin_latin import (
    WADE_GILES_METHOD,
    pinyin_syllables,
    syllables_of,
    wade_giles_words,
)


def test_every_pinyin_syllable_is_known() -> None:
    syllables = pinyin_syllables()
    assert len(syllables) == 410
    assert {"zhuang", "xi", "er", "a", "lue"} <= syllables  # lü, as Latin-ASCII writes it


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("jinping", ("jin", "ping")),
        ("zedong", ("ze", "dong")),
        ("xianggang", ("xiang", "gang")),
        ("xian", ("xian",)),
        ("chien", None),  # chi + en would need an apostrophe: Wade-Giles chien
        ("hassan", None),
    ],
)
def test_a_word_is_one_syllable_or_two(word: str, syllables: tuple[str, ...] | None) -> None:
    assert syllables_of(word) == syllables


def test_a_pinyin_name_reads_word_for_word_in_wade_giles() -> None:
    assert wade_giles_words(("xi", "jinping")) == ("hsi", "chinping")
    assert wade_giles_words(("mao", "zedong")) == ("mao", "tsetung")
    assert wade_giles_words(("li", "na")) is None  # the same letters
    assert wade_giles_words(("jinping",)) is None  # one word is too little to tell
    assert wade_giles_words(("mao", "tse", "tung")) is None  # Wade-Giles already


def test_person_names_get_the_form_and_organisations_do_not() -> None:
    person = {f.method: f.tokens for f in analyze_name("Xi Jinping", "Person")}
    assert person[WADE_GILES_METHOD] == ("hsi", "chinping")
    company = {f.method for f in analyze_name("Xi Jinping", "Company")}
    assert WADE_GILES_METHOD not in company
