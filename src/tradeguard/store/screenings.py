"""Screenings: what was asked, against which list versions, with which algorithm, what came
back and whether it raised alerts. Each is written with its audit record in one transaction,
which concurrent screenings of one process share (group commit, see `groupcommit.py`)."""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.engine import Connection

from tradeguard.store import audit
from tradeguard.store.database import write_transaction
from tradeguard.store.errors import Forbidden, NotFound
from tradeguard.store.groupcommit import GroupCommit
from tradeguard.store.loopcommit import LoopCommit
from tradeguard.store.schema import alerts, matches, screenings


@dataclass(slots=True, frozen=True)
class Hit:
    entity_id: str
    entity_hash: str
    score: float
    alert: bool
    data: dict[str, Any]


@dataclass(slots=True)
class Screening:
    key_id: str | None
    kind: str
    request: dict[str, Any]
    versions: list[dict[str, Any]]
    algorithm: str
    algorithm_version: str
    threshold: float
    hits: list[Hit] = field(default_factory=list)
    # A deal screening's own decision (BLOCKED, LICENCE_REQUIRED, REVIEW, CLEAR).
    outcome: str | None = None
    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def decision(self) -> str:
        if self.outcome is not None:
            return self.outcome
        return "alert" if any(h.alert for h in self.hits) else "clear"


@dataclass(slots=True, frozen=True)
class Recorded:
    screening_id: int
    audit_seq: int
    alert_ids: list[int]


class ScreeningStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(self, screening: Screening) -> Recorded:
        """Store the screening, its hits, alerts and audit record; returns once committed."""
        return _group(self.engine).submit(_job(screening))

    @contextmanager
    def expecting(self) -> Iterator[Callable[[Screening], Recorded]]:
        """For a screening still being made: while the block runs, a commit of this process's
        other screenings waits (briefly) to take it along. Yields `record`."""
        with _group(self.engine).expect() as expected:
            yield lambda screening: expected.submit(_job(screening))

    async def record_async(self, screening: Screening) -> Recorded:
        """`record` for a coroutine on an event loop: the loop is never blocked waiting for
        another writer. On SQLite the loop commits its own batches (`loopcommit.py`); other
        databases' commits wait on the network, so a thread writes them (`groupcommit.py`)."""
        job = _job(screening)
        if self.engine.dialect.name == "sqlite":
            return await _loop_group(self.engine).submit(job)
        return await asyncio.wrap_future(_group(self.engine).future(job))

    def find(self, key_id: str | None, limit: int = 50) -> list[dict[str, Any]]:
        """The latest screenings, newest first; only `key_id`'s unless it is None (see all)."""
        query = select(screenings).order_by(screenings.c.id.desc()).limit(limit)
        if key_id is not None:
            query = query.where(screenings.c.key_id == key_id)
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.id,
                    "at": r.at.isoformat(),
                    "kind": r.kind,
                    "key_id": r.key_id,
                    "decision": r.decision,
                }
                for r in conn.execute(query)
            ]

    def get(self, screening_id: int, key_id: str | None, see_all: bool) -> dict[str, Any]:
        """One screening with its hits; a screener sees only their own."""
        with self.engine.connect() as conn:
            row = conn.execute(select(screenings).where(screenings.c.id == screening_id)).first()
            if row is None:
                raise NotFound(f"no screening {screening_id}")
            if not see_all and row.key_id != key_id:
                raise Forbidden(f"screening {screening_id} was made with another API key")
            hits = conn.execute(
                select(matches.c.data)
                .where(matches.c.screening_id == screening_id)
                .order_by(matches.c.rank)
            )
            return {
                "id": row.id,
                "at": row.at.isoformat(),
                "kind": row.kind,
                "key_id": row.key_id,
                "request": row.request,
                "versions": row.versions,
                "algorithm": row.algorithm,
                "algorithm_version": row.algorithm_version,
                "threshold": row.threshold,
                "decision": row.decision,
                "audit_seq": row.audit_seq,
                "results": [h.data for h in hits],
            }


def _audit(screening: Screening) -> dict[str, Any]:
    return {
        "request": screening.request,
        "versions": screening.versions,
        "algorithm": screening.algorithm,
        "algorithm_version": screening.algorithm_version,
        "threshold": screening.threshold,
        "results": [
            {"entity_id": h.entity_id, "entity_hash": h.entity_hash, "score": h.score}
            for h in screening.hits
        ],
        "decision": screening.decision,
        **({"reasons": screening.results} if screening.results else {}),
    }


_Job = tuple[Screening, str]  # the screening and its audit payload, already canonical JSON


def _job(screening: Screening) -> _Job:
    # The JSON is made before joining the writers' queue, not inside it.
    return screening, audit.canonical(_audit(screening))


# One group commit per database engine (per process): it lives as long as the engine.
_GROUPS: weakref.WeakKeyDictionary[Engine, GroupCommit[_Job, Recorded]] = (
    weakref.WeakKeyDictionary()
)
_GROUPS_GUARD = threading.Lock()


def _group(engine: Engine) -> GroupCommit[_Job, Recorded]:
    with _GROUPS_GUARD:
        group = _GROUPS.get(engine)
        if group is None:
            ref = weakref.ref(engine)  # the group must not keep its engine alive

            def write(jobs: Sequence[_Job]) -> list[Recorded]:
                live = ref()
                assert live is not None  # a caller holds the engine while it waits
                return write_screenings(live, jobs)

            group = _GROUPS[engine] = GroupCommit(write)
        return group


_LoopGroups = weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, LoopCommit[_Job, Recorded]]
# One loop group commit per SQLite engine and event loop (a server process has one loop).
_LOOP_GROUPS: weakref.WeakKeyDictionary[Engine, _LoopGroups] = weakref.WeakKeyDictionary()


def _loop_group(engine: Engine) -> LoopCommit[_Job, Recorded]:
    loop = asyncio.get_running_loop()
    with _GROUPS_GUARD:
        per_loop = _LOOP_GROUPS.setdefault(engine, weakref.WeakKeyDictionary())
        group = per_loop.get(loop)
        if group is None:
            group = per_loop[loop] = LoopCommit(engine, write_screenings_in)
        return group


def write_screenings(engine: Engine, jobs: Sequence[_Job]) -> list[Recorded]:
    """Screenings with their audit records, in one transaction (see `write_screenings_in`)."""
    with write_transaction(engine) as conn:
        return write_screenings_in(conn, jobs)


def write_screenings_in(conn: Connection, jobs: Sequence[_Job]) -> list[Recorded]:
    """Screenings with their audit records, inside the caller's write transaction: one audit
    head lock, and one multi-row statement per table instead of a statement per row."""
    seqs = audit.append_many(conn, [(f"screening.{s.kind}", s.key_id, body) for s, body in jobs])
    now = datetime.now(UTC)
    ids = _insert_many(
        conn,
        _INSERT_SCREENINGS,
        [_screening_row(s, seq, now) for (s, _), seq in zip(jobs, seqs, strict=True)],
    )
    match_rows = [
        _match_row(screening_id, rank, hit)
        for (s, _), screening_id in zip(jobs, ids, strict=True)
        for rank, hit in enumerate(s.hits, start=1)
    ]
    if match_rows:
        conn.execute(insert(matches), match_rows)
    alert_rows = [
        _alert_row(screening_id, hit, now)
        for (s, _), screening_id in zip(jobs, ids, strict=True)
        for hit in s.hits
        if hit.alert
    ]
    alert_ids = iter(_insert_many(conn, _INSERT_ALERTS, alert_rows))
    return [
        Recorded(screening_id, seq, [next(alert_ids) for hit in s.hits if hit.alert])
        for (s, _), screening_id, seq in zip(jobs, ids, seqs, strict=True)
    ]


# RETURNING with the rows' order kept: SQLAlchemy sends one multi-row INSERT (its
# "insertmanyvalues") on SQLite and PostgreSQL alike, and hands back the new ids in order.
_INSERT_SCREENINGS = insert(screenings).returning(screenings.c.id, sort_by_parameter_order=True)
_INSERT_ALERTS = insert(alerts).returning(alerts.c.id, sort_by_parameter_order=True)
_INSERT_MATCHES = insert(matches)


def _insert_many(conn: Connection, statement: Any, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    return [int(row[0]) for row in conn.execute(statement, rows)]


def _screening_row(screening: Screening, seq: int, now: datetime) -> dict[str, Any]:
    return {
        "at": now,
        "key_id": screening.key_id,
        "kind": screening.kind,
        "request": screening.request,
        "versions": screening.versions,
        "algorithm": screening.algorithm,
        "algorithm_version": screening.algorithm_version,
        "threshold": screening.threshold,
        "decision": screening.decision,
        "audit_seq": seq,
    }


def _match_row(screening_id: int, rank: int, hit: Hit) -> dict[str, Any]:
    return {
        "screening_id": screening_id,
        "rank": rank,
        "entity_id": hit.entity_id,
        "score": hit.score,
        "alert": hit.alert,
        "data": hit.data,
    }


def _alert_row(screening_id: int, hit: Hit, now: datetime) -> dict[str, Any]:
    return {
        "at": now,
        "screening_id": screening_id,
        "entity_id": hit.entity_id,
        "entity_hash": hit.entity_hash,
        "score": hit.score,
        "status": "open",
    }
