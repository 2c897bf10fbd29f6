"""GET /lists: what is loaded, how old it is, and the last failed or refused update;
POST /lists/update (admins): fetch and load the configured sources."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from tradeguard.api.auth import require
from tradeguard.api.errors import ApiError
from tradeguard.api.routes.deps import service
from tradeguard.api.state import Service
from tradeguard.store.keys import ApiKey
from tradeguard.store.snapshots import Failure, ListVersion
from tradeguard.updates.sources import load_sources
from tradeguard.updates.update import update_sources

router = APIRouter(tags=["lists"])


@router.get("/lists")
def lists(
    _key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    now = datetime.now(UTC)
    failures = svc.engine.store.failures()
    return {
        "lists": [_version(v, now, failures) for v in svc.engine.versions()],
        "last_failure": _failure(failures[0], now) if failures else None,
    }


def _version(v: ListVersion, now: datetime, failures: list[Failure]) -> dict[str, Any]:
    mine = next((f for f in failures if f.list_id == v.list_id), None)
    return {
        "list_id": v.list_id,
        "title": v.title,
        "version": v.id,
        "format": v.format,
        "content_hash": v.content_hash,
        "as_of": v.as_of,
        "loaded_at": _aware(v.loaded_at).isoformat(),
        "age_days": round(v.age_days(now), 1),
        "entities": v.entities,
        "diff": {"added": v.added, "removed": v.removed, "changed": v.changed},
        "last_failure": _failure(mine, now) if mine else None,
    }


def _failure(failure: Failure, now: datetime) -> dict[str, Any]:
    at = _aware(failure.at)
    return {
        "at": at.isoformat(),
        "age_days": round((now - at).total_seconds() / 86400, 2),
        "list_id": failure.list_id,
        "files": failure.files,
        "error": failure.error,
    }


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; the store writes UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class UpdateRequest(BaseModel):
    sources: list[str] = Field(default_factory=list, description="Source names; empty for all.")
    force: bool = Field(default=False, description="Accept a version losing over 20% of a list.")


@router.post("/lists/update")
def update(
    body: UpdateRequest,
    key: Annotated[ApiKey, Depends(require("admin"))],
    svc: Annotated[Service, Depends(service)],
) -> dict[str, Any]:
    """Fetch and load the configured sources, as `tradeguard lists update` does. A source that
    fails keeps its current version serving; the others still update."""
    sources = load_sources(svc.engine.home)
    unknown = [name for name in body.sources if name not in sources]
    if unknown:
        raise ApiError(404, f"unknown source(s) {', '.join(unknown)}; have {', '.join(sources)}")
    chosen = [sources[name] for name in body.sources] if body.sources else list(sources.values())
    run = update_sources(svc.engine, chosen, body.force, key.id)
    return {
        "ok": run.ok,
        "sources": [
            {
                "source": r.source,
                "error": r.error,
                "lists": [
                    {
                        "list_id": a.data.list_id,
                        "version": a.result.version.id,
                        "changed": a.result.changed,
                        **asdict(a.diff.counts),
                    }
                    for a in r.applied
                ],
            }
            for r in run.results
        ],
        "rescreen": asdict(run.rescreen),
    }
