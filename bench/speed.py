"""Figure 3: speed with every real list loaded, tradeguard and logic-v2 in the same run.

    .venv/bin/python bench/speed.py [--repeat R] [--queries N] [--peer-queries M]

Index build from raw files (parse + analyse + postings, each run in a fresh interpreter so
that no cache is warm), loading the pickled index, resident memory, single-query latency
p50/p99 through `Matcher.match`, and batch throughput on two processes that share the index
copy-on-write (fork). The queries are half listed names with one letter dropped and half
Faker names. nomenklatura's algorithms score the candidates our index retrieves for the same
queries (blocking.py), so the ratio compares scoring. Every timing is repeated R times and the
median reported (the machine is shared).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import pickle
import random
import resource
import statistics
import tempfile
import time
from typing import Any

import psutil  # type: ignore[import-untyped]
from blocking import PeerRanker, candidate_entities
from common import all_entities, cached_index, parse_lists, require_data, timed, write_result
from innocent import generate
from peers import NOMENKLATURA, in_fresh_process, nomenklatura_entities

from tradeguard.heap import collector_paused
from tradeguard.matching.index import NameIndex
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import Query

_WORKER: Matcher | None = None  # set before fork; children read it copy-on-write


def make_queries(index: NameIndex, count: int, seed: int) -> list[Query]:
    rng = random.Random(seed)
    queries: list[Query] = []
    for entity in rng.sample(index.entities, count // 2):
        name = rng.choice(entity.names).value
        cut = rng.randrange(len(name)) if len(name) > 6 else len(name)
        queries.append(Query(name[:cut] + name[cut + 1 :], entity.schema))
    queries.extend(Query(n, s) for n, s, _ in generate(count - len(queries), seed))
    rng.shuffle(queries)
    return queries


def latencies(matcher: Matcher, queries: list[Query]) -> list[float]:
    out: list[float] = []
    for query in queries:
        started = time.perf_counter()
        matcher.match(query)
        out.append(time.perf_counter() - started)
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _work(query: Query) -> int:
    assert _WORKER is not None
    return len(_WORKER.match(query))


def throughput(matcher: Matcher, queries: list[Query], processes: int) -> float:
    global _WORKER
    _WORKER = matcher
    context = multiprocessing.get_context("fork")
    with context.Pool(processes) as pool:
        pool.map(_work, queries[:processes])  # fork and warm up outside the timing
        started = time.perf_counter()
        pool.map(_work, queries, chunksize=64)
        return len(queries) / (time.perf_counter() - started)


def unseen_throughput(matcher: Matcher, queries: list[Query]) -> float:
    """Two processes' throughput with no word's listed spelling kept from earlier runs."""
    ListedWords.of_index(matcher.index).forget_spellings()
    return throughput(matcher, queries, 2)


def peer_latencies(index: NameIndex, name: str, queries: list[Query]) -> list[float]:
    """Seconds one peer takes to score each query's candidates, retrieved beforehand: the
    peer's time without retrieval, where tradeguard's latencies include its own."""
    ranker = PeerRanker(index, nomenklatura_entities(name))
    blocked = [(q, candidate_entities(index, q)) for q in queries]
    # Untimed and outside the sample, as tradeguard's runs start warm: the first call loads
    # the peer's name tables.
    warm = Query("Maria Schmidt", "Person")
    ranker.rank(warm, candidate_entities(index, warm))
    out: list[float] = []
    for query, candidates in blocked:
        started = time.perf_counter()
        ranker.rank(query, candidates)
        out.append(time.perf_counter() - started)
    return out


def sample_figures(prefix: str, runs: list[list[float]]) -> dict[str, float]:
    """Throughput on one process and p50 / p99 latency over the peer sample, medians of runs."""
    return {
        f"{prefix}_qps_1_process": round(statistics.median(len(r) / sum(r) for r in runs), 2),
        f"{prefix}_p50_ms": round(statistics.median(percentile(r, 0.5) for r in runs) * 1e3, 2),
        f"{prefix}_p99_ms": round(statistics.median(percentile(r, 0.99) for r in runs) * 1e3, 2),
    }


def cold_build_from_raw() -> tuple[float, float]:
    """Seconds to parse every list file, then to build the index from it, in this process.

    Run in a fresh interpreter each time: a second build in one process finds the name
    analysis and phonetic caches warm (27 s cold against 23 s warm at 19:05 on 2026-11-29),
    and a service builds its index once, cold.
    """
    started = time.perf_counter()
    parsed = parse_lists()
    parsed_at = time.perf_counter()
    NameIndex(all_entities(parsed))
    return parsed_at - started, time.perf_counter() - parsed_at


def cold_builds(repeat: int) -> dict[str, float]:
    first = first_build_on_machine()
    runs = [in_fresh_process(cold_build_from_raw) for _ in range(repeat)]
    return {
        "parse_seconds": round(statistics.median(parse for parse, _ in runs), 2),
        "index_build_seconds": round(statistics.median(build for _, build in runs), 2),
        "build_from_raw_seconds": round(statistics.median(sum(run) for run in runs), 2),
        "build_from_raw_seconds_first_on_machine": round(sum(first), 2),
    }


def first_build_on_machine() -> tuple[float, float]:
    """One cold build with an empty user cache folder, as on a new machine or rigour release.

    The other runs read rigour's territory-name table from that folder (territory_names.py),
    as every process after the first does; this one pays for building it.
    """
    before = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory() as empty:
        os.environ["XDG_CACHE_HOME"] = empty  # the spawned interpreter inherits it
        try:
            return in_fresh_process(cold_build_from_raw)
        finally:
            if before is None:
                del os.environ["XDG_CACHE_HOME"]
            else:
                os.environ["XDG_CACHE_HOME"] = before


def timed_pickle_load(index: NameIndex, repeat: int) -> tuple[float, NameIndex]:
    """How long a process takes to get the built index from the cache file's bytes."""
    blob = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)

    def load() -> NameIndex:
        with collector_paused():  # as matching/cache.py loads it
            loaded: NameIndex = pickle.loads(blob)
        return loaded

    seconds, loaded = timed(load, repeat)
    return seconds, loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--peer-queries", type=int, default=60)
    args = parser.parse_args()
    require_data()
    builds = cold_builds(args.repeat)
    parsed = parse_lists()
    index = NameIndex(all_entities(parsed))
    peak_build = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    load_s, index = timed_pickle_load(index, args.repeat)
    cached_index_ok = isinstance(cached_index(parsed), NameIndex)  # warm the bench cache
    del parsed
    gc.collect()
    rss = psutil.Process().memory_info().rss
    matcher = Matcher(index)
    queries = make_queries(index, args.queries, 5)
    latencies(matcher, queries[:200])  # warm the token caches, as a running service would be
    runs = [latencies(matcher, queries) for _ in range(args.repeat)]
    # The matcher keeps each Cyrillic, Arabic or kana word's listed spelling, so the runs
    # above walk each word once: these runs forget the spellings first, as on a file of
    # names none of which were screened before.
    fresh = []
    for _ in range(args.repeat):
        ListedWords.of_index(index).forget_spellings()
        fresh.append(latencies(matcher, queries))
    result: dict[str, Any] = {
        "entities": len(index.entities),
        "name_forms": len(index.records),
        **builds,
        "pickle_load_seconds": round(load_s, 2),
        "rss_bytes_serving": rss,
        "peak_rss_bytes_build": peak_build,
        "cache_written": cached_index_ok,
        "latency_p50_ms": round(statistics.median(percentile(r, 0.5) for r in runs) * 1e3, 2),
        "latency_p99_ms": round(statistics.median(percentile(r, 0.99) for r in runs) * 1e3, 2),
        "queries_per_second_1_process": round(statistics.median(len(r) / sum(r) for r in runs), 1),
        "latency_p50_ms_unseen_words": round(
            statistics.median(percentile(r, 0.5) for r in fresh) * 1e3, 2
        ),
        "latency_p99_ms_unseen_words": round(
            statistics.median(percentile(r, 0.99) for r in fresh) * 1e3, 2
        ),
        "queries_per_second_1_process_unseen_words": round(
            statistics.median(len(r) / sum(r) for r in fresh), 1
        ),
        "queries_per_second_2_processes": round(
            statistics.median(throughput(matcher, queries, 2) for _ in range(args.repeat)), 1
        ),
    }
    result["queries_per_second_2_processes_unseen_words"] = round(
        statistics.median(unseen_throughput(matcher, queries) for _ in range(args.repeat)), 1
    )
    sample = queries[: args.peer_queries]
    own = [latencies(matcher, sample) for _ in range(3)]
    result["peer_sample_queries"] = len(sample)
    result.update(sample_figures("tradeguard_sample", own))
    for name in NOMENKLATURA:
        peer = in_fresh_process(peer_latencies, index, name, sample)
        result.update(sample_figures(f"{name}_blocked", [peer]))
    print(result)
    write_result("speed", result)


if __name__ == "__main__":
    main()
