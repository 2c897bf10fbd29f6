"""The audit page: search the hash-chained log, export a date range (the API's own export, so
the file and its audit record are the same as GET /audit/export gives), and, for admins, verify
the chain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from tradeguard.api.routes.audit import export as export_log
from tradeguard.store import audit
from tradeguard.store.audit import AuditRecord
from tradeguard.store.audit_search import AuditQuery, search
from tradeguard.store.errors import StoreError
from tradeguard.web.pages import PREFIX, Caller, check_post, render, service, signed_in

router = APIRouter()
Reader = Annotated[Caller, Depends(signed_in("read_all"))]

# Records listed per page; "older records" continues below the last one shown.
SHOWN = 100
# A text search reads at most this many records per page it shows: the text is matched in
# Python over the store's search (the payload is canonical JSON text, names included).
TEXT_SCAN = 20_000


@router.get(PREFIX + "/audit")
def audit_page(
    request: Request,
    caller: Reader,
    q: str = "",
    kind: str = "",
    actor: str = "",
    start: str = "",
    end: str = "",
    before: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    verify: str = "",
) -> Response:
    form = {"q": q, "kind": kind, "actor": actor, "start": start, "end": end}
    errors: list[str] = []
    first, stop = _span(start, end, errors)
    query = AuditQuery(actor.strip() or None, kind.strip() or None, first, stop, before, SHOWN)
    db = service(request).db
    records, older = _find(db, query, q.strip()) if not errors else ([], None)
    context: dict[str, Any] = {"records": records, "older": older, "form": form, "errors": errors}
    if verify and caller.can("admin"):
        with db.connect() as conn:
            context["verification"] = audit.verify(conn)
    return render(request, "audit.html", context)


def _span(start: str, end: str, errors: list[str]) -> tuple[str | None, str | None]:
    """ISO bounds for the store: from `start`, up to and including the day `end`."""
    first, last = _day(start, "from", errors), _day(end, "to", errors)
    stop = last + timedelta(days=1) if last else None
    return (first.isoformat() if first else None), (stop.isoformat() if stop else None)


def _day(text: str, label: str, errors: list[str]) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        errors.append(f"{label}: {text!r} is not a date; use YYYY-MM-DD")
        return None


def _find(db: Engine, query: AuditQuery, text: str) -> tuple[list[AuditRecord], int | None]:
    """A page of matching records, newest first, and the seq to continue below (if any)."""
    if not text:
        with db.connect() as conn:
            found = search(conn, query)
        return found, found[-1].seq if len(found) == query.limit else None
    wanted, scanned = text.casefold(), 0
    matched: list[AuditRecord] = []
    page = replace(query, limit=1000)
    with db.connect() as conn:
        while len(matched) < query.limit and scanned < TEXT_SCAN:
            batch = search(conn, page)
            matched += [r for r in batch if wanted in r.payload.casefold()]
            scanned += len(batch)
            if len(batch) < page.limit:
                return matched[: query.limit], None
            page = replace(page, before=batch[-1].seq)
    shown = matched[: query.limit]
    return shown, (shown[-1].seq if len(matched) >= query.limit else page.before)


@router.post(PREFIX + "/audit/export")
def export(
    request: Request,
    caller: Reader,
    start: Annotated[str, Form(max_length=20)] = "",
    end: Annotated[str, Form(max_length=20)] = "",
    fmt: Annotated[Literal["jsonl", "csv"], Form(alias="format")] = "jsonl",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    check_post(request, csrf, caller)
    errors: list[str] = []
    first, stop = _span(start, end, errors)
    if not errors:
        try:
            return export_log(caller.key, service(request), first, stop, fmt)
        except StoreError as error:
            errors.append(error.message)
    form = {"q": "", "kind": "", "actor": "", "start": start, "end": end}
    return render(
        request, "audit.html", {"records": [], "older": None, "form": form, "errors": errors}
    )
