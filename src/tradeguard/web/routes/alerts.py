"""The alert queue and one alert's page: the hit behind it, its history, and the four-eyes
forms. Proposing and confirming go through the same AlertStore calls as /alerts/{id}/..., so the
confirmer-differs-from-proposer rule and the audit records are the API's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError

from tradeguard.api.routes.review import Proposal, SecondLook
from tradeguard.store.alerts import Alert, AlertStore
from tradeguard.store.errors import NotFound, StoreError
from tradeguard.store.keys import KeyStore
from tradeguard.store.screenings import ScreeningStore
from tradeguard.web.alertqueue import QueueFilter, newest
from tradeguard.web.pages import (
    PREFIX,
    Caller,
    PageError,
    check_post,
    flash,
    redirect,
    render,
    service,
    signed_in,
)
from tradeguard.web.views import HitView, from_match

router = APIRouter()
M = TypeVar("M", bound=BaseModel)
Reader = Annotated[Caller, Depends(signed_in("read_all"))]
Reviewer = Annotated[Caller, Depends(signed_in("review"))]
# Ids fit a 64-bit integer column; a larger number is refused before it reaches the database.
AlertId = Annotated[int, Path(ge=1, le=2**63 - 1)]

STATUSES = ("open", "proposed", "closed")
# Alerts shown per page of the queue, newest first; the filters narrow a longer backlog.
SHOWN = 200
_SECOND_LOOKS: dict[str, tuple[Callable[[AlertStore, int, str, str], Alert], str]] = {
    "confirm": (AlertStore.confirm, "confirmed and closed"),
    "reject": (AlertStore.reject, "proposal rejected; the alert is open again"),
}


@router.get(PREFIX + "/alerts")
def queue(
    request: Request,
    _caller: Reader,
    status: str = "",
    list_id: str = "",
    min_score: str = "",
) -> Response:
    svc = service(request)
    floor, error = _score(min_score)
    where = QueueFilter(status if status in STATUSES else None, list_id or None, floor)
    rows = [(a, svc.entity(a.entity_id)) for a in newest(svc.db, where, SHOWN)]
    filters = {"status": status, "list_id": list_id, "min_score": min_score}
    lists = sorted({v.list_id for v in svc.engine.versions()})
    context = {"rows": rows, "filters": filters, "statuses": STATUSES, "lists": lists}
    return render(request, "alerts.html", {**context, "error": error, "shown": SHOWN})


def _score(text: str) -> tuple[float, str | None]:
    if not text.strip():
        return 0.0, None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        return 0.0, f"minimum score: {text!r} is not a number between 0 and 1"
    return value, None


@router.get(PREFIX + "/alerts/{alert_id}")
def alert_page(request: Request, alert_id: AlertId, caller: Reader) -> Response:
    svc = service(request)
    store = AlertStore(svc.db)
    try:
        alert = store.get(alert_id)
    except NotFound as error:
        raise PageError(404, error.message) from error
    labels = {k.id: k.label for k in KeyStore(svc.db).all()}
    context: dict[str, Any] = {
        "alert": alert,
        "hit": _hit(svc.db, alert, caller),
        "entity": svc.entity(alert.entity_id),
        "history": store.decisions(alert_id),
        "labels": labels,
    }
    return render(request, "alert.html", context)


def _hit(db: Any, alert: Alert, caller: Caller) -> HitView | None:
    """The match as the screening that raised the alert recorded it."""
    if alert.screening_id is None:
        return None  # raised by re-screening a counterparty, not by a screening request
    screening = ScreeningStore(db).get(alert.screening_id, caller.key.id, see_all=True)
    names = screening["request"].get("properties", {}).get("name", [])
    for data in screening["results"]:
        if data["entity_id"] == alert.entity_id:
            return from_match(data, names[0] if names else "")
    return None


@router.post(PREFIX + "/alerts/{alert_id}/propose")
def propose(
    request: Request,
    alert_id: AlertId,
    caller: Reviewer,
    decision: Annotated[str, Form()] = "",
    comment: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    check_post(request, csrf, caller)
    body = _valid(Proposal, {"decision": decision, "comment": comment})
    if isinstance(body, str):
        return _refused(request, alert_id, body)
    return _act(
        request,
        alert_id,
        lambda store: store.propose(alert_id, caller.key.id, body.decision, body.comment),
        "proposed; a second reviewer must now confirm or reject it",
    )


@router.post(PREFIX + "/alerts/{alert_id}/{action}")
def second_look(
    request: Request,
    alert_id: AlertId,
    action: str,
    caller: Reviewer,
    comment: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    check_post(request, csrf, caller)
    if action not in _SECOND_LOOKS:
        raise PageError(404, f"no alert action {action!r}")
    body = _valid(SecondLook, {"comment": comment})
    if isinstance(body, str):
        return _refused(request, alert_id, body)
    method, done = _SECOND_LOOKS[action]
    return _act(
        request,
        alert_id,
        lambda store: method(store, alert_id, caller.key.id, body.comment),
        done,
    )


def _valid(model: type[M], values: dict[str, str]) -> M | str:
    try:
        return model.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"


def _act(
    request: Request, alert_id: int, step: Callable[[AlertStore], Alert], done: str
) -> Response:
    try:
        step(AlertStore(service(request).db))
    except StoreError as error:
        return _refused(request, alert_id, error.message)
    response = redirect(f"{PREFIX}/alerts/{alert_id}")
    flash(request, response, "ok", f"Alert {alert_id} {done}.")
    return response


def _refused(request: Request, alert_id: int, message: str) -> Response:
    # Post, redirect, then show: reloading the alert page never sends the form again.
    response = redirect(f"{PREFIX}/alerts/{alert_id}")
    flash(request, response, "error", message)
    return response
