"""One exception handler: every error a client can fix becomes {"detail": message} with the
status it carries; nothing about the request body is logged."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tradeguard.engine import NoListsLoaded
from tradeguard.matching.query import QueryError
from tradeguard.store.errors import StoreError


class ApiError(StoreError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _status(error: Exception) -> int:
    if isinstance(error, StoreError):
        return error.status
    if isinstance(error, NoListsLoaded):
        return 503
    return 400  # QueryError: a field of the query to fix


async def _handle(_request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=_status(error))


def install(app: FastAPI) -> None:
    for kind in (StoreError, NoListsLoaded, QueryError):
        app.add_exception_handler(kind, _handle)
