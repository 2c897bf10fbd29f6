"""Screenings: what was asked, against which list versions, with which algorithm, what came
back and whether it raised alerts. Each is written with its audit record in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.engine import Connection

from tradeguard.store import audit
from tradeguard.store.database import write_transaction
from tradeguard.store.errors import Forbidden, NotFound
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
        body = audit.canonical(_audit(screening))  # before the writers' queue, not inside it
        with write_transaction(self.engine) as conn:
            seq = audit.append(conn, f"screening.{screening.kind}", screening.key_id, body)
            screening_id = _insert_screening(conn, screening, seq)
            alert_ids = [
                _insert_alert(conn, screening_id, hit) for hit in screening.hits if hit.alert
            ]
        return Recorded(screening_id, seq, alert_ids)

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


def _insert_screening(conn: Connection, screening: Screening, seq: int) -> int:
    # Values as execute() parameters (see audit.append): the statement compiles once.
    result = conn.execute(
        insert(screenings),
        {
            "at": datetime.now(UTC),
            "key_id": screening.key_id,
            "kind": screening.kind,
            "request": screening.request,
            "versions": screening.versions,
            "algorithm": screening.algorithm,
            "algorithm_version": screening.algorithm_version,
            "threshold": screening.threshold,
            "decision": screening.decision,
            "audit_seq": seq,
        },
    )
    key = result.inserted_primary_key
    assert key is not None
    screening_id = int(key[0])
    if screening.hits:
        conn.execute(
            insert(matches),
            [
                {
                    "screening_id": screening_id,
                    "rank": rank,
                    "entity_id": hit.entity_id,
                    "score": hit.score,
                    "alert": hit.alert,
                    "data": hit.data,
                }
                for rank, hit in enumerate(screening.hits, start=1)
            ],
        )
    return screening_id


def _insert_alert(conn: Connection, screening_id: int, hit: Hit) -> int:
    result = conn.execute(
        insert(alerts),
        {
            "at": datetime.now(UTC),
            "screening_id": screening_id,
            "entity_id": hit.entity_id,
            "entity_hash": hit.entity_hash,
            "score": hit.score,
            "status": "open",
        },
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])
