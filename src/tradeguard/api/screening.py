"""Screen a yente /match request and record each query as an audited screening."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from tradeguard.api.errors import ApiError
from tradeguard.api.state import Service
from tradeguard.api.yente import EntityExample, best_per_entity, render_result, to_queries
from tradeguard.matching.matcher import Match, Matcher
from tradeguard.matching.scorer import ALGORITHM, VERSION
from tradeguard.store.keys import ApiKey
from tradeguard.store.screenings import Hit, Recorded, Screening, ScreeningStore

log = logging.getLogger(__name__)

# Names accepted as `algorithm`: yente clients often send "best" or "default".
ALGORITHM_ALIASES = {"best", "default", ALGORITHM}


@dataclass(slots=True, frozen=True)
class MatchParams:
    threshold: float  # score at or above which a result is flagged `match` and alerts
    cutoff: float  # score below which a result is left out
    limit: int
    dataset: str  # "default" for every loaded list, or one list id


def check_algorithm(name: str | None) -> None:
    if name and name not in ALGORITHM_ALIASES:
        raise ApiError(
            400, f"algorithm: {name!r} is not served here; use one of {sorted(ALGORITHM_ALIASES)}"
        )


def screen_example(
    service: Service, key: ApiKey, example: EntityExample, params: MatchParams
) -> dict[str, Any]:
    """One yente response object for one query, after recording the screening."""
    # Announced before matching, so that the other threads' screenings committing meanwhile
    # wait (a few ms at most) and this one shares their transaction and fsync.
    with ScreeningStore(service.db).expecting() as record:
        screened = _screen(service, key, example, params)
        recorded = record(screened.screening)
    return screened.response(service, example, params, recorded)


async def screen_example_async(
    service: Service, key: ApiKey, example: EntityExample, params: MatchParams
) -> dict[str, Any]:
    """`screen_example` on an event loop: matches on the loop's thread, then awaits the
    commit without holding the loop. The answer still comes only after the commit."""
    screened = _screen(service, key, example, params)
    recorded = await ScreeningStore(service.db).record_async(screened.screening)
    return screened.response(service, example, params, recorded)


@dataclass(slots=True, frozen=True)
class _Screened:
    """A query matched, its screening ready to record."""

    ranked: list[Match]
    explained: list[dict[str, Any]]
    screening: Screening

    def response(
        self, service: Service, example: EntityExample, params: MatchParams, recorded: Recorded
    ) -> dict[str, Any]:
        # Counts only: names are personal data and stay out of logs.
        log.info("screening %d: %d results", recorded.screening_id, len(self.ranked))
        return {
            "status": 200,
            "results": [
                render_result(m, params.threshold, service.ftm(m.entity), e)
                for m, e in zip(self.ranked, self.explained, strict=True)
            ],
            "total": {"value": len(self.ranked), "relation": "eq"},
            "query": example.model_dump(by_alias=True),
            "screening_id": recorded.screening_id,
            "alert_ids": recorded.alert_ids,
        }


def _screen(
    service: Service, key: ApiKey, example: EntityExample, params: MatchParams
) -> _Screened:
    matcher = Matcher(service.index())
    hits = [
        [
            m
            for m in matcher.match(q, top=params.limit * 2, threshold=params.cutoff)
            if _in(m, params)
        ]
        for q in to_queries(example)
    ]
    ranked = best_per_entity(hits, params.limit)
    # Each hit's explanation is both stored and answered: made once (it is a deep copy).
    explained = [m.to_dict() for m in ranked]
    return _Screened(
        ranked, explained, _screening(service, key, example, params, ranked, explained)
    )


def _in(match: Match, params: MatchParams) -> bool:
    return params.dataset == "default" or match.entity.list_id == params.dataset


def _screening(
    service: Service,
    key: ApiKey,
    example: EntityExample,
    params: MatchParams,
    ranked: list[Match],
    explained: list[dict[str, Any]],
) -> Screening:
    return Screening(
        key_id=key.id,
        kind="match",
        request={**example.model_dump(by_alias=True), "dataset": params.dataset},
        versions=service.version_refs(),
        algorithm=ALGORITHM,
        algorithm_version=VERSION,
        threshold=params.threshold,
        hits=[
            Hit(
                m.entity.id,
                service.digest(m.entity),
                m.score,
                m.score >= params.threshold,
                e,
            )
            for m, e in zip(ranked, explained, strict=True)
        ],
    )
