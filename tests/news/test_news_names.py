from __future__ import annotations

from tradeguard.news.names import capitalised_runs
from tradeguard.news.parties import classify
from tradeguard.news.text import words


def _runs(text: str, claimed: set[int] | None = None) -> list[str]:
    ws = words(text)
    return [text[ws[a].start : ws[b].end] for a, b in capitalised_runs(text, ws, claimed or set())]


def test_runs_of_capitalised_words_with_hyphens_initials_and_numbers() -> None:
    text = "He met V. V. Putin and the Eastern Economic Forum on channel Rossiya-1 today."
    assert _runs(text) == ["V. V. Putin", "Eastern Economic Forum", "Rossiya-1"]


def test_leading_function_words_are_cut() -> None:
    assert _runs("INTERNATIONAL / By Luis Moreno") == ["Luis Moreno"]


def test_sentence_initial_common_words_are_not_names() -> None:
    text = "Surrounded by guards, he left. Meanwhile the car waited. Before the war it was built."
    assert _runs(text) == []


def test_word_also_written_in_lower_case_is_not_a_name() -> None:
    assert _runs("the Trade was good; trade is trade.") == []


def test_claimed_words_break_runs() -> None:
    assert _runs("met Kim Jong Un Telegram", claimed={1, 2, 3}) == ["Telegram"]


def test_kinds() -> None:
    text = (
        "journalist Pavel Zarubin, the Eastern Economic Forum, Luis Moreno, and Telegram, "
        "the channel Rossiya-1 and the company's chief Ivan Petrov"
    )
    ws = words(text)
    kinds = {text[ws[a].start : ws[b].end]: classify(ws, a, b) for a, b in
             capitalised_runs(text, ws, set())}  # fmt: skip
    assert kinds == {
        "Pavel Zarubin": "person",
        "Eastern Economic Forum": "organization",
        "Luis Moreno": "person",
        "Telegram": "unknown",
        "Rossiya-1": "organization",
        "Ivan Petrov": "person",
    }
