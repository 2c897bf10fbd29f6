"""The audit log over HTTP: export it as evidence and search it (reviewers and admins, the
roles that read every screening already: the log holds nothing more personal than those), and
verify the chain (admins, as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy import Engine

from tradeguard.api.auth import require
from tradeguard.api.errors import ApiError
from tradeguard.api.routes.deps import MAX_ROW_ID, Limit, service
from tradeguard.api.state import Service
from tradeguard.store import audit
from tradeguard.store.audit_search import AuditQuery, search
from tradeguard.store.database import write_transaction
from tradeguard.store.export import LINES
from tradeguard.store.keys import ApiKey

router = APIRouter(tags=["audit"])

Admin = Annotated[ApiKey, Depends(require("admin"))]
Reader = Annotated[ApiKey, Depends(require("read_all"))]
From = Annotated[
    str | None, Query(alias="from", description="First day included, YYYY-MM-DD (UTC).")
]
To = Annotated[str | None, Query(alias="to", description="Day to stop before, YYYY-MM-DD (UTC).")]


class Refused(BaseModel):
    """A 422: our own message naming the parameter, or FastAPI's list for a wrong type."""

    detail: str | list[dict[str, Any]]


# Declared so that the schema admits both kinds of 422 (schemathesis checks answers against it).
_REFUSED: dict[int | str, dict[str, Any]] = {
    422: {"model": Refused, "description": "A parameter to fix, named in `detail`."}
}
_MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
# Lines are sent in chunks of about this many characters: one send per record would spend
# more time in the server than in the database.
_CHUNK = 64 * 1024
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _short_text(description: str) -> Any:
    # Actors and kinds are short and printable (the columns hold 32 and 40 characters);
    # PostgreSQL refuses a NUL in a string outright, which would be a 500 instead of a 422.
    return Query(description=description, max_length=64, pattern=r"^[^\x00-\x1f]*$")


@router.get("/audit/verify")
def verify(_key: Admin, svc: Annotated[Service, Depends(service)]) -> dict[str, Any]:
    with svc.db.connect() as conn:
        return asdict(audit.verify(conn))


@router.get(
    "/audit/export",
    response_class=StreamingResponse,
    responses={200: {"content": {media: {} for media in _MEDIA.values()}}, **_REFUSED},
)
def export(
    key: Reader,
    svc: Annotated[Service, Depends(service)],
    start: From = None,
    end: To = None,
    fmt: Annotated[Literal["jsonl", "csv"], Query(alias="format")] = "jsonl",
) -> StreamingResponse:
    """What `tradeguard audit export --from --to --format` writes, with every hash, so the
    records can be re-verified: records at or after `from` and before `to`."""
    first, stop = _span(start, end)
    # Taking a copy of the log, personal data included, is itself an audited act (as on the
    # audit page); recorded first, so an export covering today shows its own record.
    with write_transaction(svc.db) as conn:
        audit.append(conn, "audit.export", key.id, {"from": first, "to": stop, "format": fmt})
    name = f"audit-{first or 'start'}-{stop or 'now'}.{fmt}"
    return StreamingResponse(
        _chunks(_lines(svc.db, first, stop, fmt)),
        media_type=_MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/audit/search", responses=_REFUSED)
def find(
    _key: Reader,
    svc: Annotated[Service, Depends(service)],
    start: From = None,
    end: To = None,
    actor: Annotated[str | None, _short_text("A key id, e.g. k_0123456789ab.")] = None,
    kind: Annotated[str | None, _short_text("A kind (alert.confirm) or a family (alert).")] = None,
    before: Annotated[
        int | None, Query(ge=1, le=MAX_ROW_ID, description="Next page: `next_before`.")
    ] = None,
    limit: Limit = 100,
) -> dict[str, Any]:
    """Audit records, newest first, a page at a time."""
    first, stop = _span(start, end)
    query = AuditQuery(actor, kind, first, stop, before, limit)
    with svc.db.connect() as conn:
        found = search(conn, query)
    more = len(found) == limit
    return {
        "records": [r.to_dict() for r in found],
        "next_before": found[-1].seq if more and found else None,
    }


def _span(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    first, stop = _day("from", start), _day("to", end)
    if first and stop and first > stop:
        raise ApiError(422, f"from ({first}) is after to ({stop}); swap them")
    return first, stop


def _day(name: str, value: str | None) -> str | None:
    if not value:
        return None
    if _DAY.fullmatch(value):
        try:
            date.fromisoformat(value)
            return value
        except ValueError:  # a day that does not exist, such as 2026-02-30
            pass
    raise ApiError(
        422, f"{name}: expected a date as YYYY-MM-DD, e.g. 2026-01-31; got {value[:40]!r}"
    )


def _lines(db: Engine, start: str | None, end: str | None, fmt: str) -> Iterator[str]:
    # The connection is opened when streaming starts and closed when it ends or the client
    # goes away; stream_results keeps PostgreSQL from loading the whole log into memory.
    with db.connect() as conn:
        conn.execution_options(stream_results=True)
        yield from LINES[fmt](audit.records(conn, start, end))


def _chunks(lines: Iterator[str]) -> Iterator[str]:
    chunk: list[str] = []
    size = 0
    for line in lines:
        chunk.append(line)
        size += len(line)
        if size >= _CHUNK:
            yield "".join(chunk)
            chunk, size = [], 0
    if chunk:
        yield "".join(chunk)
