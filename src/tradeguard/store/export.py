"""Audit records as JSON lines or CSV, written to a file (the CLI) or streamed line by line
(the API), so both give the same bytes."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from tradeguard.store.audit import AuditRecord

COLUMNS = ("seq", "at", "kind", "actor", "payload", "prev_hash", "hash")


def jsonl_lines(records: Iterable[AuditRecord]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record.to_dict(), ensure_ascii=False) + "\n"


class _Echo:
    """A file for csv.writer whose write hands the formatted row back."""

    def write(self, line: str) -> str:
        return line


def csv_lines(records: Iterable[AuditRecord]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for r in records:
        # The payload stays the exact hashed text, so a CSV export can be re-verified.
        yield writer.writerow([r.seq, r.at, r.kind, r.actor or "", r.payload, r.prev_hash, r.hash])


LINES: dict[str, Callable[[Iterable[AuditRecord]], Iterator[str]]] = {
    "jsonl": jsonl_lines,
    "csv": csv_lines,
}


def write_jsonl(records: Iterable[AuditRecord], out: IO[str]) -> int:
    return _write(jsonl_lines(records), out, header=False)


def write_csv(records: Iterable[AuditRecord], out: IO[str]) -> int:
    return _write(csv_lines(records), out, header=True)


def _write(lines: Iterator[str], out: IO[str], header: bool) -> int:
    """Write every line; the count is of records, not lines."""
    count = -1 if header else 0
    for line in lines:
        out.write(line)
        count += 1
    return count
