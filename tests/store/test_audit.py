from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, delete, select, text, update

from tradeguard.store import audit
from tradeguard.store.database import open_database
from tradeguard.store.schema import audit_log


@pytest.fixture()
def db(db_url: str) -> Engine:
    return open_database(db_url)


def _append(db: Engine, n: int) -> None:
    for i in range(n):
        with db.begin() as conn:
            audit.append(conn, "test.event", "k_test", {"i": i, "name": "Иван"})


def _verify(db: Engine) -> audit.Verification:
    with db.connect() as conn:
        return audit.verify(conn)


def test_chain_of_appends_verifies(db: Engine) -> None:
    _append(db, 5)
    result = _verify(db)
    assert result.ok and result.records == 5
    with db.connect() as conn:
        chain = list(audit.records(conn))
    assert [r.seq for r in chain] == [1, 2, 3, 4, 5]
    assert chain[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(chain, chain[1:], strict=False))


def test_edited_payload_is_named(db: Engine) -> None:
    _append(db, 5)
    with db.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.seq == 3).values(payload='{"i":99}'))
    result = _verify(db)
    assert not result.ok
    assert result.first_bad == 3
    assert "altered" in (result.problem or "")


def test_deleted_record_is_named(db: Engine) -> None:
    _append(db, 5)
    with db.begin() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.seq == 2))
    result = _verify(db)
    assert not result.ok and result.first_bad == 2
    assert "missing" in (result.problem or "")


def test_swapped_records_are_named(db: Engine) -> None:
    _append(db, 5)
    with db.begin() as conn:
        rows = {
            r.seq: r for r in conn.execute(select(audit_log).where(audit_log.c.seq.in_([2, 3])))
        }
        for seq, other in ((2, 3), (3, 2)):
            source = rows[other]
            conn.execute(
                update(audit_log)
                .where(audit_log.c.seq == seq)
                .values(
                    at=source.at,
                    kind=source.kind,
                    actor=source.actor,
                    payload=source.payload,
                    prev_hash=source.prev_hash,
                    hash=source.hash,
                )
            )
    result = _verify(db)
    assert not result.ok and result.first_bad == 2


def test_cut_off_tail_is_detected(db: Engine) -> None:
    _append(db, 4)
    with db.begin() as conn:
        conn.execute(delete(audit_log).where(audit_log.c.seq == 4))
    result = _verify(db)
    assert not result.ok and result.first_bad == 4


def test_rewritten_hash_is_caught_by_the_next_record(db: Engine) -> None:
    """Recomputing the edited record's own hash does not help: its successor no longer fits."""
    _append(db, 3)
    with db.begin() as conn:
        row = conn.execute(select(audit_log).where(audit_log.c.seq == 2)).one()
        forged = audit.record_hash(2, row.at, row.kind, row.actor, '{"i":7}', row.prev_hash)
        conn.execute(
            update(audit_log).where(audit_log.c.seq == 2).values(payload='{"i":7}', hash=forged)
        )
    result = _verify(db)
    assert not result.ok and result.first_bad == 3


def test_concurrent_appends_keep_one_chain(db: Engine) -> None:
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            _append(db, 10)
        except BaseException as error:  # surfaced by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    result = _verify(db)
    assert result.ok and result.records == 60


def test_time_window_selects_records(db: Engine) -> None:
    _append(db, 3)
    with db.connect() as conn:
        everything = list(audit.records(conn))
        later = list(audit.records(conn, start=everything[1].at))
        none = list(audit.records(conn, end="2000-01-01"))
        dialect = conn.execute(text("SELECT 1")).scalar()
    assert dialect == 1
    assert [r.seq for r in later] == [2, 3]
    assert none == []
