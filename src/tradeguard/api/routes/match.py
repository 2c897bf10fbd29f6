"""POST /match in yente's shape, so existing yente and OpenSanctions clients work unchanged."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from tradeguard.api.auth import require
from tradeguard.api.errors import ApiError
from tradeguard.api.routes.deps import service
from tradeguard.api.screening import MatchParams, check_algorithm, screen_example_async
from tradeguard.api.state import Service
from tradeguard.api.yente import MatchRequest
from tradeguard.matching.scorer import ALGORITHM, DEFAULT_THRESHOLD, TUNABLES, VERSION
from tradeguard.store.keys import ApiKey

router = APIRouter(tags=["matching"])

# yente's default cutoff: candidates below it are not worth returning at all.
DEFAULT_CUTOFF = 0.5


# What json.dumps would have accepted too: numpy scalars, and keys that are not strings.
_JSON_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


# The answer is plain JSON data already: it is serialised once, with orjson (a dependency of
# followthemoney and rigour), rather than walked by FastAPI's jsonable_encoder and then dumped
# by json: those two were a sixth of a request's CPU. response_model keeps the OpenAPI
# description what it was.
#
# async: matching runs on the event loop, and only the commit is awaited (api/screening.py).
# A thread-pool route paid a hop to a worker thread and back per request, and its threads
# fought the group-commit thread for the interpreter lock: each handover inside the writers'
# lock cost up to a switch interval, which held that lock (and the other server process) for
# 10-15 ms per commit. Queries are matched one at a time, each awaiting its commit, so a large
# batch lets the other connections in between its queries.
@router.post("/match", response_model=dict[str, Any])
@router.post("/match/{dataset}", response_model=dict[str, Any])
async def match(
    body: MatchRequest,
    key: Annotated[ApiKey, Depends(require("screen"))],
    svc: Annotated[Service, Depends(service)],
    dataset: str = "default",
    threshold: Annotated[float, Query(ge=0, le=1)] = DEFAULT_THRESHOLD,
    cutoff: Annotated[float, Query(ge=0, le=1)] = DEFAULT_CUTOFF,
    limit: Annotated[int, Query(ge=1, le=500)] = 5,
    algorithm: str | None = None,
) -> Response:
    """Screen each query; every query is recorded as an audited screening."""
    check_algorithm(algorithm)
    if len(body.queries) > svc.max_queries:
        raise ApiError(413, f"{len(body.queries)} queries; send at most {svc.max_queries} per call")
    if not svc.ready:
        # The first index build takes a while: off the loop, so /healthz still answers.
        await run_in_threadpool(svc.index)
    if dataset != "default" and dataset not in {v.list_id for v in svc.versions()}:
        raise ApiError(404, f"dataset {dataset!r} is not loaded; GET /lists shows what is")
    params = MatchParams(threshold, min(cutoff, threshold), limit, dataset)
    # Each query's screening is committed with whatever else this process's loop queued in
    # the same pass (store/loopcommit.py; a writer thread's batches on PostgreSQL).
    responses = {
        name: await screen_example_async(svc, key, q, params) for name, q in body.queries.items()
    }
    answer = {
        "responses": responses,
        "matcher": {"name": ALGORITHM, "version": VERSION},
        "limit": limit,
    }
    return Response(orjson.dumps(answer, option=_JSON_OPTIONS), media_type="application/json")


@router.get("/algorithms")
def algorithms() -> dict[str, Any]:
    description = f"tradeguard's explainable scorer, version {VERSION}"
    docs = {
        name: {"default": t.default, "description": t.description} for name, t in TUNABLES.items()
    }
    return {
        "algorithms": [{"name": ALGORITHM, "description": description, "docs": docs}],
        "default": ALGORITHM,
        "best": ALGORITHM,
    }
