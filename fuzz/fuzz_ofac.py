"""atheris harness: the OFAC legacy trio (sdn, alt, add, sdn_comments) as one input."""

from __future__ import annotations

from collections.abc import Iterator

from common import SEPARATOR, SHARED, main, record_spans
from lists_harness import list_test

NAMES = ("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")
# OFAC ends each file with a DOS end-of-file byte.
EOF_MARK = "\x1a"


def _rows(path: str) -> list[str]:
    text = (SHARED / path).read_bytes().decode("latin-1").rstrip("\r\n" + EOF_MARK)
    return record_spans(text)


def seeds() -> Iterator[bytes]:
    for folder, secondary in (
        ("trio-subset", "trio-subset"),
        ("sdn-2024-05-03", "alt-add-2025-12-24"),
    ):
        primary = _rows(f"ofac/{folder}/sdn.csv")
        others = [_rows(f"ofac/{secondary}/{name}") for name in NAMES[1:]]
        for start in range(0, len(primary), max(len(primary) // 4, 1)):
            chosen = primary[start : start + 12]
            ids = {row.split(",", 1)[0] for row in chosen}
            files = [chosen] + [[r for r in rows if r.split(",", 1)[0] in ids] for rows in others]
            yield SEPARATOR.join(("".join(rows) + EOF_MARK).encode("latin-1") for rows in files)


if __name__ == "__main__":
    main("ofac", seeds, list_test("ofac", NAMES))
