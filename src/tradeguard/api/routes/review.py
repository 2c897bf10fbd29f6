"""Alert review with four eyes: /alerts to see and decide, /decisions for the record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from tradeguard.api.auth import require
from tradeguard.api.routes.deps import Limit, RowId, service
from tradeguard.api.state import Service
from tradeguard.store.alerts import AlertStore, Verdict
from tradeguard.store.keys import ApiKey

router = APIRouter(tags=["review"])


class Proposal(BaseModel):
    decision: Verdict
    comment: str = Field(min_length=1, max_length=4000)


class SecondLook(BaseModel):
    comment: str = Field(default="", max_length=4000)


@router.get("/alerts")
def list_alerts(
    _key: Annotated[ApiKey, Depends(require("read_all"))],
    svc: Annotated[Service, Depends(service)],
    status: str | None = None,
    limit: Limit = 100,
) -> dict[str, Any]:
    found = AlertStore(svc.db).find(status, limit)
    return {"alerts": [a.to_dict() for a in found], "total": len(found)}


@router.get("/alerts/{alert_id}")
def get_alert(
    alert_id: RowId,
    _key: Annotated[ApiKey, Depends(require("read_all"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    store = AlertStore(svc.db)
    return {**store.get(alert_id).to_dict(), "decisions": store.decisions(alert_id)}


@router.post("/alerts/{alert_id}/propose")
def propose(
    alert_id: RowId,
    body: Proposal,
    key: Annotated[ApiKey, Depends(require("review"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    return AlertStore(svc.db).propose(alert_id, key.id, body.decision, body.comment).to_dict()


@router.post("/alerts/{alert_id}/confirm")
def confirm(
    alert_id: RowId,
    body: SecondLook,
    key: Annotated[ApiKey, Depends(require("review"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    return AlertStore(svc.db).confirm(alert_id, key.id, body.comment).to_dict()


@router.post("/alerts/{alert_id}/reject")
def reject(
    alert_id: RowId,
    body: SecondLook,
    key: Annotated[ApiKey, Depends(require("review"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    return AlertStore(svc.db).reject(alert_id, key.id, body.comment).to_dict()


@router.get("/decisions")
def decisions(
    _key: Annotated[ApiKey, Depends(require("read_all"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    found = AlertStore(svc.db).decisions()
    return {"decisions": found, "total": len(found)}
