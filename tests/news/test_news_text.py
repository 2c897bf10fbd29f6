from __future__ import annotations

from tradeguard.news.text import sentence_starts, words


def test_offsets_point_at_the_words() -> None:
    text = "Putin met Kim Jong-un."
    found = words(text)
    assert [text[w.start : w.end] for w in found] == ["Putin", "met", "Kim", "Jong", "un"]
    assert [w.tokens for w in found][-2:] == [("jong",), ("un",)]


def test_possessive_s_is_dropped() -> None:
    assert [w.text for w in words("Putin's car and Putin’s car")] == [
        "Putin", "car", "and", "Putin", "car"
    ]  # fmt: skip


def test_accents_are_folded_and_other_scripts_romanised() -> None:
    found = {w.text: w.tokens for w in words("Pável met Путин and 김정은")}
    assert found["Pável"] == ("pavel",)
    assert found["Путин"] == ("putin",)
    assert found["김정은"] == ("kim", "jong", "un")


def test_initials_and_titles_do_not_end_sentences() -> None:
    text = "Mr. V. V. Putin spoke. Then Kim left.\nHeadline line"
    starts = sentence_starts(text)
    assert [text[s : s + 4] for s in starts] == ["Mr. ", "Then", "Head"]


def test_hangul_words_count_as_capitalised() -> None:
    assert all(w.capitalised for w in words("김정은 Putin"))
    assert not words("car")[0].capitalised
