"""The review queue: the newest alerts by status, list and score, filtered in the database.

AlertStore.find lists oldest first with a status filter only; a queue needs the newest first
and the list and score filters applied before the limit, or old alerts would crowd out new ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from tradeguard.store.alerts import Alert
from tradeguard.store.schema import alerts


@dataclass(slots=True, frozen=True)
class QueueFilter:
    status: str | None = None
    list_id: str | None = None
    min_score: float = 0.0


def newest(db: Engine, where: QueueFilter, limit: int) -> list[Alert]:
    query = select(alerts).order_by(alerts.c.id.desc()).limit(limit)
    if where.status:
        query = query.where(alerts.c.status == where.status)
    if where.list_id:
        # Entity ids are "<list_id>:<entry_id>"; list ids contain no ":", so this is exact.
        query = query.where(alerts.c.entity_id.startswith(where.list_id + ":", autoescape=True))
    if where.min_score > 0:
        query = query.where(alerts.c.score >= where.min_score)
    with db.connect() as conn:
        return [Alert(**{**row._asdict(), "at": row.at.isoformat()}) for row in conn.execute(query)]
