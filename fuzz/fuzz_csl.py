"""atheris harness: the trade.gov Consolidated Screening List CSV."""

from __future__ import annotations

from collections.abc import Iterator

from common import SHARED, csv_seeds, main
from lists_harness import list_test


def seeds() -> Iterator[bytes]:
    yield from csv_seeds(SHARED / "us-csl" / "csl-subset-2023-11.csv")


if __name__ == "__main__":
    main("csl", seeds, list_test("csl", ["csl.csv"]))
