"""Throughput of `tradeguard batch screen` with every real list loaded.

    .venv/bin/python bench/batch_throughput.py --rows 100000 1000000 --spark-rows 100000

Generates seeded person and company names (Faker, sixteen locales; about 2% listed names),
screens them with the local backend (all cores) and, optionally, the Spark backend in local
mode, and compares both with the single-query path (`Matcher.match` in one process). Peak
memory is the sum of proportional set sizes (PSS) over the parent and its workers, so the
index pages the workers share copy-on-write are counted once. Prints markdown table rows.

Other engineers share this machine, so each local run also reports CPU seconds per row in the
parent and in the workers (comparable between runs whatever the load), how busy the workers
were (their CPU time over workers x wall time), the 1-minute load average at the start, its
peak and at the end, and the share of rows whose query repeated an earlier row's (the memo's
saving; `--no-memo` screens every row, for A/B runs).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import innocent
import psutil
from common import CACHE, load_all_index, parse_lists, require_data

from tradeguard.batchscreen.backend import Backend
from tradeguard.batchscreen.columns import parse_map
from tradeguard.batchscreen.local import LocalBackend
from tradeguard.batchscreen.run import Job, screen_file
from tradeguard.matching.cache import cache_key
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import make_query

SEED = 20260101
# Generated inputs and outputs run to hundreds of MB at 1M rows: kept out of the repository.
WORK = CACHE / "batch"
GENERATE_BLOCK = 50_000
LISTED = [
    ("Vladimir Putin", "Person"),
    ("Путин Владимир", "Person"),
    ("Kim Jong Un", "Person"),
    ("AvtoVAZ", "Company"),
    ("АвтоВАЗ", "Company"),
    ("LLC Aurus", "Company"),
    ("Rostec", "Organization"),
    ("Oleg Deripaska", "Person"),
    ("Rosoboronexport", "Company"),
    ("Nicolas Maduro", "Person"),
]
COUNTRIES = ["", "", "DE", "RU", "CN", "US", "FR", "IN", "TR", "AE"]


def generate(rows: int, path: Path) -> Path:
    """Seeded rows: 2 % listed names, the rest Faker names in sixteen locales and eight
    scripts (innocent.py's generator), so the names are as varied as a real customer file and
    no cache inside the matcher sees the same few names again and again."""
    if path.exists():
        return path  # seeded: a finished file (renamed into place) holds these very rows
    rng = random.Random(SEED)
    # In blocks, so the generator's list never holds a million names in this process, whose
    # memory the peak-memory figure includes.
    names = (
        triple
        for start in range(0, rows, GENERATE_BLOCK)
        for triple in innocent.generate(min(GENERATE_BLOCK, rows - start), SEED + start)
    )
    partial = path.with_suffix(".partial")
    with partial.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "schema", "birth_date", "country"])
        for n, (name, schema, _locale) in enumerate(names):
            if rng.random() < 0.02:
                name, schema = rng.choice(LISTED)
            born = str(rng.randint(1940, 2000)) if schema == "Person" and rng.random() < 0.5 else ""
            writer.writerow([n, name, schema, born, rng.choice(COUNTRIES)])
    partial.replace(path)
    return path


# Reading PSS makes the kernel walk the page tables of each process: about 30 ms of this
# process's CPU per 0.5-1 GB process, so sampling the parent and two workers every half second
# took about 17 % of one of the two cores the run is measured on. Memory is flat once the pool
# runs (the index plus a few chunks), so a sample every few seconds finds the same peak.
SAMPLE_SECONDS = 3.0


class PeakMemory:
    """Samples the summed PSS of this process and its children, and the load average, every
    `SAMPLE_SECONDS`."""

    def __init__(self) -> None:
        self.peak = 0
        self.load: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                total += proc.memory_full_info().pss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        return total

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, self._sample())
            self.load.append(os.getloadavg()[0])

    def __enter__(self) -> PeakMemory:
        self.peak = self._sample()
        self.load.append(os.getloadavg()[0])
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.load.append(os.getloadavg()[0])

    def load_text(self) -> str:
        return f"{self.load[0]:.1f}/{max(self.load):.1f}/{self.load[-1]:.1f}"


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


@dataclass(slots=True)
class Measured:
    rows: int
    seconds: float
    peak: int
    load: str
    parent_cpu: float
    worker_cpu: float
    repeated: int
    # Rows/s after the first chunk came back: without start-up (Spark's JVM, broadcast and
    # per-worker index load; the pool's fork and warm-up), which a long run amortises.
    steady: float

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


# Screened before the single-query path is timed: the first queries of a process load the
# compiled kernels (or compile them, in a fresh checkout), which is not the path's rate.
SINGLE_WARM_UP = 100


def single_query_rate(matcher: Matcher, path: Path, rows: int) -> float:
    with path.open(encoding="utf-8") as handle:
        sample = [r for _, r in zip(range(rows), csv.DictReader(handle), strict=False)]
    for r in sample[:SINGLE_WARM_UP]:
        matcher.match(make_query(r["name"], r["schema"], r["birth_date"], r["country"]), top=5)
    started = time.perf_counter()
    for r in sample:
        query = make_query(r["name"], r["schema"], r["birth_date"], r["country"])
        matcher.match(query, top=5)
    return len(sample) / (time.perf_counter() - started)


def run(backend: Backend, path: Path, key: str, chunk: int, memo: bool) -> Measured:
    job = Job(path, WORK / f"{path.stem}.hits.parquet", parse_map(None), chunk_size=chunk)
    job.fresh = True
    job.memo_capacity = job.memo_capacity if memo else 0
    parent, workers = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    reports: list[tuple[float, int]] = []
    with PeakMemory() as memory:
        summary = screen_file(job, backend, key, lambda d, _: reports.append((time.time(), d)))
    # The pool's workers are joined when the backend finishes, so their CPU time is counted
    # under RUSAGE_CHILDREN (Spark's JVM and Python workers are not: they outlive the run).
    return Measured(
        summary.counts.rows,
        summary.seconds,
        memory.peak,
        memory.load_text(),
        _cpu(resource.RUSAGE_SELF) - parent,
        _cpu(resource.RUSAGE_CHILDREN) - workers,
        summary.repeated_rows,
        _steady(reports),
    )


def _steady(reports: list[tuple[float, int]]) -> float:
    # reports[0] is the start (0 rows), reports[1] the first finished chunk.
    if len(reports) < 3:
        return float("nan")
    (t1, d1), (t2, d2) = reports[1], reports[-1]
    return (d2 - d1) / (t2 - t1)


def rows_of(sizes: list[int]) -> Iterator[tuple[int, Path]]:
    WORK.mkdir(parents=True, exist_ok=True)
    for rows in sizes:
        yield rows, generate(rows, WORK / f"batch-{rows}.csv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--spark-rows", type=int, default=100_000, help="0 skips Spark")
    parser.add_argument("--single-rows", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunk-size", type=int, default=5000)
    parser.add_argument("--no-memo", action="store_true", help="screen repeated rows again")
    args = parser.parse_args()
    memo = not args.no_memo
    require_data()
    parsed = parse_lists()
    key = cache_key([d.content_hash for d in parsed])
    index = load_all_index()
    matcher = Matcher(index)
    print(f"entities: {len(index.entities)}, workers: {args.workers}, memo: {memo}")
    print(
        "| backend | rows | rows/s | seconds | rows/s after 1st chunk | peak memory (PSS, MB) "
        "| vs single-query "
        "| repeated rows | parent CPU ms/row | worker CPU ms/row | workers busy "
        "| load avg start/peak/end |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    single: float | None = None
    for rows, path in rows_of(args.rows):
        single = single or single_query_rate(matcher, path, args.single_rows)
        backend = LocalBackend(matcher, 5, None, args.workers)
        m = run(backend, path, key, args.chunk_size, memo)
        busy = m.worker_cpu / (m.seconds * args.workers)
        print(
            f"| local x{args.workers} | {rows:,} | {m.rate:,.0f} | {m.seconds:,.0f} "
            f"| {m.steady:,.0f} | {m.peak / 1e6:,.0f} | {m.rate / single:.2f}x "
            f"| {m.repeated / m.rows:.1%} "
            f"| {m.parent_cpu / m.rows * 1e3:.3f} | {m.worker_cpu / m.rows * 1e3:.3f} "
            f"| {busy:.0%} | {m.load} |",
            flush=True,
        )
    print(f"| single-query, 1 process | {args.single_rows:,} | {single:,.0f} | | | | 1.00x |")
    if args.spark_rows:
        from tradeguard.batchscreen.sparkbackend import SparkBackend

        _, path = next(rows_of([args.spark_rows]))
        spark = SparkBackend(index, 5, None, f"local[{args.workers}]")
        m = run(spark, path, key, args.chunk_size, memo)
        ratio = f"{m.rate / single:.2f}x" if single else ""
        print(
            f"| spark local[{args.workers}] | {m.rows:,} | {m.rate:,.0f} "
            f"| {m.seconds:,.0f} | {m.steady:,.0f} | {m.peak / 1e6:,.0f} (driver+python workers) "
            f"| {ratio} "
            f"| {m.repeated / m.rows:.1%} | | | | {m.load} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
