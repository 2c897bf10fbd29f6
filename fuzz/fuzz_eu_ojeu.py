"""atheris harness: the EU journal CSVs, a consolidated annex and an amendment file as one input."""

from __future__ import annotations

from collections.abc import Iterator

from common import SEPARATOR, SHARED, csv_seeds, main
from lists_harness import list_test

FOLDER = SHARED / "eu-ojeu"


def seeds() -> Iterator[bytes]:
    amendments = [
        seed for path in sorted((FOLDER / "amendments").glob("*.csv")) for seed in csv_seeds(path)
    ]
    biggest = sorted((FOLDER / "consolidated").glob("*.csv"), key=lambda p: -p.stat().st_size)[:4]
    for index, seed in enumerate(seed for path in biggest for seed in csv_seeds(path)):
        yield seed
        yield seed + SEPARATOR + amendments[index % len(amendments)]


if __name__ == "__main__":
    main("eu-ojeu", seeds, list_test("eu-ojeu", ["32014R0269.csv", "32026R1843.csv"]))
