"""Delimited-text reading shared by the CSV loaders: line numbers in every error, no half files.

Python's csv module quietly returns a short last row when a file was cut mid-row, and a file
cut inside a quoted field ends up as one long field. A sanctions list loaded half-way is worse
than no list, so every row here must have exactly as many fields as the header, and a file
must not end inside a row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from tradeguard.lists.base import ListFormatError, read_text

# Enough to hold the header line of any list we sniff, even the wide trade.gov one.
SNIFF_BYTES = 64 * 1024


@dataclass(slots=True)
class Record:
    """One data row, keyed by header name, with the line it starts on for error messages."""

    line: int
    values: dict[str, str]

    @property
    def location(self) -> str:
        return f"line {self.line}"

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()


# Set only inside `allowing_cut_last_row()`: where dropped final rows are recorded.
_CUT_ROWS: ContextVar[list[tuple[str, str]] | None] = ContextVar("cut_rows", default=None)


@contextmanager
def allowing_cut_last_row() -> Iterator[list[tuple[str, str]]]:
    """Within this block a file cut inside its last row loads without that row.

    Off by default: a cut file looks exactly like a failed download. Some published extracts
    (the CSL subset in shared data) really do end mid-row, and the user may choose to load
    their complete rows; each dropped row is recorded as (file, "line N") for the report.
    """
    dropped: list[tuple[str, str]] = []
    token = _CUT_ROWS.set(dropped)
    try:
        yield dropped
    finally:
        _CUT_ROWS.reset(token)


def read_checked(path: Path) -> str:
    """The file's text, refusing one that visibly stops in the middle of a row."""
    text = read_text(path)
    # A complete file ends with a line break or, when the last field is quoted and the
    # publisher wrote no final newline (BIS DPL), with the closing quote.
    if text and not text.endswith(("\n", "\r", '"')):
        line = text.count("\n") + 1
        dropped = _CUT_ROWS.get()
        if dropped is None:
            raise ListFormatError(
                path,
                f"line {line}",
                "file ends in the middle of a row (truncated?); "
                "`lists load --allow-truncated` loads the complete rows only",
            )
        dropped.append((str(path), f"line {line}"))
        text = text[: text.rfind("\n") + 1]
    return text


def rows(path: Path, text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, fields) for every non-blank row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ListFormatError(path, f"line {start}", f"broken CSV row: {error}") from error
        if any(field.strip() for field in row):
            yield start, row
        start = reader.line_num + 1


def records(
    path: Path, header: Sequence[str], numbered: Iterator[tuple[int, list[str]]]
) -> Iterator[Record]:
    """Pair each row with the header; a row of another width is a cut or broken row."""
    width = len(header)
    for line, row in numbered:
        if len(row) != width:
            raise ListFormatError(
                path,
                f"line {line}",
                f"expected {width} fields, found {len(row)} (truncated or broken row)",
            )
        yield Record(line, dict(zip(header, row, strict=True)))


def require_columns(path: Path, header: Sequence[str], required: Sequence[str]) -> None:
    missing = [column for column in required if column not in header]
    if missing:
        raise ListFormatError(path, "line 1", f"missing columns: {', '.join(missing)}")


def head_text(path: Path, size: int = SNIFF_BYTES) -> str:
    """The first bytes of a file as text, for sniffing; empty when the file is unreadable."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(size)
    except OSError:
        return ""
    return raw.decode("utf-8-sig", errors="replace")


def first_row(path: Path, delimiter: str = ",") -> list[str]:
    """The first row of a delimited file, parsed leniently, for sniffing."""
    lines = head_text(path).splitlines()
    if not lines:
        return []
    return next(csv.reader([lines[0]], delimiter=delimiter), [])
