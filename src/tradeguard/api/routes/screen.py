"""POST /screen: decide a deal (parties, goods, route) and record it as an audited screening."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends

from tradeguard.api.auth import require
from tradeguard.api.errors import ApiError
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.deals.load import DealError, parse_deal
from tradeguard.deals.screen import screen as screen_deal
from tradeguard.fx.rates import FxError
from tradeguard.matching.scorer import ALGORITHM, DEFAULT_THRESHOLD, VERSION
from tradeguard.store.keys import ApiKey
from tradeguard.store.screenings import Screening, ScreeningStore

router = APIRouter(tags=["deals"])


@router.post("/screen")
def screen(
    deal: Annotated[dict[str, Any], Body(description="A deal as in docs/deals.md, as JSON.")],
    key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
    on: date | None = None,
) -> dict[str, Any]:
    """The decision for the deal as the law stood `on` (default: its delivery date)."""
    try:
        parsed = parse_deal(deal)
    except DealError as error:
        raise ApiError(400, f"deal: {error}") from error
    svc.index()  # lists must be loaded; raises NoListsLoaded (503) otherwise
    try:
        decision = screen_deal(parsed, svc.engine, on)
    except FxError as error:  # a currency or date the bundled rates do not cover
        raise ApiError(400, f"deal: {error}") from error
    result = decision.to_dict()
    recorded = ScreeningStore(svc.db).record(
        Screening(
            key_id=key.id,
            kind="deal",
            request=deal,
            versions=svc.version_refs(),
            algorithm=ALGORITHM,
            algorithm_version=VERSION,
            threshold=DEFAULT_THRESHOLD,
            outcome=result["decision"],
            results=result["reasons"],
        )
    )
    return {**result, "screening_id": recorded.screening_id}
