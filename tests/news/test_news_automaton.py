from __future__ import annotations

from tradeguard.engine import Engine
from tradeguard.news.automaton import automaton_for
from tradeguard.news.listed import listed_mentions
from tradeguard.news.screener import Screener
from tradeguard.news.text import words


def _listed(engine: Engine, text: str) -> dict[str, str]:
    found = listed_mentions(text, words(text), engine.index(), Screener(engine.matcher()))
    assert all(text[m.span.start : m.span.end] == m.span.text for m in found)
    return {m.span.text: m.link.caption for m in found if m.link}


def test_automaton_is_built_once_per_index(sample_engine: Engine) -> None:
    index = sample_engine.index()
    assert automaton_for(index) is automaton_for(index)
    assert automaton_for(index).size > len(index.entities)


def test_names_found_in_any_script_and_spelling(sample_engine: Engine) -> None:
    text = "Vladimir Putin met Kim Jong-un; later Ким Чен Ын and 김정은 were named, and Путин."
    found = _listed(sample_engine, text)
    assert found["Vladimir Putin"] == "Vladimir Vladimirovich PUTIN"
    for spelling in ("Kim Jong-un", "Ким Чен Ын", "김정은"):
        assert found[spelling] == "KIM Jong Un"


def test_longest_hit_wins(sample_engine: Engine) -> None:
    assert list(_listed(sample_engine, "Vladimir Vladimirovich Putin spoke.")) == [
        "Vladimir Vladimirovich Putin"
    ]


def test_common_words_and_lower_case_text_give_no_hits(sample_engine: Engine) -> None:
    assert _listed(sample_engine, "the kim jong un of trading companies and their group") == {}


def test_one_word_inside_a_longer_name_is_no_hit(sample_engine: Engine) -> None:
    # "Aurus" alone names LLC Aurus; inside "Aurus Motor Works Ltd" it is another company.
    assert "Aurus" in _listed(sample_engine, "They met Aurus yesterday.")
    assert _listed(sample_engine, "They met Aurus Motor Works yesterday.") == {}
