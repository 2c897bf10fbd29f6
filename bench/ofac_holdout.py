"""Figure 2b: OFAC alias hold-out, recall@1 and recall@10.

    .venv/bin/python bench/ofac_holdout.py [--peer-sample N]

The 2024 sdn.csv is loaded without any alias file, then every a.k.a. in the 2025 alt.csv whose
entry exists in that sdn.csv is a query, with the entry's schema; a hit is the entry itself.
The sdn.csv Remarks carry the weak a.k.a.s, and OFAC puts none of them in alt.csv, but they are
still aliases the hold-out is meant to hide: the headline figure strips them (primary names
only), and the figure with them kept is reported beside it. Peers re-rank the same candidates
(see blocking.py) on a seeded sample of the queries, since they score ~1,000 pairs/s.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from collections.abc import Callable, Sequence
from typing import Any

from blocking import PeerRanker, candidate_entities
from common import OFAC_ALT, OFAC_SDN, parse_lists, require_data, write_result
from peers import NOMENKLATURA, in_fresh_process, nomenklatura_entities
from reachable import shares_something

from tradeguard.matching.compared_forms import compared_forms
from tradeguard.matching.index import NameIndex
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import Query
from tradeguard.model import Entity
from tradeguard.names import listed_forms

Ranker = Callable[[Query], list[str]]


def primary_only(entities: Sequence[Entity]) -> list[Entity]:
    for entity in entities:
        entity.names = [n for n in entity.names if n.kind == "primary"]
    return list(entities)


def alias_queries(entities: Sequence[Entity]) -> list[tuple[Query, str]]:
    by_entry = {e.entry_id: e for e in entities}
    queries: list[tuple[Query, str]] = []
    with (OFAC_ALT / "alt.csv").open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) < 4 or row[0].strip() not in by_entry:
                continue
            entity = by_entry[row[0].strip()]
            queries.append((Query(row[3].strip(), entity.schema), entity.id))
    return queries


def shares_a_word(entity: Entity, query: Query, listed: ListedWords) -> bool:
    """Whether the query shares anything a spelling matcher could see with one of the expected
    entry's names (`reachable`). An alias sharing nothing with the primary name ("TATMADAW" for
    "MINISTRY OF DEFENSE OF BURMA") cannot be found by any name matcher; the share of such
    queries bounds recall."""
    forms = compared_forms(query.name, query.schema, listed)
    return any(
        shares_something(forms, listed_forms(name.value, entity.schema, name.lang))
        for name in entity.names
    )


def recall(ranker: Ranker, queries: Sequence[tuple[Query, str]]) -> dict[str, Any]:
    at1 = at10 = 0
    started = time.perf_counter()
    for query, expected in queries:
        ranked = ranker(query)
        at1 += bool(ranked) and ranked[0] == expected
        at10 += expected in ranked[:10]
    seconds = time.perf_counter() - started
    n = len(queries) or 1
    return {
        "queries": len(queries),
        "recall_at_1": round(at1 / n, 4),
        "recall_at_10": round(at10 / n, 4),
        "queries_per_second": round(len(queries) / seconds, 1),
    }


def tradeguard_ranker(matcher: Matcher) -> Ranker:
    return lambda q: [m.entity.id for m in matcher.match(q, top=10, threshold=0.0)]


def peer_ranker(index: NameIndex, name: str) -> Ranker:
    ranker = PeerRanker(index, nomenklatura_entities(name))
    return lambda q: [eid for _, eid in ranker.rank(q, candidate_entities(index, q))[:10]]


def peer_recall(index: NameIndex, name: str, sample: list[tuple[Query, str]]) -> dict[str, Any]:
    return recall(peer_ranker(index, name), sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--peer-sample", type=int, default=300)
    parser.add_argument("--sample", type=int, default=0, help="use N seeded queries, 0 = all")
    args = parser.parse_args()
    require_data()
    results: dict[str, Any] = {}
    for variant in ("with_remark_akas", "primary_only"):
        (data,) = parse_lists([([OFAC_SDN], "auto")])
        entities = primary_only(data.entities) if variant == "primary_only" else data.entities
        index = NameIndex(entities)
        queries = alias_queries(entities)
        if args.sample:
            queries = random.Random(5).sample(queries, min(args.sample, len(queries)))
        by_id = {e.id: e for e in entities}
        listed = ListedWords.of_index(index)
        shared = [shares_a_word(by_id[e], q, listed) for q, e in queries]
        reachable = [qe for qe, s in zip(queries, shared, strict=True) if s]
        beyond = [qe for qe, s in zip(queries, shared, strict=True) if not s]
        ranker = tradeguard_ranker(Matcher(index))
        on_beyond = recall(ranker, beyond)
        results[variant] = {
            "tradeguard": recall(ranker, queries),
            "share_sharing_a_token": round(len(reachable) / len(queries), 4),
            "tradeguard_on_those": recall(ranker, reachable),
            # What a name matcher can reach: every query that shares something, and any other
            # this one finds all the same.
            "recall_at_10_ceiling": round(
                (len(reachable) + on_beyond["recall_at_10"] * len(beyond)) / len(queries), 4
            ),
        }
        print(variant, results[variant])
    sample = random.Random(11).sample(queries, min(args.peer_sample, len(queries)))
    peers: dict[str, Any] = {"tradeguard": recall(tradeguard_ranker(Matcher(index)), sample)}
    for name in NOMENKLATURA:
        peers[name] = in_fresh_process(peer_recall, index, name, sample)
        print(name, peers[name])
    results["primary_only_peer_sample"] = peers
    write_result("ofac_holdout", results)


if __name__ == "__main__":
    main()
