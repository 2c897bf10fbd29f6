"""The lists page: versions loaded, as-of dates and age, the last diff, failed updates, and a
warning for every list older than the staleness limit."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from tradeguard.api.routes.lists import lists as list_status
from tradeguard.store.snapshots import ListVersion
from tradeguard.web.pages import PREFIX, Caller, render, service, signed_in, web

router = APIRouter()


def stale_versions(request: Request) -> list[ListVersion]:
    limit = web(request).stale_days
    return [v for v in service(request).engine.versions() if v.age_days() > limit]


@router.get(PREFIX + "/lists")
def lists_page(
    request: Request, caller: Annotated[Caller, Depends(signed_in("screen"))]
) -> Response:
    # The same answer GET /lists gives, so the page and the API never disagree.
    status: dict[str, Any] = list_status(caller.key, service(request))
    limit = web(request).stale_days
    for entry in status["lists"]:
        entry["stale"] = entry["age_days"] > limit
    return render(request, "lists.html", {**status, "stale_days": limit})
