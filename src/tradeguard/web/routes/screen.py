"""The screen page: a name (with schema, birth date and country) or a whole deal.

Both forms call what POST /match and POST /screen call, so every screening made here is
recorded, raises its alerts and lands in the audit trail exactly as an API call would.
"""

from __future__ import annotations

from datetime import date
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from tradeguard.api.routes.match import DEFAULT_CUTOFF
from tradeguard.api.routes.screen import screen as screen_deal
from tradeguard.api.screening import MatchParams, screen_example
from tradeguard.api.yente import EntityExample
from tradeguard.engine import NoListsLoaded
from tradeguard.matching.query import QueryError
from tradeguard.matching.scorer import DEFAULT_THRESHOLD
from tradeguard.model import SCHEMAS
from tradeguard.store.errors import StoreError
from tradeguard.web.dealinput import decode, read_deal
from tradeguard.web.dealview import deal_view
from tradeguard.web.pages import PREFIX, Caller, check_post, render, service, signed_in
from tradeguard.web.routes.lists import stale_versions
from tradeguard.web.views import HitView, from_match

router = APIRouter()

# Hits shown per name: the alerting ones and a few below the threshold for context.
LIMIT = 10
PARAMS = MatchParams(DEFAULT_THRESHOLD, min(DEFAULT_CUTOFF, DEFAULT_THRESHOLD), LIMIT, "default")
Screener = Annotated[Caller, Depends(signed_in("screen"))]


def running_example() -> str:
    return files("tradeguard").joinpath("data", "running-example.yaml").read_text("utf-8")


def _page(request: Request, **context: Any) -> Response:
    defaults: dict[str, Any] = {
        "schemas": SCHEMAS,
        "name_form": {},
        "deal_text": "",
        "hits": None,
        "deal": None,
        "error": None,
        "stale": stale_versions(request),
    }
    return render(request, "screen.html", {**defaults, **context})


@router.get(PREFIX + "/screen")
def screen_page(request: Request, _caller: Screener, example: str = "") -> Response:
    return _page(request, deal_text=running_example() if example == "deal" else "")


@router.post(PREFIX + "/screen/name")
def screen_name(
    request: Request,
    caller: Screener,
    name: Annotated[str, Form(max_length=500)] = "",
    schema_: Annotated[str, Form(alias="schema", max_length=40)] = "",
    birth_date: Annotated[str, Form(max_length=20)] = "",
    country: Annotated[str, Form(max_length=100)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    check_post(request, csrf, caller)
    form = {"name": name, "schema": schema_, "birth_date": birth_date, "country": country}
    try:
        result = screen_example(service(request), caller.key, _example(form), PARAMS)
    except (StoreError, QueryError, NoListsLoaded) as error:
        # Answered 200 with the message in the page: a 4xx would show as a browser error too.
        return _page(request, name_form=form, error=str(error))
    return _page(request, name_form=form, hits=_hits(result, name), screening=result)


def _example(form: dict[str, str]) -> EntityExample:
    properties = {"name": [form["name"]]}
    if form["birth_date"].strip():
        properties["birthDate"] = [form["birth_date"].strip()]
    if form["country"].strip():
        properties["country"] = [form["country"].strip()]
    # "Thing" is what yente clients send for "any schema"; to_queries reads it as no schema.
    return EntityExample(schema=form["schema"] or "Thing", properties=properties)


def _hits(result: dict[str, Any], query: str) -> list[HitView]:
    # Alerts are raised in result order for the results flagged as matches.
    alert_ids = iter(result["alert_ids"])
    return [
        from_match(r["tradeguard"], query, next(alert_ids) if r["match"] else None)
        for r in result["results"]
    ]


@router.post(PREFIX + "/screen/deal")
def screen_deal_page(
    request: Request,
    caller: Screener,
    deal_text: Annotated[str, Form(max_length=500_000)] = "",
    deal_file: Annotated[UploadFile | None, File()] = None,
    on: Annotated[str, Form(max_length=20)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    check_post(request, csrf, caller)
    # Browsers send an empty, nameless part when no file was chosen.
    upload = deal_file if deal_file is not None and deal_file.filename else None
    try:
        if upload is not None:
            deal_text = decode(upload.file.read())
        raw = read_deal(deal_text, upload.filename or "" if upload else "")
        when = _date(on)
        result = screen_deal(raw, caller.key, service(request), when)
    except (StoreError, ValueError, NoListsLoaded) as error:
        # ValueError covers the deal's own field errors (DealError, QueryError, FxError).
        return _page(request, deal_text=deal_text, deal_on=on, error=str(error))
    view = deal_view(result, raw)
    return _page(request, deal_text=deal_text, deal_on=on, deal=view)


def _date(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise ValueError(f"on: {text!r} is not a date; use YYYY-MM-DD") from error
