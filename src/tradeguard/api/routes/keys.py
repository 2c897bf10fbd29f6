"""API key management, for admins. A new key's secret appears in this one response only."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from tradeguard.api.auth import require
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.auth.roles import Role
from tradeguard.auth.tokens import create_key
from tradeguard.store.keys import ApiKey, KeyStore

router = APIRouter(tags=["admin"])


class NewKeyRequest(BaseModel):
    role: Role
    label: str | None = None


@router.post("/keys", status_code=201)
def new_key(
    body: NewKeyRequest,
    key: Annotated[ApiKey, Depends(require("admin"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    made = create_key(svc.db, body.role, body.label, key.id)
    return {"id": made.key.id, "role": made.key.role, "key": made.token}


@router.get("/keys")
def list_keys(
    _key: Annotated[ApiKey, Depends(require("admin"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    return {
        "keys": [
            {"id": k.id, "role": k.role, "label": k.label, "revoked": k.revoked}
            for k in KeyStore(svc.db).all()
        ]
    }


@router.delete("/keys/{key_id}")
def revoke_key(
    key_id: str,
    key: Annotated[ApiKey, Depends(require("admin"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, str]:
    KeyStore(svc.db).revoke(key_id, key.id)
    return {"id": key_id, "status": "revoked"}
