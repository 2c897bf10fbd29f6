"""All backends behave the same: the single-query library call, the local pool and Spark
(local mode) give identical hits, scores and rejects for the same rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from batchscreen.queries import QUERY_ROWS, write_queries
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
# Every query row twice more under new ids, once with padded name and schema.
REPEATED = [
    (f"{copy}-{ident}", f" {name}  " if copy == 2 else name, f"{schema} ", birth_date, country)
    for copy in range(3)
    for ident, name, schema, birth_date, country in QUERY_ROWS
]

Answer = tuple[Any, ...]


def single_query_answers(engine: Engine, rows: list[tuple[str, ...]] = QUERY_ROWS) -> list[Answer]:
    matcher = engine.matcher()
    answers: list[Answer] = []
    for row, (ident, name, schema, birth_date, country) in enumerate(rows, start=1):
        try:
            query = make_query(name.strip(), schema.strip() or None, birth_date, country)
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


@pytest.mark.parametrize("engine_name", ["local", "spark"])
def test_repeated_rows_match_single_queries(
    engine: Engine, tmp_path: Path, engine_name: str
) -> None:
    # Repeats within and across chunks, rejected rows too: the memo screens each query once
    # and copies its outcome, which must equal the library call for every row.
    queries = write_queries(tmp_path / "repeated.csv", REPEATED)
    if engine_name == "spark":
        spark_session()
        from tradeguard.batchscreen.sparkbackend import SparkBackend

        backend: Backend = SparkBackend(engine.index(), TOP, THRESHOLD, MASTER)
    else:
        backend = LocalBackend(engine.matcher(), TOP, THRESHOLD, workers=2, task_rows=2)
    got = backend_answers(backend, engine, queries, tmp_path / f"{engine_name}.parquet")
    assert got == single_query_answers(engine, REPEATED)
