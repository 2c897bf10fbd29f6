"""GET /audit/verify: recompute the audit chain (admins)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from tradeguard.api.auth import require
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.store import audit
from tradeguard.store.keys import ApiKey

router = APIRouter(tags=["admin"])


@router.get("/audit/verify")
def verify(
    _key: Annotated[ApiKey, Depends(require("admin"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    with svc.db.connect() as conn:
        return asdict(audit.verify(conn))
