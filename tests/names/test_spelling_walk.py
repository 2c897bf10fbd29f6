from __future__ import annotations

from tradeguard.names import spelling_walk
from tradeguard.names.spelling_walk import listed_spelling

from listed_vocabulary import vocabulary

# Three sounds, each with two spellings: "a" or "o", "l" or "r", "" or "e".
CHOICES = [("a", "o"), ("l", "r"), ("", "e")]


def test_the_first_listed_spelling_in_order_of_likelihood_wins_without_counts() -> None:
    assert listed_spelling(CHOICES, [True] * 3, *vocabulary("ore", "al")) == ("al",)


def test_the_spelling_more_parties_write_wins() -> None:
    counts = {"al": 1, "ore": 7}
    found = listed_spelling(CHOICES, [True] * 3, *vocabulary("ore", "al"), counts.__getitem__)
    assert found == ("ore",)


def test_two_words_only_where_one_spells_nothing_and_only_where_a_word_may_start() -> None:
    choices = [("a",), ("l",), ("o",), ("r",)]
    assert listed_spelling(choices, [True] * 4, *vocabulary("al", "or")) == ("al", "or")
    assert listed_spelling(choices, [True] * 4, *vocabulary("al", "or", "alor")) == ("alor",)
    # No word starts at the third sound: "al" and "or" cannot part there.
    assert listed_spelling(choices, [True, True, False, True], *vocabulary("al", "or")) is None


def test_a_one_letter_listed_word_is_no_reading() -> None:
    assert listed_spelling([("a",)], [True], *vocabulary("a")) is None


def test_the_walk_stops_at_its_budget() -> None:
    calls: list[str] = []

    def starts_word(prefix: str) -> bool:
        calls.append(prefix)
        return True

    choices = [("a", "b", "c")] * 12
    assert listed_spelling(choices, [True] * 12, lambda _: False, starts_word, steps=50) is None
    assert len(calls) <= 50
    calls.clear()
    assert listed_spelling(choices, [True] * 12, lambda _: False, starts_word) is None
    assert 50 < len(calls) <= spelling_walk.MAX_STEPS


def test_a_spelling_departs_from_the_likeliest_letters_in_at_most_departures_sounds() -> None:
    # "ore" takes the second letters of all three sounds, "ol" of one.
    assert listed_spelling(CHOICES, [True] * 3, *vocabulary("ore"), departures=2) is None
    assert listed_spelling(CHOICES, [True] * 3, *vocabulary("ore"), departures=3) == ("ore",)
    assert listed_spelling(CHOICES, [True] * 3, *vocabulary("ol"), departures=1) == ("ol",)
    assert listed_spelling(CHOICES, [True] * 3, *vocabulary("ol"), departures=0) is None
