"""atheris harness: OpenSanctions exports, the simple CSV and FollowTheMoney JSON lines."""

from __future__ import annotations

from collections.abc import Iterator

from common import PROJECT, SHARED, csv_seeds, main
from lists_harness import list_test


def seeds() -> Iterator[bytes]:
    yield from csv_seeds(
        SHARED / "opensanctions" / "ua-war-sanctions-2026-03-13.targets.simple.csv"
    )
    # No real JSON-lines export is in shared data; the tests' invented one stands in.
    yield (PROJECT / "tests" / "lists" / "fixtures" / "ftm-sample.jsonl").read_bytes()


def _names(data: bytes) -> list[str]:
    simple = not data.lstrip().startswith(b"{")
    return ["ua-2026-03-13.targets." + ("simple.csv" if simple else "nested.jsonl")]


if __name__ == "__main__":
    main("ftm", seeds, list_test("ftm", _names))
