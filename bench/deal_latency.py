"""Latency of screening one deal: 5 parties, 10 goods lines, rules + territories + list matching.

Run: .venv/bin/python bench/deal_latency.py [--runs 300] [--repeats 5]
Prints markdown rows (p50 and p99 in ms, the median over the repeats) for bench/RESULTS.md:
rules only, with the bundled sample list, and with the real lists when ../shared/data exists.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tradeguard.deals import Deal, parse_deal, screen
from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REAL_LISTS = [
    ["ofac/sdn-2024-05-03/sdn.csv", "ofac/alt-add-2025-12-24"],
    ["un/consolidated-2026-02-27.xml"],
    ["uk/conlist-2025-04-10.csv"],
    ["us-csl/csl-subset-2023-11.csv"],
]

PARTIES = [
    {"role": "seller", "name": "Autohaus Beispiel GmbH", "schema": "Company", "country": "DE"},
    {"role": "buyer", "name": "LLC Aurus", "schema": "Company", "country": "RU"},
    {"role": "consignee", "name": "Kim Jong Un", "schema": "Person", "birth_date": "1984"},
    {"role": "intermediary", "name": "Silk Road Logistics LLP", "schema": "Company"},
    {"role": "bank", "name": "Raiffeisen Bank International AG", "schema": "Company"},
]
# (hs_code, unit value EUR, attributes): cars, parts in and outside 8708, and unrelated goods.
LINES: list[tuple[str, int, dict[str, Any]]] = [
    ("870323", 60000, {"engine_cm3": 1998, "propulsion": "petrol"}),
    ("870340", 45000, {"engine_cm3": 2500, "propulsion": "hybrid"}),
    ("870380", 30000, {"propulsion": "electric"}),
    ("870321", 15000, {"engine_cm3": 999}),
    ("87083091", 400, {}),
    ("87084020", 2500, {}),
    ("854430", 120, {}),
    ("848210", 80, {}),
    ("401110", 200, {}),
    ("090111", 20, {}),
]


def bench_deal() -> Deal:
    goods = [
        {
            "description": f"line {n}",
            "hs_code": hs,
            "quantity": 2,
            "unit_value": value,
            "currency": "USD" if n % 2 else "EUR",
            **attributes,
        }
        for n, (hs, value, attributes) in enumerate(LINES)
    ]
    return parse_deal(
        {
            "contract_date": "2024-03-01",
            "jurisdictions": ["EU", "US", "UK"],
            "parties": PARTIES,
            "goods": goods,
            "route": {"ship_to": {"country": "RU", "city": "Moscow"}},
        }
    )


def percentiles(call: Callable[[], object], runs: int, repeats: int) -> tuple[float, float]:
    p50s, p99s = [], []
    for _ in range(repeats):
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            call()
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p50s.append(timings[len(timings) // 2])
        p99s.append(timings[min(len(timings) - 1, int(len(timings) * 0.99))])
    return statistics.median(p50s), statistics.median(p99s)


def engine_with(paths: list[list[Path]], home: Path) -> Engine:
    engine = Engine.open(home)
    for group in paths:
        engine.load(group, allow_truncated=True)
    engine.index()
    return engine


def row(label: str, call: Callable[[], object], runs: int, repeats: int) -> str:
    for _ in range(20):  # warm caches: rule book, transliterators, the name index
        call()
    p50, p99 = percentiles(call, runs, repeats)
    verdict = "yes" if p99 < 50 else "NO"
    return f"| deal screening, 5 parties x 10 lines, {label} | {p50:.2f} | {p99:.2f} | {verdict} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    deal = bench_deal()
    print("| benchmark | p50 ms | p99 ms | p99 < 50 ms |")
    print("|---|---|---|---|")
    print(row("rules only (no lists)", lambda: screen(deal), args.runs, args.repeats))
    with tempfile.TemporaryDirectory() as home:
        sample = engine_with([[bundled_path()]], Path(home))
        call = lambda: screen(deal, engine=sample)  # noqa: E731
        print(row("bundled sample list", call, args.runs, args.repeats))
    if SHARED.is_dir():
        with tempfile.TemporaryDirectory() as home:
            real = engine_with([[SHARED / p for p in group] for group in REAL_LISTS], Path(home))
            call = lambda: screen(deal, engine=real)  # noqa: E731
            print(row("real lists (OFAC, UN, UK, CSL)", call, args.runs, args.repeats))


if __name__ == "__main__":
    main()
