"""POST /news: screen a news article (adverse media) and record it as an audited screening."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from tradeguard.api.auth import require
from tradeguard.api.errors import ApiError
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.matching.scorer import ALGORITHM, DEFAULT_THRESHOLD, VERSION
from tradeguard.news import screen_article
from tradeguard.store.keys import ApiKey
from tradeguard.store.screenings import Screening, ScreeningStore


class NewsRequest(BaseModel):
    text: str = Field(description="The article as plain text.")
    published: date | None = Field(
        default=None, description="Publication date; resolves 'this Wednesday' and the like."
    )


router = APIRouter(tags=["news"])


@router.post("/news")
def news(
    body: NewsRequest,
    key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    """The parties, goods, amounts and places the article names, screened, and its implied deals."""
    if not body.text.strip():
        raise ApiError(400, "text: the article is empty")
    svc.index()  # lists must be loaded; raises NoListsLoaded (503) otherwise
    report = screen_article(body.text, svc.engine, body.published)
    recorded = ScreeningStore(svc.db).record(
        Screening(
            key_id=key.id,
            kind="news",
            # The article itself is evidence; the audit keeps what was screened, as for /screen.
            request=body.model_dump(mode="json"),
            versions=svc.version_refs(),
            algorithm=ALGORITHM,
            algorithm_version=VERSION,
            threshold=DEFAULT_THRESHOLD,
            outcome=_outcome(report),
            results=report.get("deals", []),
        )
    )
    return {**report, "screening_id": recorded.screening_id}


def _outcome(report: dict[str, Any]) -> str:
    decisions = [(d.get("decision") or {}).get("decision") for d in report.get("deals", [])]
    for severity in ("BLOCKED", "LICENCE_REQUIRED", "REVIEW"):
        if severity in decisions:
            return severity
    return "CLEAR"
