from __future__ import annotations

from tradeguard.matching.index import EXACT, NameIndex, token_weight
from tradeguard.model import Name

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


def test_names_of_one_entity_that_read_alike_share_one_record() -> None:
    kim = person("KIM Jong Un", aliases=["Kim Jong-un", "Jong Un KIM"])
    kim.names.append(Name("KIM JONG UN", kind="alias", quality="weak"))
    index = NameIndex([kim, person("Kim Jong Un")])
    first = [r for r in index.records if r.entity == 0 and r.form.tokens == ("kim", "jong", "un")]
    # The first name's record, and the weak alias's own: it is scored with a discount.
    assert [(r.name, index.table.weak[index.records.index(r)]) for r in first] == [
        (0, False),
        (3, True),
    ]
    assert any(r.entity == 0 and r.form.tokens == ("jong", "un", "kim") for r in index.records)
    # Another entity of the same name keeps its own.
    assert any(r.entity == 1 and r.form.tokens == ("kim", "jong", "un") for r in index.records)
