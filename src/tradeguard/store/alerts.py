"""Alert review with four eyes: one reviewer proposes, a different one confirms or rejects.
Every step is a decision row and an audit record, written in one transaction."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection

from tradeguard.store import audit
from tradeguard.store.database import write_transaction
from tradeguard.store.errors import Conflict, Forbidden, NotFound
from tradeguard.store.schema import alerts, decisions

Verdict = Literal["true_match", "false_positive"]
Action = Literal["propose", "confirm", "reject"]


@dataclass(slots=True, frozen=True)
class Alert:
    id: int
    at: str
    screening_id: int | None
    counterparty_id: int | None
    entity_id: str
    entity_hash: str
    score: float
    status: str  # open -> proposed -> closed (or back to open when a proposal is rejected)
    proposal: str | None
    proposed_by: str | None
    decision: str | None
    confirmed_by: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class AlertStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def find(self, status: str | None = None, limit: int = 100) -> list[Alert]:
        query = select(alerts).order_by(alerts.c.id).limit(limit)
        if status:
            query = query.where(alerts.c.status == status)
        with self.engine.connect() as conn:
            return [_alert(r) for r in conn.execute(query)]

    def get(self, alert_id: int) -> Alert:
        with self.engine.connect() as conn:
            return _fetch(conn, alert_id)

    def decisions(self, alert_id: int | None = None) -> list[dict[str, Any]]:
        query = select(decisions).order_by(decisions.c.id)
        if alert_id is not None:
            query = query.where(decisions.c.alert_id == alert_id)
        with self.engine.connect() as conn:
            return [{**r._asdict(), "at": r.at.isoformat()} for r in conn.execute(query)]

    def propose(self, alert_id: int, key_id: str, verdict: Verdict, comment: str) -> Alert:
        with write_transaction(self.engine) as conn:
            audit.append(conn, "alert.propose", key_id, _event(alert_id, verdict, comment))
            alert = _fetch(conn, alert_id)
            if alert.status != "open":
                raise Conflict(
                    f"alert {alert_id} is {alert.status}; only an open alert takes a proposal"
                )
            _decide(conn, alert_id, key_id, "propose", verdict, comment)
            _set(conn, alert_id, status="proposed", proposal=verdict, proposed_by=key_id)
            return _fetch(conn, alert_id)

    def confirm(self, alert_id: int, key_id: str, comment: str) -> Alert:
        with write_transaction(self.engine) as conn:
            alert = self._second_look(conn, alert_id, key_id, "confirm", comment)
            _set(conn, alert_id, status="closed", decision=alert.proposal, confirmed_by=key_id)
            return _fetch(conn, alert_id)

    def reject(self, alert_id: int, key_id: str, comment: str) -> Alert:
        with write_transaction(self.engine) as conn:
            self._second_look(conn, alert_id, key_id, "reject", comment)
            _set(conn, alert_id, status="open", proposal=None, proposed_by=None)
            return _fetch(conn, alert_id)

    def _second_look(
        self, conn: Connection, alert_id: int, key_id: str, action: Action, comment: str
    ) -> Alert:
        audit.append(conn, f"alert.{action}", key_id, _event(alert_id, None, comment))
        alert = _fetch(conn, alert_id)
        if alert.status != "proposed" or alert.proposal is None:
            raise Conflict(
                f"alert {alert_id} is {alert.status}; propose a decision before confirming it"
            )
        if alert.proposed_by == key_id:
            raise Forbidden(
                f"four eyes: key {key_id} proposed alert {alert_id}'s decision, so a "
                "different reviewer must confirm or reject it"
            )
        _decide(conn, alert_id, key_id, action, alert.proposal, comment)
        return alert


def raise_for_counterparty(
    conn: Connection, counterparty_id: int, entity_id: str, entity_hash: str, score: float
) -> int | None:
    """Open an alert unless this counterparty already has one for this exact entry content.

    An existing alert (open, or decided) for the same entry content means the hit is not new:
    a confirmed false positive carries forward until the listed entry changes.
    """
    existing = conn.execute(
        select(alerts.c.id).where(
            alerts.c.counterparty_id == counterparty_id,
            alerts.c.entity_id == entity_id,
            alerts.c.entity_hash == entity_hash,
        )
    ).first()
    if existing is not None:
        return None
    result = conn.execute(
        insert(alerts).values(
            at=datetime.now(UTC),
            counterparty_id=counterparty_id,
            entity_id=entity_id,
            entity_hash=entity_hash,
            score=score,
            status="open",
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _event(alert_id: int, verdict: str | None, comment: str) -> dict[str, Any]:
    return {"alert_id": alert_id, "decision": verdict, "comment": comment}


def _fetch(conn: Connection, alert_id: int) -> Alert:
    row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).first()
    if row is None:
        raise NotFound(f"no alert {alert_id}; GET /alerts lists them")
    return _alert(row)


def _decide(
    conn: Connection, alert_id: int, key_id: str, action: str, verdict: str, comment: str
) -> None:
    conn.execute(
        insert(decisions).values(
            alert_id=alert_id,
            at=datetime.now(UTC),
            key_id=key_id,
            action=action,
            decision=verdict,
            comment=comment,
        )
    )


def _set(conn: Connection, alert_id: int, **values: Any) -> None:
    conn.execute(update(alerts).where(alerts.c.id == alert_id).values(**values))


def _alert(row: Any) -> Alert:
    return Alert(
        id=row.id,
        at=row.at.isoformat(),
        screening_id=row.screening_id,
        counterparty_id=row.counterparty_id,
        entity_id=row.entity_id,
        entity_hash=row.entity_hash,
        score=row.score,
        status=row.status,
        proposal=row.proposal,
        proposed_by=row.proposed_by,
        decision=row.decision,
        confirmed_by=row.confirmed_by,
    )
