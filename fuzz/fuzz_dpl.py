"""atheris harness: the BIS Denied Persons List, tab-separated."""

from __future__ import annotations

from collections.abc import Iterator

from common import SHARED, csv_seeds, main
from lists_harness import list_test


def seeds() -> Iterator[bytes]:
    yield from csv_seeds(SHARED / "us-csl" / "bis-dpl.txt", delimiter="\t")


if __name__ == "__main__":
    main("dpl", seeds, list_test("dpl", ["dpl.txt"]))
