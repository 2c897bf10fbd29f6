"""The peers, called the way their own code calls them.

nomenklatura's algorithms compare two FollowTheMoney entity proxies (`Algorithm.compare(query,
result, config)`), as yente does for each candidate Elasticsearch returns; we build the proxies
from the same names and entities tradeguard sees. The rapidfuzz baselines compare the two
strings case-folded, which is what a Jaro-Winkler screening tool (e.g. Watchman) does.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from followthemoney import model
from nomenklatura.matching import LogicV1, LogicV2, OFACMatcher, ScoringConfig
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.fuzz import token_sort_ratio

from tradeguard.matching.query import Query
from tradeguard.model import Entity

T = TypeVar("T")

NOMENKLATURA = {"logic-v1": LogicV1, "logic-v2": LogicV2, "ofac": OFACMatcher}
# yente's default SCORE_THRESHOLD: where its /match marks a result as a match.
YENTE_THRESHOLD = 0.7
# One config per algorithm: `compare` fills missing keys in place, so a shared config would
# carry one algorithm's defaults into another's (logic-v1's made logic-v2 score 0.5 flat).
_CONFIGS: dict[str, ScoringConfig] = {}


def _config(name: str) -> ScoringConfig:
    if name not in _CONFIGS:
        _CONFIGS[name] = NOMENKLATURA[name].default_config()
    return _CONFIGS[name]


_ID_PROPS = {"imo": "imoNumber", "tax_id": "taxNumber", "passport": "passportNumber"}


def proxy(schema: str, names: list[str], pid: str, **props: list[str]) -> Any:
    entity = model.make_entity(schema)
    entity.id = pid
    entity.add("name", names[:1])
    if len(names) > 1:
        entity.add("alias", names[1:])
    for prop, values in props.items():
        entity.add(prop, values, quiet=True)
    return entity


def entity_proxy(entity: Entity) -> Any:
    strong = [n.value for n in entity.names if n.quality == "strong"]
    weak = [n.value for n in entity.names if n.quality == "weak"]
    props: dict[str, list[str]] = {"weakAlias": weak, "country": entity.countries}
    if entity.schema == "Person":
        props["birthDate"] = entity.birth_dates
        props["nationality"] = entity.nationalities
    for ident in entity.identifiers:
        props.setdefault(_ID_PROPS.get(ident.type, "registrationNumber"), []).append(ident.value)
    return proxy(entity.schema, strong or weak, entity.id, **props)


def query_proxy(query: Query) -> Any:
    props: dict[str, list[str]] = {"country": list(query.countries)}
    if query.schema in (None, "Person"):
        props["birthDate"] = list(query.birth_dates)
    # A distinct id per query for the same reason as in `nomenklatura_pair`.
    pid = f"query-{query.schema}-{query.name}"
    return proxy(query.schema or "LegalEntity", [query.name], pid, **props)


def nomenklatura_pair(name: str) -> Callable[[str, str, str], float]:
    algorithm = NOMENKLATURA[name]
    config = _config(name)

    def score(schema: str, name_a: str, name_b: str) -> float:
        # Distinct ids per name: nomenklatura caches analysed names by entity id, so reusing
        # "a"/"b" for every pair made every pair score like the first one.
        a = proxy(schema, [name_a], f"a-{schema}-{name_a}")
        b = proxy(schema, [name_b], f"b-{schema}-{name_b}")
        return float(algorithm.compare(a, b, config).score)

    return score


def nomenklatura_entities(name: str) -> Callable[[Any, Any], float]:
    algorithm = NOMENKLATURA[name]
    config = _config(name)
    return lambda query, result: float(algorithm.compare(query, result, config).score)


def string_entities(compare: Callable[[str, str, str], float]) -> Callable[[Any, Any], float]:
    """A string baseline screening an entity: the best of the query's name against each of
    the listed names, weak aliases too, as a name-only list search scores a listed party."""

    def score(query: Any, result: Any) -> float:
        listed = result.get("name") + result.get("alias") + result.get("weakAlias")
        schema = query.schema.name
        return max(
            (compare(schema, name, other) for name in query.get("name") for other in listed),
            default=0.0,
        )

    return score


def jaro_winkler(_schema: str, name_a: str, name_b: str) -> float:
    return float(JaroWinkler.normalized_similarity(name_a.casefold(), name_b.casefold()))


def token_sort(_schema: str, name_a: str, name_b: str) -> float:
    return float(token_sort_ratio(name_a.casefold(), name_b.casefold())) / 100.0


STRING_PEERS: dict[str, Callable[[str, str, str], float]] = {
    "rapidfuzz-jaro-winkler": jaro_winkler,
    "rapidfuzz-token-sort": token_sort,
}
PAIR_PEERS: dict[str, Callable[[str, str, str], float]] = {
    **{name: nomenklatura_pair(name) for name in NOMENKLATURA},
    **STRING_PEERS,
}
# Every peer that can screen a query against listed entities (`blocking.PeerRanker`).
ENTITY_PEERS = (*NOMENKLATURA, *STRING_PEERS)


def entity_peer(name: str) -> Callable[[Any, Any], float]:
    """One of ENTITY_PEERS as it scores a query's proxy against a listed entity's."""
    if name in NOMENKLATURA:
        return nomenklatura_entities(name)
    return string_entities(STRING_PEERS[name])


def in_fresh_process(func: Callable[..., T], *args: Any) -> T:
    """Run one peer in its own interpreter.

    nomenklatura keeps process-wide caches (of analysed names, by entity id); a fresh spawned
    process per peer makes sure no peer's run depends on which ran before it.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(func, *args).result()
