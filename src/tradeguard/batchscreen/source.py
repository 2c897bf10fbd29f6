"""Stream an input file as exact, numbered chunks of query rows, through DuckDB.

DuckDB reads CSV, Parquet and JSON lines in file order (insertion order is preserved by
default) and hands out Arrow record batches, so memory holds one chunk, never the file.
Chunk k always holds rows k*size+1 .. (k+1)*size, which is what makes resume exact.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from tradeguard.batchscreen.columns import FIELDS, present
from tradeguard.batchscreen.score import InputRow

FORMATS = ("csv", "parquet", "jsonl")
_SUFFIXES = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl"}
_SUFFIXES |= {".json": "jsonl", ".ndjson": "jsonl"}


class SourceError(ValueError):
    """The input file cannot be read as the format it claims."""


def guess_format(path: Path, given: str | None = None) -> str:
    if given:
        return given
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(f"{path}: cannot tell the format from {path.suffix!r}; pass the format")
    return fmt


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _relation(path: Path, fmt: str) -> str:
    if fmt == "csv":
        # all_varchar: ids like 007 and dates like 1984 must stay text, exactly as written.
        # A fixed dialect, because the sniffer guesses another delimiter on a ragged file;
        # short rows are padded and surplus values ignored, so one ragged row costs nothing.
        options = "header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"'"
        return f"read_csv({_quote(str(path))}, {options}, null_padding = true, strict_mode = false)"
    if fmt == "parquet":
        return f"read_parquet({_quote(str(path))})"
    return f"read_json({_quote(str(path))}, format = 'newline_delimited')"


@dataclass(slots=True)
class Source:
    path: Path
    fmt: str
    mapping: dict[str, str]

    def _connect(self) -> duckdb.DuckDBPyConnection:
        # One DuckDB thread: reading is cheap next to scoring, and the cores belong to the pool.
        return duckdb.connect(config={"threads": 1, "preserve_insertion_order": True})

    def _select(self, con: duckdb.DuckDBPyConnection) -> str:
        relation = _relation(self.path, self.fmt)
        try:
            columns = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()]
        except duckdb.Error as error:
            raise SourceError(f"{self.path}: {error}") from error
        found = present(self.mapping, columns)
        parts = [
            f'CAST("{found[f]}" AS VARCHAR) AS "{f}"' if f in found else f'NULL AS "{f}"'
            for f in FIELDS
        ]
        return f"SELECT {', '.join(parts)} FROM {relation}"

    def count(self) -> int:
        with self._connect() as con:
            self._select(con)  # fail on a missing column before counting a large file
            row = con.execute(f"SELECT count(*) FROM {_relation(self.path, self.fmt)}").fetchone()
        return int(row[0]) if row else 0

    def chunks(self, size: int) -> Iterator[tuple[int, list[InputRow]]]:
        with self._connect() as con:
            # A relation streams; an execute() result would be materialised whole first.
            reader = con.sql(self._select(con)).to_arrow_reader(size)
            buffer: list[InputRow] = []
            number = 0
            row = 0
            for batch in reader:
                values = [batch.column(i).to_pylist() for i in range(len(FIELDS))]
                for ident, name, schema, birth, country in zip(*values, strict=True):
                    row += 1
                    buffer.append(
                        (
                            row,
                            ident or str(row),
                            name or "",
                            schema or "",
                            birth or "",
                            country or "",
                        )
                    )
                    if len(buffer) == size:
                        yield number, buffer
                        number, buffer = number + 1, []
            if buffer:
                yield number, buffer
