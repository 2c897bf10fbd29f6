from __future__ import annotations

from pathlib import Path

from tradeguard.store.snapshots import SnapshotStore

from factories import list_data, person


def make_store(tmp_path: Path) -> SnapshotStore:
    return SnapshotStore(f"sqlite:///{tmp_path / 'store.sqlite'}")


def test_store_activates_new_version(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    first = store.store(list_data([person("Ivan Petrov")], content_hash="a"), "sample")
    second = store.store(
        list_data([person("Ivan Petrov"), person("Olga Petrova")], content_hash="b"), "sample"
    )
    assert first.changed and second.changed
    active = store.versions()
    assert [v.id for v in active] == [second.version.id]
    assert active[0].entities == 2
    assert len(store.versions(active_only=False)) == 2
    names = sorted(e.caption for e in store.entities([second.version.id]))
    assert names == ["Ivan Petrov", "Olga Petrova"]


def test_same_content_is_not_a_new_version(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    first = store.store(list_data([person("Ivan Petrov")], content_hash="a"), "sample")
    again = store.store(list_data([person("Ivan Petrov")], content_hash="a"), "sample")
    assert not again.changed
    assert again.version.id == first.version.id


def test_lists_are_versioned_independently(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.store(list_data([person("A B")], list_id="one", content_hash="a"), "sample")
    store.store(list_data([person("C D")], list_id="two", content_hash="b"), "sample")
    assert sorted(v.list_id for v in store.versions()) == ["one", "two"]


def test_entities_round_trip(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    original = person("Kim Jong Un", birth_date="1984-01-08", nationality="kp", aliases=["김정은"])
    result = store.store(list_data([original]), "sample")
    (loaded,) = store.entities([result.version.id])
    assert loaded == original


def test_failures_are_recorded(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    assert store.last_failure() is None
    store.record_failure(["bad.csv"], "bad.csv, line 3: truncated")
    failure = store.last_failure()
    assert failure is not None
    assert failure[1] == ["bad.csv"]
    assert "truncated" in failure[2]
