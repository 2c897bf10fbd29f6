"""Repeated queries are screened once (memo.py), and the output is exactly what screening every
row gives: hits, scores, ranks, rejects and counts, each row with its own number, id and name."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

import tradeguard.batchscreen.local as local
from batchscreen.queries import QUERY_ROWS, write_queries
from tradeguard.batchscreen.backend import Chunk, Scored
from tradeguard.batchscreen.columns import parse_map
from tradeguard.batchscreen.engines import lists_key
from tradeguard.batchscreen.local import LocalBackend, _score_chunk
from tradeguard.batchscreen.memo import Memo, query_key
from tradeguard.batchscreen.run import Job, Summary, screen_file
from tradeguard.engine import Engine

# Every query row three times under new ids: within a chunk and across chunks, rejected rows
# too, and once with padded name and schema (which `screen_rows` strips, so the same query).
REPEATED = [
    (f"{copy}-{ident}", f"  {name} " if copy == 2 else name, schema, birth_date, country)
    for copy in range(3)
    for ident, name, schema, birth_date, country in QUERY_ROWS
]


def _screen(
    engine: Engine, queries: Path, out: Path, memo: bool, workers: int = 2, chunk: int = 7
) -> tuple[list[dict[str, Any]], list[dict[str, str]], Summary]:
    job = Job(queries, out, parse_map(None), top=3, threshold=0.0, chunk_size=chunk)
    job.memo_capacity = job.memo_capacity if memo else 0
    backend = LocalBackend(engine.matcher(), job.top, job.threshold, workers, task_rows=3)
    summary = screen_file(job, backend, lists_key(engine))
    with job.rejects_path.open(encoding="utf-8", newline="") as handle:
        rejects = list(csv.DictReader(handle))
    return pq.read_table(out).to_pylist(), rejects, summary


@pytest.mark.parametrize("workers", [1, 2])
def test_memo_gives_the_same_output_rejects_and_counts(
    engine: Engine, tmp_path: Path, workers: int
) -> None:
    queries = write_queries(tmp_path / "repeated.csv", REPEATED)
    hits, rejects, summary = _screen(engine, queries, tmp_path / "memo.parquet", True, workers)
    ref_hits, ref_rejects, ref = _screen(engine, queries, tmp_path / "ref.parquet", False, workers)
    assert hits == ref_hits
    assert rejects == ref_rejects
    assert summary.counts == ref.counts
    assert len(rejects) == 3 * 4  # every copy of the four bad rows, each with its own row
    assert {r["query_id"] for r in rejects} >= {"0-b2", "1-b2", "2-b2"}
    padded = [h for h in hits if h["query_id"] == "2-k2"]
    assert padded and padded[0]["query_name"] == "  김정은 "  # the row's own name, as given
    assert summary.repeated_rows == 2 * len(QUERY_ROWS)
    assert ref.repeated_rows == 0


def test_a_chunk_of_only_repeats_and_a_full_memo(engine: Engine, tmp_path: Path) -> None:
    # Chunk size 4 puts whole chunks of repeats in the second copy; capacity 5 leaves most
    # queries unremembered, so they are screened again and must still come out the same.
    queries = write_queries(tmp_path / "repeated.csv", REPEATED)
    reference, _, _ = _screen(engine, queries, tmp_path / "ref.parquet", False, chunk=4)
    for capacity in (5, 1_000):
        job = Job(queries, tmp_path / f"m{capacity}.parquet", parse_map(None), top=3)
        job.threshold, job.chunk_size, job.memo_capacity = 0.0, 4, capacity
        backend = LocalBackend(engine.matcher(), 3, 0.0, workers=2, task_rows=3)
        summary = screen_file(job, backend, lists_key(engine))
        assert pq.read_table(job.output).to_pylist() == reference
        assert summary.counts.rows == len(REPEATED)


class _Reversed:
    """A backend that returns every chunk, but last first (the protocol allows any order)."""

    def score(self, chunks: Iterator[Chunk]) -> Iterator[Scored]:
        yield from reversed([_score_chunk(chunk) for chunk in chunks])


def test_chunks_returned_out_of_order_are_finished_in_order(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "_MATCHER", engine.matcher())
    monkeypatch.setattr(local, "_OPTIONS", (3, 0.0))
    rows = [(n, *row) for n, row in enumerate(REPEATED, start=1)]
    chunks = [(k, rows[k * 10 : (k + 1) * 10]) for k in range(len(rows) // 10 + 1)]
    plain = [_score_chunk(chunk) for chunk in chunks]
    memo = Memo()
    remembered = list(memo.score(_Reversed(), iter(chunks)))
    assert [number for number, _, _ in remembered] == [number for number, _, _ in plain]
    for (_, table, counts), (_, expected, expected_counts) in zip(remembered, plain, strict=True):
        assert table.to_pylist() == expected.to_pylist()
        assert counts == expected_counts
    assert memo.stats.repeats == 2 * len(QUERY_ROWS)


def test_the_key_is_the_query_as_screen_rows_builds_it() -> None:
    base = query_key((1, "a", "Kim Jong Un", "Person", "1984", "KP"))
    assert query_key((9, "other-id", " Kim Jong Un  ", " Person", "1984", "KP")) == base
    for changed in [
        (1, "a", "Kim Jong Nam", "Person", "1984", "KP"),
        (1, "a", "Kim Jong Un", "", "1984", "KP"),
        (1, "a", "Kim Jong Un", "Person", "1983", "KP"),
        (1, "a", "Kim Jong Un", "Person", "1984", ""),
        (1, "a", "Kim Jong Un", "Person", " 1984", "KP"),  # make_query's message quotes it raw
    ]:
        assert query_key(changed) != base, changed
