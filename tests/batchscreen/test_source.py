from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from batchscreen.queries import HEADER, QUERY_ROWS, write_queries
from tradeguard.batchscreen.columns import ColumnMapError, parse_map
from tradeguard.batchscreen.source import Source, SourceError, guess_format


def _write_all_formats(folder: Path) -> list[Path]:
    csv_path = write_queries(folder / "q.csv")
    table = pa.Table.from_pylist([dict(zip(HEADER, r, strict=True)) for r in QUERY_ROWS])
    pq.write_table(table, folder / "q.parquet")
    lines = [json.dumps(dict(zip(HEADER, r, strict=True)), ensure_ascii=False) for r in QUERY_ROWS]
    (folder / "q.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [csv_path, folder / "q.parquet", folder / "q.jsonl"]


def test_every_format_streams_the_same_rows_in_exact_chunks(tmp_path: Path) -> None:
    expected = [(n, *row) for n, row in enumerate(QUERY_ROWS, start=1)]
    for path in _write_all_formats(tmp_path):
        source = Source(path, guess_format(path), parse_map(None))
        chunks = list(source.chunks(5))
        assert [number for number, _ in chunks] == list(range(len(chunks)))
        assert [len(rows) for _, rows in chunks[:-1]] == [5] * (len(chunks) - 1)
        assert [row for _, rows in chunks for row in rows] == expected, path.suffix
        assert source.count() == len(QUERY_ROWS)


def test_mapped_columns_and_row_numbers_as_ids_when_there_is_no_id(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("customer,dob\nAcme 007,1984\n", encoding="utf-8")
    source = Source(path, "csv", parse_map("name=customer,birth_date=dob"))
    assert list(source.chunks(10)) == [(0, [(1, "1", "Acme 007", "", "1984", "")])]


def test_ragged_csv_rows_are_padded_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('id,name,country\n1,Kim Jong Un\n2,"Aurus, LLC",RU,extra\n', encoding="utf-8")
    rows = [row for _, chunk in Source(path, "csv", parse_map(None)).chunks(10) for row in chunk]
    assert rows == [(1, "1", "Kim Jong Un", "", "", ""), (2, "2", "Aurus, LLC", "", "", "RU")]


def test_missing_name_column_is_reported_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text("id,full_name\n1,Acme\n", encoding="utf-8")
    with pytest.raises(ColumnMapError, match="--map name=COLUMN"):
        Source(path, "csv", parse_map(None)).count()


def test_unknown_extension_asks_for_the_format(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="pass the format"):
        guess_format(tmp_path / "q.xlsx")
