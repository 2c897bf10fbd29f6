from __future__ import annotations

from tradeguard.matching.index import EXACT, NameIndex, token_weight

from factories import person


def test_a_word_is_counted_once_per_entity_however_many_forms_carry_it() -> None:
    # Three spellings of one person, one form each, and one other person.
    index = NameIndex(
        [
            person("Ivan PETROV", aliases=["Ivan PETROFF", "Ivan PETROW"]),
            person("Ivan SIDOROV"),
        ]
    )
    assert index.frequency(EXACT + "ivan") >= 4  # name forms
    assert index.entity_frequency(EXACT + "ivan") == 2
    assert index.entity_frequency(EXACT + "petrov") == 1
    assert index.entity_frequency(EXACT + "absent") == 0
    assert index.weight("ivan") == token_weight(2)


def test_a_word_many_entities_share_weighs_less() -> None:
    index = NameIndex([person(f"Ivan TESTOV{chr(97 + i)}") for i in range(20)])
    assert index.weight("ivan") < index.weight("testova")


def test_an_empty_index_has_no_frequencies() -> None:
    index = NameIndex([])
    assert index.entity_frequency(EXACT + "ivan") == 0
