"""All backends behave the same: the single-query library call, the local pool and Spark
(local mode) give identical hits, scores and rejects for the same rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from batchscreen.queries import QUERY_ROWS
from batchscreen.spark_support import MASTER, spark_session
from tradeguard.batchscreen.backend import Backend
from tradeguard.batchscreen.columns import parse_map
from tradeguard.batchscreen.engines import lists_key
from tradeguard.batchscreen.local import LocalBackend
from tradeguard.batchscreen.run import Job, screen_file
from tradeguard.engine import Engine
from tradeguard.matching.query import QueryError, make_query

# Threshold 0 and three hits a row compare many scores, not only the few alerts.
TOP, THRESHOLD = 3, 0.0

Answer = tuple[Any, ...]


def single_query_answers(engine: Engine) -> list[Answer]:
    matcher = engine.matcher()
    answers: list[Answer] = []
    for row, (ident, name, schema, birth_date, country) in enumerate(QUERY_ROWS, start=1):
        try:
            query = make_query(name, schema or None, birth_date, country)
        except QueryError as error:
            answers.append((row, ident, None, None, None, None, str(error)))
            continue
        for rank, hit in enumerate(matcher.match(query, top=TOP, threshold=THRESHOLD), 1):
            entity = hit.entity
            answers.append((row, ident, rank, hit.score, entity.list_id, entity.entry_id, None))
    return answers


def backend_answers(backend: Backend, engine: Engine, queries: Path, out: Path) -> list[Answer]:
    job = Job(queries, out, parse_map(None), top=TOP, threshold=THRESHOLD, chunk_size=5)
    screen_file(job, backend, lists_key(engine))
    hits = [
        (h["row"], h["query_id"], h["rank"], h["score"], h["list"], h["entry_id"], None)
        for h in pq.read_table(out).to_pylist()
    ]
    with job.rejects_path.open(encoding="utf-8", newline="") as handle:
        rejects = [
            (int(r["row"]), r["query_id"], None, None, None, None, r["error"])
            for r in csv.DictReader(handle)
        ]
    return sorted(hits + rejects, key=lambda a: (a[0], a[2] or 0))


def test_local_backend_matches_single_queries(
    engine: Engine, queries_csv: Path, tmp_path: Path
) -> None:
    expected = single_query_answers(engine)
    assert len(expected) > len(QUERY_ROWS)  # many scores to compare, not one per row
    backend = LocalBackend(engine.matcher(), TOP, THRESHOLD, workers=2)
    got = backend_answers(backend, engine, queries_csv, tmp_path / "local.parquet")
    assert got == expected


def test_spark_backend_matches_single_queries(
    engine: Engine, queries_csv: Path, tmp_path: Path
) -> None:
    spark_session()
    from tradeguard.batchscreen.sparkbackend import SparkBackend

    backend = SparkBackend(engine.index(), TOP, THRESHOLD, MASTER)
    got = backend_answers(backend, engine, queries_csv, tmp_path / "spark.parquet")
    assert got == single_query_answers(engine)
