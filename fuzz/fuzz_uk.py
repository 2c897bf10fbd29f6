"""atheris harness: the UK ConList, as CSV or, when the input is a zip, as XLSX."""

from __future__ import annotations

import io
from collections.abc import Iterator

import openpyxl
from common import SHARED, csv_seeds, main
from lists_harness import list_test

SOURCE = SHARED / "uk" / "conlist-2025-04-10"


def _workbooks() -> Iterator[bytes]:
    book = openpyxl.load_workbook(SOURCE.with_suffix(".xlsx"), read_only=True, data_only=True)
    rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    for start in range(2, len(rows), len(rows) // 3):
        out = openpyxl.Workbook()
        sheet = out.active
        for row in rows[:2] + rows[start : start + 12]:
            sheet.append(row)
        buffer = io.BytesIO()
        out.save(buffer)
        yield buffer.getvalue()


def seeds() -> Iterator[bytes]:
    yield from csv_seeds(SOURCE.with_suffix(".csv"), head=2)
    yield from _workbooks()


def _names(data: bytes) -> list[str]:
    return ["conlist.xlsx" if data.startswith(b"PK") else "conlist.csv"]


if __name__ == "__main__":
    main("uk", seeds, list_test("uk", _names))
