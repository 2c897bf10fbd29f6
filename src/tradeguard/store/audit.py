"""The append-only, hash-chained audit log.

Each record's hash covers its sequence number, time, kind, actor, payload and the previous
record's hash, so editing, deleting or reordering any record breaks the chain at that record.
The head row remembers the last record, which also catches records cut off the end.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from tradeguard.store.database import lock_audit_head
from tradeguard.store.schema import audit_head, audit_log

GENESIS = "0" * 64


@dataclass(slots=True, frozen=True)
class AuditRecord:
    seq: int
    at: str
    kind: str
    actor: str | None
    payload: str  # canonical JSON, exactly as hashed
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "kind": self.kind,
            "actor": self.actor,
            "payload": json.loads(self.payload),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(slots=True, frozen=True)
class Verification:
    ok: bool
    records: int
    first_bad: int | None = None  # seq of the first record that fails (or where one is missing)
    problem: str | None = None


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def record_hash(seq: int, at: str, kind: str, actor: str | None, payload: str, prev: str) -> str:
    body = canonical([seq, at, kind, actor, payload, prev])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(conn: Connection, kind: str, actor: str | None, payload: dict[str, Any] | str) -> int:
    """Append one record inside the caller's transaction; returns its sequence number.

    `payload` may come already as `canonical(...)` text: a caller on a hot path serialises it
    before its transaction, so the chain's lock is not held for the JSON work.
    Call it first in a transaction on SQLite (see `lock_audit_head`): the lock it takes
    serialises concurrent appenders until the caller commits.
    """
    body = payload if isinstance(payload, str) else canonical(payload)
    (seq,) = append_many(conn, [(kind, actor, body)])
    return seq


def append_many(conn: Connection, entries: Sequence[tuple[str, str | None, str]]) -> list[int]:
    """Append (kind, actor, canonical payload) records in order, chained one to the next;
    returns their sequence numbers. One head lock, one multi-row insert and one head move for
    the lot: a group commit of screenings appends them together (see `append` for the rules).
    """
    if not entries:
        return []
    seq, prev = lock_audit_head(conn)
    rows: list[dict[str, Any]] = []
    for kind, actor, body in entries:
        seq += 1
        at = datetime.now(UTC).isoformat()
        digest = record_hash(seq, at, kind, actor, body, prev)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "kind": kind,
                "actor": actor,
                "payload": body,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    # Values as execute() parameters, not .values(): the statement then compiles once and is
    # reused from SQLAlchemy's cache, which was half the cost of recording a screening.
    conn.execute(_INSERT_RECORD, rows)
    conn.execute(_MOVE_HEAD, {"new_seq": seq, "new_hash": prev})
    return [row["seq"] for row in rows]


_INSERT_RECORD = insert(audit_log)
_MOVE_HEAD = (
    update(audit_head)
    .where(audit_head.c.id == 1)
    .values(seq=bindparam("new_seq"), hash=bindparam("new_hash"))
)


def records(
    conn: Connection, start: str | None = None, end: str | None = None
) -> Iterator[AuditRecord]:
    """Records in chain order, optionally those whose time is within [start, end)."""
    query = select(audit_log).order_by(audit_log.c.seq)
    if start:
        query = query.where(audit_log.c.at >= start)
    if end:
        query = query.where(audit_log.c.at < end)
    for row in conn.execute(query):
        yield AuditRecord(
            row.seq, row.at, row.kind, row.actor, row.payload, row.prev_hash, row.hash
        )


def verify(conn: Connection) -> Verification:
    """Recompute the chain and name the first record that does not fit."""
    prev, expected_seq, count = GENESIS, 1, 0
    for record in records(conn):
        problem = _check(record, expected_seq, prev)
        if problem:
            return Verification(False, count, expected_seq, problem)
        prev, expected_seq, count = record.hash, expected_seq + 1, count + 1
    head_seq, head_hash = conn.execute(select(audit_head.c.seq, audit_head.c.hash)).one()
    if head_seq != count or head_hash != prev:
        return Verification(
            False, count, count + 1, f"log ends at record {count} but head says {head_seq}"
        )
    return Verification(True, count)


def _check(record: AuditRecord, expected_seq: int, prev: str) -> str | None:
    if record.seq != expected_seq:
        return f"record {expected_seq} is missing (next is {record.seq})"
    if record.prev_hash != prev:
        return f"record {record.seq} does not follow record {record.seq - 1}"
    recomputed = record_hash(
        record.seq, record.at, record.kind, record.actor, record.payload, record.prev_hash
    )
    if recomputed != record.hash:
        return f"record {record.seq} was altered (hash mismatch)"
    return None
