"""The entity page: every name with its script, birth dates, identifiers, programmes, the
source list and its version, and the listing date."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from tradeguard.names.scripts import script_of
from tradeguard.web.pages import PREFIX, Caller, PageError, render, service, signed_in

router = APIRouter()


@router.get(PREFIX + "/entities/{entity_id:path}")
def entity_page(
    request: Request,
    entity_id: str,
    _caller: Annotated[Caller, Depends(signed_in("screen"))],
) -> Response:
    svc = service(request)
    entity = svc.entity(entity_id)
    if entity is None:
        raise PageError(404, f"no loaded entity {entity_id!r}; it may have left its list")
    version = next((v for v in svc.versions() if v.list_id == entity.list_id), None)
    names = [(n, script_of(n.value)) for n in entity.names]
    linked = [f"{entity.list_id}:{entry}" for entry in entity.linked_to]
    return render(
        request,
        "entity.html",
        {"entity": entity, "names": names, "version": version, "linked": linked},
    )
