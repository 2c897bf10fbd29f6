"""POST /compare: two names, one score."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from tradeguard.api.auth import require
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.matching.compare import compare_names
from tradeguard.matching.query import QueryError
from tradeguard.store.keys import ApiKey

router = APIRouter(tags=["matching"])


class CompareRequest(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    name_a: str
    name_b: str
    schema_: str | None = Field(default=None, alias="schema")


@router.post("/compare")
def compare(
    body: CompareRequest,
    _key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    if not body.name_a.strip() or not body.name_b.strip():
        raise QueryError("name_a and name_b: both names must be non-empty")
    index = svc.index() if svc.engine.versions() else None
    result = compare_names(body.name_a, body.name_b, body.schema_, index)
    return {"score": result.score, "match": result.match}
