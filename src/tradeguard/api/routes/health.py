"""Liveness and readiness, open to anyone (load balancers send no key)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from tradeguard.api.errors import ApiError
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service

router = APIRouter(tags=["system"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(svc: Annotated[Service, Depends(service)]) -> dict[str, str]:
    """Ready once lists are loaded and the index is built."""
    if not svc.ready:
        raise ApiError(503, svc.error or "building the index; try again shortly")
    return {"status": "ok"}
