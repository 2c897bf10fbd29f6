from __future__ import annotations

import pytest

from tradeguard.names.hangul_transcription import (
    is_transcribed,
    sounds_of,
    spellings,
)

from listed_vocabulary import vocabulary


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("블라디미르 푸틴", True, True),  # 르: an r with the ㅡ transcription adds
        ("로스네프트", False, True),
        ("플라톤", True, True),  # a first consonant cluster
        ("겐나디 팀첸코", True, True),  # six syllables: no Korean name
        ("이고리 세친", True, True),  # five
        ("남궁 민수", True, False),  # four: a two-syllable surname and given name
        ("김정은", True, False),
        ("김 정은", True, False),
        ("남궁민수", True, False),  # a two-syllable surname, written as one word
        ("은행", False, False),  # ㅡ after the silent ㅇ is a Korean vowel
        ("조선남강무역회사", False, False),  # an organisation's compound of one-syllable words
    ],
)
def test_is_transcribed(text: str, person: bool, expected: bool) -> None:
    assert is_transcribed(text, person) is expected


def test_an_l_written_twice_is_one_l_and_a_final_eu_no_vowel() -> None:
    first, second, *_ = spellings("블라디미르")
    assert first[0] == "b" and "v" in first  # 블: b or v, the ㄹ written again next
    assert second[:3] == ("la", "lla", "ra")
    assert sounds_of("블라디미르").likeliest() == "bladimir"
    assert sounds_of("로스네프트").likeliest() == "rosnept"


@pytest.mark.parametrize(
    ("word", "listed", "expected"),
    [
        ("블라디미르", ("vladimir", "vlad"), ("vladimir",)),
        ("푸틴", ("putin",), ("putin",)),
        ("세르게이", ("sergey", "sergei"), ("sergei",)),
        ("라브로프", ("lavrov",), ("lavrov",)),
        ("로스네프트", ("rosneft",), ("rosneft",)),
        ("스베르방크", ("sberbank",), ("sberbank",)),
        ("칼라시니코프", ("kalashnikov",), ("kalashnikov",)),  # 시: sh before a consonant
        ("예브게니", ("yevgeny",), ("yevgeny",)),
        ("바그너", ("wagner",), ("wagner",)),  # ㅓ for German er
        ("셰", ("she",), ("she",)),  # the y of ㅖ is the softness of ㅅ
    ],
)
def test_a_word_is_read_as_the_listed_spelling_of_its_sounds(
    word: str, listed: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    is_word, starts_word = vocabulary(*listed)
    assert sounds_of(word).listed(is_word, starts_word) == expected


def test_the_spelling_more_listed_names_use_wins() -> None:
    is_word, starts_word = vocabulary("mirel", "miller")
    counts = {"miller": 12, "mirel": 1}
    assert sounds_of("밀레르").listed(is_word, starts_word, counts.__getitem__) == ("miller",)
