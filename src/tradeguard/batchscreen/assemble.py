"""Turn the committed part files into the final output file and the reject file.

DuckDB copies the parts in order (chunk files sorted, rows sorted inside each) and streams
them, so assembling a 10-million-row result needs no more memory than screening it did.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from tradeguard.atomic_files import replace_atomically
from tradeguard.batchscreen.columns import HIT_COLUMNS, OUTPUT_SCHEMA, REJECT_COLUMNS

OUTPUT_FORMATS = ("parquet", "csv", "jsonl")
_SUFFIXES = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl"}
_SUFFIXES |= {".json": "jsonl", ".ndjson": "jsonl"}
_COPY_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER", "jsonl": "FORMAT json"}


class OutputFormatError(ValueError):
    pass


def output_format(path: Path, given: str | None) -> str:
    fmt = given or _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise OutputFormatError(
            f"{path}: cannot tell the output format from {path.suffix!r}; "
            f"pass --output-format ({', '.join(OUTPUT_FORMATS)})"
        )
    return fmt


def _copy(con: duckdb.DuckDBPyConnection, query: str, path: Path, fmt: str) -> None:
    # Written beside the target and renamed, so a half-written output never looks finished.
    def write(tmp: str) -> None:
        target = tmp.replace("'", "''")
        con.execute(f"COPY ({query}) TO '{target}' ({_COPY_OPTIONS[fmt]})")

    replace_atomically(path, write, prefix=f".{path.name}-")


def assemble(parts: list[Path], output: Path, fmt: str, rejects: Path) -> None:
    with duckdb.connect(config={"preserve_insertion_order": True}) as con:
        if parts:
            listed = ", ".join("'" + str(p).replace("'", "''") + "'" for p in parts)
            con.execute(f"CREATE VIEW screened AS SELECT * FROM read_parquet([{listed}])")
        else:
            empty = pa.Table.from_pylist([], schema=OUTPUT_SCHEMA)
            con.register("screened", empty)
        hits = ", ".join(f'"{c}"' for c in HIT_COLUMNS)
        _copy(con, f"SELECT {hits} FROM screened WHERE error IS NULL", output, fmt)
        bad = ", ".join(f'"{c}"' for c in REJECT_COLUMNS)
        _copy(con, f"SELECT {bad} FROM screened WHERE error IS NOT NULL", rejects, "csv")
