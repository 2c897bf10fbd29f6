"""Finding audit records by actor, kind and time, newest first, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from tradeguard.store.audit import AuditRecord
from tradeguard.store.schema import audit_log


@dataclass(slots=True, frozen=True)
class AuditQuery:
    actor: str | None = None  # a key id, or the CLI's actor name
    kind: str | None = None  # "alert.confirm", or a family: "alert" finds every alert.* record
    start: str | None = None  # ISO time, included
    end: str | None = None  # ISO time, excluded, as in `tradeguard audit export --to`
    before: int | None = None  # a seq: the next page starts below the last one seen
    limit: int = 100


def search(conn: Connection, query: AuditQuery) -> list[AuditRecord]:
    col = audit_log.c
    sql = select(audit_log).order_by(col.seq.desc()).limit(query.limit)
    if query.actor:
        sql = sql.where(col.actor == query.actor)
    if query.kind:
        sql = sql.where(
            or_(col.kind == query.kind, col.kind.startswith(query.kind + ".", autoescape=True))
        )
    if query.start:
        sql = sql.where(col.at >= query.start)
    if query.end:
        sql = sql.where(col.at < query.end)
    if query.before is not None:
        sql = sql.where(col.seq < query.before)
    return [
        AuditRecord(r.seq, r.at, r.kind, r.actor, r.payload, r.prev_hash, r.hash)
        for r in conn.execute(sql)
    ]
