"""Shared route dependencies."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request

from tradeguard.api.state import Service

# SQLite and PostgreSQL keep row ids in signed 64-bit integers: a larger id in a path or query
# failed inside the database driver (500) instead of being refused as invalid (422).
MAX_ROW_ID = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
Limit = Annotated[int, Query(ge=1, le=1000)]


# async: FastAPI runs a plain `def` dependency in the thread pool, a hop that cost more than
# this attribute lookup does.
async def service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc
