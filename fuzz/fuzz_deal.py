"""atheris harness: the deal parser, on YAML and JSON deal files.

Seeds are the deals of the committed test cases and the bundled running example; no list data
is involved.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import atheris
import yaml
from common import PROJECT, Files, main

with atheris.instrument_imports(include=["tradeguard"]):
    from tradeguard.deals import DealError, load_deal

CASES = PROJECT / "tests" / "deals" / "cases"
EXAMPLE = PROJECT / "src" / "tradeguard" / "data" / "running-example.yaml"


def seeds() -> Iterator[bytes]:
    yield EXAMPLE.read_bytes()
    for path in sorted(CASES.glob("*.yaml")):
        deal = yaml.safe_load(path.read_text(encoding="utf-8"))["deal"]
        yield yaml.safe_dump(deal, allow_unicode=True).encode()
        yield json.dumps(deal, ensure_ascii=False).encode()


FILES = Files()


def test(data: bytes) -> None:
    name = "deal.json" if data.lstrip()[:1] in (b"{", b"[") else "deal.yaml"
    try:
        deal = load_deal(FILES.write([name], data)[0])
    except DealError:
        return
    for line in deal.goods:
        if not (line.quantity.is_finite() and line.quantity > 0 and line.unit_value.is_finite()):
            raise AssertionError(f"goods line let through: {line}")


if __name__ == "__main__":
    main("deal", seeds, test)
