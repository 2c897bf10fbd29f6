"""Ongoing screening: when lists change, screen registered counterparties against only the
added and changed entries, and alert on hits that are new.

A small index over the touched entries finds which counterparties could match at all (the
cheap direction: a few entries, every counterparty). Only those are then scored against the
full index, so scores (token weights) are exactly those a normal screening gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Match, Matcher
from tradeguard.matching.query import Query, make_query
from tradeguard.matching.scorer import ALGORITHM, DEFAULT_THRESHOLD, VERSION
from tradeguard.model import Entity
from tradeguard.store import audit
from tradeguard.store.alerts import raise_for_counterparty
from tradeguard.store.counterparties import Counterparty
from tradeguard.store.database import lock_audit_head, write_transaction
from tradeguard.store.hashing import entity_hash
from tradeguard.store.schema import list_versions

# A counterparty "could match" a touched entry when its name scores this much against it;
# yente's default cutoff, well below the alert threshold so no real hit is missed.
COULD_MATCH = 0.5
# Hits kept per counterparty from the full index before keeping only touched entries.
TOP = 20


@dataclass(slots=True, frozen=True)
class RescreenReport:
    counterparties: int  # registered
    screened: int  # could match a touched entry, so scored against the full index
    hits: int  # (counterparty, entry) pairs at or above the threshold
    new_alerts: int  # hits not already alerted or decided for this entry content

    def summary(self) -> str:
        return (
            f"{self.screened} of {self.counterparties} counterparties re-screened, "
            f"{self.hits} hits, {self.new_alerts} new alerts"
        )


def counterparty_query(cp: Counterparty) -> Query:
    return make_query(cp.name, cp.schema, cp.birth_date, cp.country)


def rescreen_touched(
    db: Engine,
    touched: Sequence[Entity],
    counterparties: Sequence[Counterparty],
    full: Matcher,
    actor: str | None = None,
) -> RescreenReport:
    if not touched or not counterparties:
        return RescreenReport(len(counterparties), 0, 0, 0)
    small = Matcher(NameIndex(list(touched)))
    affected = [cp for cp in counterparties if small.match(counterparty_query(cp), 1, COULD_MATCH)]
    wanted = {e.id for e in touched}
    return screen(db, affected, full, wanted, actor, total=len(counterparties))


def screen(
    db: Engine,
    counterparties: Sequence[Counterparty],
    matcher: Matcher,
    only: set[str] | None = None,
    actor: str | None = None,
    total: int | None = None,
) -> RescreenReport:
    """Screen counterparties (optionally keeping hits on `only` these entries) and alert."""
    pairs: list[tuple[Counterparty, Match]] = []
    for cp in counterparties:
        for hit in matcher.match(counterparty_query(cp), TOP, DEFAULT_THRESHOLD):
            if only is None or hit.entity.id in only:
                pairs.append((cp, hit))
    new_alerts = _alert(db, pairs, actor, len(counterparties))
    count = len(counterparties) if total is None else total
    return RescreenReport(count, len(counterparties), len(pairs), new_alerts)


def _alert(
    db: Engine, pairs: list[tuple[Counterparty, Match]], actor: str | None, screened: int
) -> int:
    """Raise the new alerts and audit the screening as one record, in one transaction."""
    with write_transaction(db) as conn:
        lock_audit_head(conn)  # first, so SQLite serialises this writer with other appenders
        hits = [_hit(conn, cp, hit) for cp, hit in pairs]
        audit.append(
            conn,
            "screening.counterparties",
            actor,
            {
                "screened": screened,
                "versions": _active_versions(conn),
                "algorithm": ALGORITHM,
                "algorithm_version": VERSION,
                "threshold": DEFAULT_THRESHOLD,
                "results": hits,
            },
        )
    return sum(1 for h in hits if h["alert_id"] is not None)


def _hit(conn: Connection, cp: Counterparty, hit: Match) -> dict[str, Any]:
    assert cp.id is not None  # counterparties come from the store
    digest = entity_hash(hit.entity)
    return {
        "counterparty": cp.external_id,
        "entity_id": hit.entity.id,
        "entity_hash": digest,
        "score": hit.score,
        "alert_id": raise_for_counterparty(conn, cp.id, hit.entity.id, digest, hit.score),
    }


def _active_versions(conn: Connection) -> list[dict[str, Any]]:
    query = select(list_versions.c.list_id, list_versions.c.id, list_versions.c.content_hash)
    rows = conn.execute(query.where(list_versions.c.active.is_(True)))
    return [
        {"list_id": r.list_id, "version_id": r.id, "content_hash": r.content_hash} for r in rows
    ]
