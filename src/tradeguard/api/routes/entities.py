"""GET /entities/{id}: one listed entry as FtM JSON plus tradeguard's own fields."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from tradeguard.api.auth import require
from tradeguard.api.errors import ApiError
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.ftm import to_ftm
from tradeguard.serialize import entity_to_dict
from tradeguard.store.keys import ApiKey

router = APIRouter(tags=["entities"])


@router.get("/entities/{entity_id}")
def entity(
    entity_id: str,
    _key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    """Accepts our id ("un-sc:KPi.033") or its FtM form ("un-sc-KPi.033")."""
    found = svc.entity(entity_id)
    if found is None:
        raise ApiError(404, f"no loaded entity {entity_id!r}; ids come from /match results")
    return {**to_ftm(found), "caption": found.caption, "tradeguard": entity_to_dict(found)}
