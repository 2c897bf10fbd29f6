from __future__ import annotations

import asyncio
import threading

import pytest
from sqlalchemy import select

from tradeguard.store import audit
from tradeguard.store.database import open_database
from tradeguard.store.errors import Forbidden, NotFound
from tradeguard.store.schema import alerts, screenings
from tradeguard.store.screenings import (
    Hit,
    Recorded,
    Screening,
    ScreeningStore,
    write_screenings,
)


def test_screening_is_recorded_and_audited(db_url: str) -> None:
    db = open_database(db_url)
    hits = [
        Hit("test:a", "a" * 64, 0.91, True, {"entity_id": "test:a", "score": 0.91}),
        Hit("test:b", "b" * 64, 0.55, False, {"entity_id": "test:b", "score": 0.55}),
    ]
    versions = [{"list_id": "test", "version_id": 1, "content_hash": "c" * 64}]
    screening = Screening("k_s", "match", {"name": "Ivan"}, versions, "algo", "1.0", 0.8, hits)
    recorded = ScreeningStore(db).record(screening)
    assert len(recorded.alert_ids) == 1
    got = ScreeningStore(db).get(recorded.screening_id, "k_s", see_all=False)
    assert got["decision"] == "alert"
    assert [r["entity_id"] for r in got["results"]] == ["test:a", "test:b"]
    with db.connect() as conn:
        (record,) = list(audit.records(conn))
    assert record.seq == recorded.audit_seq and record.actor == "k_s"
    payload = record.to_dict()["payload"]
    assert payload["versions"] == versions and payload["algorithm"] == "algo"
    assert payload["threshold"] == 0.8 and payload["decision"] == "alert"


def test_screener_sees_only_own_screenings(db_url: str) -> None:
    db = open_database(db_url)
    store = ScreeningStore(db)
    recorded = store.record(Screening("k_s", "match", {}, [], "algo", "1", 0.8))
    with pytest.raises(Forbidden):
        store.get(recorded.screening_id, "k_other", see_all=False)
    assert store.get(recorded.screening_id, "k_rev", see_all=True)["decision"] == "clear"
    with pytest.raises(NotFound):
        store.get(999, "k_s", see_all=True)


def _screening(name: str, alerts: int, others: int) -> Screening:
    hits = [Hit(f"test:{name}{i}", "a" * 64, 0.9, True, {"i": i}) for i in range(alerts)]
    hits += [Hit(f"test:{name}-{i}", "b" * 64, 0.6, False, {"i": i}) for i in range(others)]
    return Screening("k_s", "match", {"name": name}, [], "algo", "1", 0.8, hits)


def test_a_batch_is_one_transaction_and_each_screening_keeps_its_own_rows(db_url: str) -> None:
    db = open_database(db_url)
    batch = [_screening("a", 2, 1), _screening("b", 0, 0), _screening("c", 1, 3)]
    recorded = write_screenings(db, [(s, audit.canonical({"name": s.request})) for s in batch])
    assert [len(r.alert_ids) for r in recorded] == [2, 0, 1]
    assert [r.audit_seq for r in recorded] == [1, 2, 3]
    store = ScreeningStore(db)
    for screening, done in zip(batch, recorded, strict=True):
        got = store.get(done.screening_id, "k_s", see_all=False)
        assert got["request"] == screening.request and got["audit_seq"] == done.audit_seq
        assert [r["i"] for r in got["results"]] == [h.data["i"] for h in screening.hits]
    with db.connect() as conn:
        owners = dict(conn.execute(select(alerts.c.id, alerts.c.screening_id)).all())
        assert audit.verify(conn).ok
    for done in recorded:
        assert all(owners[alert_id] == done.screening_id for alert_id in done.alert_ids)


def test_concurrent_screenings_are_each_recorded_once_on_one_chain(db_url: str) -> None:
    db = open_database(db_url)
    store = ScreeningStore(db)
    done: list[Recorded] = []

    def screen(n: int) -> None:
        for i in range(5):
            done.append(store.record(_screening(f"t{n}.{i}", 1, 1)))

    threads = [threading.Thread(target=screen, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(done) == 30 and len({r.screening_id for r in done}) == 30
    assert sorted(r.audit_seq for r in done) == list(range(1, 31))
    with db.connect() as conn:
        assert audit.verify(conn).ok
        rows = dict(conn.execute(select(screenings.c.id, screenings.c.audit_seq)).all())
    assert rows == {r.screening_id: r.audit_seq for r in done}


def test_screenings_recorded_from_an_event_loop_keep_one_chain(db_url: str) -> None:
    db = open_database(db_url)
    store = ScreeningStore(db)

    async def main() -> list[Recorded]:
        jobs = (store.record_async(_screening(f"loop{n}", 2, 1)) for n in range(12))
        return list(await asyncio.gather(*jobs))

    done = asyncio.run(main())
    assert sorted(r.audit_seq for r in done) == list(range(1, 13))
    assert all(len(r.alert_ids) == 2 for r in done)
    with db.connect() as conn:
        assert audit.verify(conn).ok
        rows = dict(conn.execute(select(screenings.c.id, screenings.c.audit_seq)).all())
    assert rows == {r.screening_id: r.audit_seq for r in done}
    for recorded, n in zip(done, range(12), strict=True):
        assert store.get(recorded.screening_id, "k_s", see_all=False)["request"] == {
            "name": f"loop{n}"
        }
