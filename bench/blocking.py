"""tradeguard's candidate generation as the blocking step for the peers.

yente asks Elasticsearch for candidates and scores each with a nomenklatura algorithm; here the
peers score exactly the entities our index retrieves for the query, so a throughput ratio
compares scoring with scoring, and a recall difference is the peer's ranking, not retrieval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from peers import entity_proxy, query_proxy

from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import CANDIDATE_FORMS
from tradeguard.matching.query import Query
from tradeguard.names import analyze_name


def candidate_entities(index: NameIndex, query: Query) -> list[int]:
    """Entity positions behind the name forms the matcher would score, best first."""
    forms = analyze_name(query.name, query.schema)
    seen: dict[int, None] = {}
    for r_idx in index.candidates(forms, CANDIDATE_FORMS):
        seen.setdefault(int(index.records[int(r_idx)].entity), None)
    return list(seen)


class PeerRanker:
    """Ranks blocked candidates with a peer algorithm; proxies are built once per entity."""

    def __init__(self, index: NameIndex, compare: Callable[[Any, Any], float]) -> None:
        self.index = index
        self.compare = compare
        self._proxies: dict[int, Any] = {}

    def proxy(self, e_idx: int) -> Any:
        if e_idx not in self._proxies:
            self._proxies[e_idx] = entity_proxy(self.index.entities[e_idx])
        return self._proxies[e_idx]

    def rank(self, query: Query, candidates: Sequence[int]) -> list[tuple[float, str]]:
        q = query_proxy(query)
        scored = [(self.compare(q, self.proxy(e)), self.index.entities[e].id) for e in candidates]
        scored.sort(key=lambda se: (-se[0], se[1]))
        return scored
