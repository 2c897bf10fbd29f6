"""Alerts lost to candidate retrieval, with every list loaded.

    .venv/bin/python bench/retrieval.py [--queries 6000] [--exhaustive 3000]

The matcher scores only the name forms that retrieval ranks best (`matcher.CANDIDATE_FORMS`),
and the pair figures (pairs.py, equal_rate.py) compare two names directly, so they cannot see
a listed name that retrieval never hands to the scorer. Here each query is the first name of a
same-party pair (a seeded sample of both halves; retrieval is not fitted), screened twice:
with the served number of candidates and with `--exhaustive` candidates. A query loses its
alert where the exhaustive run alerts and the served run's best alert is lower or missing.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from typing import Any

from common import load_all_index, require_data, write_result
from pairs_data import read_pairs

from tradeguard.matching.matcher import CANDIDATE_FORMS, Matcher
from tradeguard.matching.query import Query

SEED = 3


def best_alerts(matcher: Matcher, queries: list[Query]) -> tuple[list[float], float]:
    """Each query's best alerting score (0 for none), and the seconds the run took."""
    started = time.perf_counter()
    best = [max((m.score for m in matcher.match(q, top=10)), default=0.0) for q in queries]
    return best, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=int, default=6000)
    parser.add_argument("--exhaustive", type=int, default=3000)
    args = parser.parse_args()
    require_data()
    index = load_all_index()
    positives = [p for p in read_pairs() if p.label == 1]
    sample = random.Random(SEED).sample(positives, min(args.queries, len(positives)))
    queries = [Query(p.name_a, p.schema) for p in sample]
    served, served_seconds = best_alerts(Matcher(index), queries)
    exhaustive, exhaustive_seconds = best_alerts(
        Matcher(index, candidate_forms=args.exhaustive), queries
    )
    lost = [i for i, (s, e) in enumerate(zip(served, exhaustive, strict=True)) if e and s < e]
    by_group = Counter(sample[i].group for i in lost)
    result: dict[str, Any] = {
        "queries": len(queries),
        "candidate_forms": CANDIDATE_FORMS,
        "exhaustive_forms": args.exhaustive,
        "alerting_exhaustive": sum(1 for e in exhaustive if e),
        "alerts_lost": len(lost),
        "share_lost": round(len(lost) / len(queries), 5),
        "lost_by_group": dict(sorted(by_group.items())),
        "examples": [
            {
                "query": sample[i].name_a,
                "schema": sample[i].schema,
                "served": round(served[i], 4),
                "exhaustive": round(exhaustive[i], 4),
            }
            for i in lost[:20]
        ],
        "served_queries_per_second": round(len(queries) / served_seconds, 1),
        "exhaustive_queries_per_second": round(len(queries) / exhaustive_seconds, 1),
    }
    print({k: v for k, v in result.items() if k != "examples"})
    for example in result["examples"]:
        print("  ", example)
    write_result("retrieval", result)


if __name__ == "__main__":
    main()
