"""Counterparties under ongoing screening: registered once, re-screened when lists change."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from tradeguard.store import audit
from tradeguard.store.database import write_transaction
from tradeguard.store.schema import counterparties


@dataclass(slots=True, frozen=True)
class Counterparty:
    external_id: str
    name: str
    schema: str | None = None
    birth_date: str | None = None
    country: str | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class CounterpartyStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def upsert(self, items: list[Counterparty], key_id: str | None) -> list[Counterparty]:
        """Register counterparties; an existing external id is updated in place."""
        with write_transaction(self.engine) as conn:
            audit.append(
                conn,
                "counterparty.upsert",
                key_id,
                {"counterparties": [c.to_dict() for c in items]},
            )
            for item in items:
                values = {
                    "name": item.name,
                    "schema": item.schema,
                    "birth_date": item.birth_date,
                    "country": item.country,
                }
                done = conn.execute(
                    update(counterparties)
                    .where(counterparties.c.external_id == item.external_id)
                    .values(**values)
                )
                if done.rowcount == 0:
                    conn.execute(
                        insert(counterparties).values(
                            external_id=item.external_id,
                            key_id=key_id,
                            created_at=datetime.now(UTC),
                            **values,
                        )
                    )
        wanted = {c.external_id for c in items}
        return [c for c in self.all() if c.external_id in wanted]

    def all(self) -> list[Counterparty]:
        query = select(counterparties).order_by(counterparties.c.id)
        with self.engine.connect() as conn:
            return [
                Counterparty(r.external_id, r.name, r.schema, r.birth_date, r.country, r.id)
                for r in conn.execute(query)
            ]
