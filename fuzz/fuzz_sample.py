"""atheris harness: the bundled sample list's YAML, whole and in slices of a few entries."""

from __future__ import annotations

from collections.abc import Iterator

import yaml
from common import PROJECT, main
from lists_harness import list_test

SOURCE = PROJECT / "src" / "tradeguard" / "data" / "sample-list.yaml"


def seeds() -> Iterator[bytes]:
    yield SOURCE.read_bytes()
    document = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    entities = document["entities"]
    for start in range(0, len(entities), 3):
        part = {**document, "entities": entities[start : start + 3]}
        yield yaml.safe_dump(part, allow_unicode=True, sort_keys=False).encode()


if __name__ == "__main__":
    main("sample", seeds, list_test("sample", ["sample-list.yaml"]))
