"""Marking the words of two names that the matcher aligned."""

from __future__ import annotations

from tradeguard.web.highlight import mark, name_detail, pairs_of, side_by_side


def test_pairs_are_read_from_the_explanation() -> None:
    pairs = pairs_of("tokens: kim~kim 1.00, chen~jong 0.80")
    assert [(p.query, p.listed, p.similarity) for p in pairs] == [
        ("kim", "kim", 1.0),
        ("chen", "jong", 0.8),
    ]


def test_words_in_other_scripts_are_marked_through_their_latin_forms() -> None:
    query, listed = side_by_side(
        "Ким Чен Ын", "KIM Jong Un", "Person", "tokens: kim~kim 1.00, chen~jong 0.60"
    )
    assert [(w.text, w.level) for w in query if w.text.strip()] == [
        ("Ким", "same"),
        ("Чен", "near"),
        ("Ын", ""),
    ]
    assert [(w.text, w.level) for w in listed if w.text.strip()] == [
        ("KIM", "same"),
        ("Jong", "near"),
        ("Un", ""),
    ]


def test_spaces_survive_so_the_name_reads_as_written() -> None:
    words = mark("Kim  Jong", None, {"kim": 1.0})
    assert "".join(w.text for w in words) == "Kim  Jong"


def test_the_name_line_is_found_among_deal_explanations() -> None:
    lines = ["country: agree (country kp agrees)", "name: similarity (tokens: un~un 1.00)"]
    assert name_detail(lines).startswith("name:")
    assert name_detail([]) == ""


def test_a_word_is_read_as_its_whole_name_reads_it() -> None:
    # "Чен" alone is Russian "chen"; in "Ким Чен Ын" the name is Korean and it is "jong".
    query, _ = side_by_side(
        "Ким Чен Ын", "KIM Jong Un", "Person", "tokens: kim~kim 1.00, jong~jong 1.00, un~un 1.00"
    )
    assert [(w.text, w.level) for w in query if w.text.strip()] == [
        ("Ким", "same"),
        ("Чен", "same"),
        ("Ын", "same"),
    ]
