"""atheris harness: the EU FSF XML (the real one-record excerpt and the tests' fixture)."""

from __future__ import annotations

from collections.abc import Iterator

from common import PROJECT, SHARED, main
from lists_harness import list_test


def seeds() -> Iterator[bytes]:
    yield (SHARED / "eu-fsf" / "excerpt-putin-2022.xml").read_bytes()
    yield (PROJECT / "tests" / "lists" / "fixtures" / "eu-fsf-sample.xml").read_bytes()


if __name__ == "__main__":
    main("eu", seeds, list_test("eu", ["eu-fsf.xml"]))
