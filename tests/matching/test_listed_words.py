from __future__ import annotations

import pytest

from tradeguard.matching import listed_words
from tradeguard.matching.index import NameIndex
from tradeguard.matching.listed_words import ListedWords
from tradeguard.names import INITIALS, NameForm
from tradeguard.names.arabic_transcription import sounds_of as arabic_sounds_of
from tradeguard.names.cyrillic_transcription import sounds_of
from tradeguard.names.spelling_walk import Sounds

from factories import company
from listed_vocabulary import listed_names


def test_a_word_is_spelt_as_listed_or_kept_in_its_likeliest_letters() -> None:
    listed = listed_names("bridgetech llc")
    assert listed.reading("Бриджтех", sounds_of)[:2] == (("bridgetech",), True)
    assert listed.reading("Иванов", sounds_of)[:2] == (("ivanov",), False)


def test_a_word_is_walked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[str] = []

    def counted(word: str) -> Sounds:
        walked.append(word)
        return sounds_of(word)

    listed = listed_names("bridgetech")
    for _ in range(3):
        assert listed.reading("Бриджтех", counted)[:2] == (("bridgetech",), True)
    assert walked == ["Бриджтех"]
    # Past the bound the store starts afresh, so a long-running matcher's memory stays put.
    monkeypatch.setattr(listed_words, "MAX_SPELLINGS", 1)
    listed.reading("Иванов", counted)
    listed.reading("Бриджтех", counted)
    assert walked == ["Бриджтех", "Иванов", "Бриджтех"]


def test_a_word_read_by_sound_is_no_listed_acronym_unless_its_script_spells_them() -> None:
    listed = ListedWords.of_forms(
        (
            NameForm(("time", "art", "international"), (), "Latin", "latin"),
            NameForm(("tai",), (), "Latin", INITIALS),
        )
    )
    assert listed.acronym("tai") and not listed.acronym("time")
    # طيء read with the vowels the walk supplies is "tai": the initials of Time Art International.
    assert listed.reading("طيء", arabic_sounds_of, acronyms=False)[:2] == (("ty",), False)
    assert ListedWords.of_forms((NameForm(("tai",), (), "Latin", "latin"),)).reading(
        "طيء", arabic_sounds_of, acronyms=False
    )[:2] == (("tai",), True)


def test_an_index_has_one_listed_words_whose_spellings_every_caller_shares() -> None:
    index = NameIndex([company("Bridgetech LLC")])
    assert ListedWords.of_index(index) is ListedWords.of_index(index)
    assert ListedWords.of_index(NameIndex([company("Bridgetech LLC")])) is not (
        ListedWords.of_index(index)
    )
