from __future__ import annotations

from tradeguard.store.snapshots import DiffCounts, SnapshotStore

from factories import list_data, person


def make_store(db_url: str) -> SnapshotStore:
    return SnapshotStore(db_url)


def test_store_activates_new_version(db_url: str) -> None:
    store = make_store(db_url)
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


def test_same_content_is_not_a_new_version(db_url: str) -> None:
    store = make_store(db_url)
    first = store.store(list_data([person("Ivan Petrov")], content_hash="a"), "sample")
    again = store.store(list_data([person("Ivan Petrov")], content_hash="a"), "sample")
    assert not again.changed
    assert again.version.id == first.version.id


def test_lists_are_versioned_independently(db_url: str) -> None:
    store = make_store(db_url)
    store.store(list_data([person("A B")], list_id="one", content_hash="a"), "sample")
    store.store(list_data([person("C D")], list_id="two", content_hash="b"), "sample")
    assert sorted(v.list_id for v in store.versions()) == ["one", "two"]


def test_entities_round_trip(db_url: str) -> None:
    store = make_store(db_url)
    original = person("Kim Jong Un", birth_date="1984-01-08", nationality="kp", aliases=["김정은"])
    result = store.store(list_data([original]), "sample")
    (loaded,) = store.entities([result.version.id])
    assert loaded == original


def test_failures_are_recorded(db_url: str) -> None:
    store = make_store(db_url)
    assert store.last_failure() is None
    store.record_failure(["bad.csv"], "bad.csv, line 3: truncated")
    failure = store.last_failure()
    assert failure is not None
    assert failure[1] == ["bad.csv"]
    assert "truncated" in failure[2]


def test_diff_counts_are_kept_on_the_version(db_url: str) -> None:
    store = make_store(db_url)
    store.store(list_data([person("Ivan Petrov")], content_hash="a"), "sample")
    second = store.store(
        list_data([person("Olga Petrova")], content_hash="b"), "sample", DiffCounts(1, 1, 0)
    )
    (active,) = store.versions()
    assert active.id == second.version.id
    assert (active.added, active.removed, active.changed) == (1, 1, 0)


def test_failures_name_their_list(db_url: str) -> None:
    store = make_store(db_url)
    store.record_failure(["a.xml"], "lost 40%", "un-sc")
    store.record_failure(["b.csv"], "broken")
    latest, older = store.failures()
    assert latest.list_id is None and latest.error == "broken"
    assert older.list_id == "un-sc"
