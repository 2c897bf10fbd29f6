"""Counterparties under ongoing screening: registering one screens it at once; later list
updates re-screen it against the entries they add or change."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from tradeguard.api.auth import require
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.matching.matcher import Matcher
from tradeguard.store.counterparties import Counterparty, CounterpartyStore
from tradeguard.store.keys import ApiKey
from tradeguard.updates.rescreen import counterparty_query, screen

router = APIRouter(tags=["counterparties"])


class CounterpartyIn(BaseModel):
    external_id: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=1000)
    schema_: str | None = Field(default=None, alias="schema")
    birth_date: str | None = None
    country: str | None = None


class CounterpartiesIn(BaseModel):
    counterparties: list[CounterpartyIn] = Field(min_length=1, max_length=10000)


@router.post("/counterparties", status_code=201)
def register(
    body: CounterpartiesIn,
    key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    items = [_validated(c) for c in body.counterparties]
    stored = CounterpartyStore(svc.db).upsert(items, key.id)
    report = screen(svc.db, stored, Matcher(svc.index()), actor=key.id)
    return {
        "counterparties": [c.to_dict() for c in stored],
        "screening": {"hits": report.hits, "new_alerts": report.new_alerts},
    }


@router.get("/counterparties")
def listing(
    _key: Annotated[ApiKey, Depends(require("read_all"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    found = CounterpartyStore(svc.db).all()
    return {"counterparties": [c.to_dict() for c in found], "total": len(found)}


def _validated(item: CounterpartyIn) -> Counterparty:
    """Store the normalised form (country as ISO code); make_query names any bad field."""
    cp = Counterparty(item.external_id, item.name, item.schema_, item.birth_date, item.country)
    query = counterparty_query(cp)
    country = query.countries[0] if query.countries else None
    return Counterparty(cp.external_id, cp.name, query.schema, cp.birth_date, country)
