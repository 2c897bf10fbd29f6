"""CSV in, CSV out, for `match --input` and `compare --input`.

A bad row is rejected with its line number and reason, and the run goes on: one typo in a
50,000-row customer file must not stop the other 49,999 from being screened.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tradeguard.matching.compare import compare_names
from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import QueryError, make_query
from tradeguard.model import SCHEMAS

MATCH_OUTPUT = [
    "query_id",
    "rank",
    "score",
    "list",
    "entry_id",
    "schema",
    "matched_name",
    "caption",
]
COMPARE_OUTPUT = ["id", "score", "match"]
MAX_REJECT_EXAMPLES = 20


class BatchInputError(ValueError):
    """The input file as a whole is unusable (e.g. a required column is missing)."""


@dataclass(slots=True)
class BatchSummary:
    rows: int = 0
    hits: int = 0
    alerts: int = 0
    rejected: int = 0
    rejected_examples: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    def reject(self, line: int, reason: str) -> None:
        self.rejected += 1
        if len(self.rejected_examples) < MAX_REJECT_EXAMPLES:
            self.rejected_examples.append((line, reason))


@contextmanager
def _open_output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", newline="", encoding="utf-8") as handle:
        yield handle


def _rows(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise BatchInputError(
                f"{path}: missing column(s) {', '.join(missing)}; need {', '.join(required)}"
            )
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def _schema(value: str) -> str | None:
    if value and value not in SCHEMAS:
        raise QueryError(f"schema: {value!r} is not one of {', '.join(SCHEMAS)}")
    return value or None


# One input row in, zero or more output rows out; raises QueryError to reject the row.
RowHandler = Callable[[dict[str, str], BatchSummary], Iterable[Sequence[object]]]


def _run(
    input_path: Path,
    output_path: Path | None,
    required: Sequence[str],
    header: Sequence[str],
    handle: RowHandler,
) -> BatchSummary:
    """Read, handle and write every row; a rejected row is counted with its line and skipped."""
    summary = BatchSummary()
    started = time.perf_counter()
    with _open_output(output_path) as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for line, row in _rows(input_path, required):
            summary.rows += 1
            try:
                writer.writerows(list(handle(row, summary)))
            except QueryError as error:
                summary.reject(line, str(error))
    summary.seconds = time.perf_counter() - started
    return summary


def match_csv(
    matcher: Matcher,
    input_path: Path,
    output_path: Path | None,
    top: int = 5,
    threshold: float | None = None,
) -> BatchSummary:
    def screen(row: dict[str, str], summary: BatchSummary) -> Iterator[Sequence[object]]:
        # make_query checks every field, schema included, before anything is matched.
        query = make_query(
            row["name"], row.get("schema") or None, row.get("birth_date"), row.get("country")
        )
        hits = matcher.match(query, top=top, threshold=threshold)
        for rank, hit in enumerate(hits, start=1):
            summary.hits += 1
            summary.alerts += int(hit.alert)
            entity = hit.entity
            yield [
                row["id"],
                rank,
                f"{hit.score:.4f}",
                entity.list_id,
                entity.entry_id,
                entity.schema,
                hit.matched_name,
                entity.caption,
            ]

    return _run(input_path, output_path, ["id", "name"], MATCH_OUTPUT, screen)


def compare_csv(
    index: NameIndex | None, input_path: Path, output_path: Path | None
) -> BatchSummary:
    def score(row: dict[str, str], summary: BatchSummary) -> list[Sequence[object]]:
        schema = _schema(row.get("schema", ""))
        if not row["name_a"] or not row["name_b"]:
            raise QueryError("name_a and name_b must both be given")
        result = compare_names(row["name_a"], row["name_b"], schema, index)
        summary.hits += int(result.match)
        return [[row["id"], f"{result.score:.4f}", "true" if result.match else "false"]]

    return _run(input_path, output_path, ["id", "name_a", "name_b"], COMPARE_OUTPUT, score)
