"""GET /screenings and /screenings/{id}: a screener sees their own; reviewers and admins
see all."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from tradeguard.api.auth import require
from tradeguard.api.routes.deps import Limit, RowId, service
from tradeguard.api.state import Service
from tradeguard.auth.roles import allows
from tradeguard.store.keys import ApiKey
from tradeguard.store.screenings import ScreeningStore

router = APIRouter(tags=["matching"])


@router.get("/screenings")
def listing(
    key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
    limit: Limit = 50,
) -> dict[str, Any]:
    """The latest screenings: a screener's own, or everyone's for reviewers and admins."""
    mine = None if allows(key.role, "read_all") else key.id
    found = ScreeningStore(svc.db).find(mine, limit)
    return {"screenings": found, "total": len(found)}


@router.get("/screenings/{screening_id}")
def screening(
    screening_id: RowId,
    key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    return ScreeningStore(svc.db).get(screening_id, key.id, allows(key.role, "read_all"))
