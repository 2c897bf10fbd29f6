from __future__ import annotations

from tradeguard.updates.diff import diff_entities

from factories import person


def test_added_removed_changed() -> None:
    old = [person("Ivan Petrov"), person("Olga Petrova"), person("Anna Ivanova")]
    new = [
        person("Ivan Petrov"),
        person("Olga Petrova", birth_date="1970"),
        person("Boris Sidorov"),
    ]
    diff = diff_entities(old, new)
    assert [e.id for e in diff.added] == ["test:boris-sidorov"]
    assert diff.removed == ["test:anna-ivanova"]
    assert [e.id for e in diff.changed] == ["test:olga-petrova"]
    assert (diff.counts.added, diff.counts.removed, diff.counts.changed) == (1, 1, 1)
    assert diff.before == 3
    assert {e.id for e in diff.touched} == {"test:boris-sidorov", "test:olga-petrova"}


def test_identical_lists_have_an_empty_diff() -> None:
    entities = [person("Ivan Petrov")]
    diff = diff_entities(entities, [person("Ivan Petrov")])
    assert diff.touched == [] and diff.removed == []
