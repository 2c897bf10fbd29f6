"""Latency of screening a 100 KB news article: spotting, goods, amounts, places, dates, the
matcher on every distinct name, and the deal rules on every inferred deal.

Run: .venv/bin/python bench/news_latency.py [--kb 100] [--runs 7] [--home DIR]
The article is the seed report (read from ../shared/seed, never copied) repeated, with filler
generated from a fixed seed between the copies: lower-case prose plus made-up capitalised
names, so the name screening sees many distinct unknown names, not one article's handful.
Prints markdown rows for bench/NEWS_RESULTS.md: the automaton build (once per list version),
the first call (cold caches) and the median and worst of the warm calls.
--home reuses a store with the real lists already loaded (saves the ~40 s load).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path
from tradeguard.news import read_article
from tradeguard.news.automaton import automaton_for

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "news-report.txt"
SHARED = ROOT.parent / "shared" / "data"
REAL_LISTS = [
    ["ofac/sdn-2024-05-03/sdn.csv", "ofac/alt-add-2025-12-24"],
    ["un/consolidated-2026-02-27.xml"],
    ["uk/conlist-2025-04-10.csv"],
    ["us-csl/csl-subset-2023-11.csv"],
]
PROSE = (
    "the market for vehicles and parts grew while dealers reported that supply of new models "
    "was slow and prices rose in several regions as buyers waited for deliveries from abroad"
)
WORDS = PROSE.split(" ")
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "sul", "dre", "an", "bet", "gor", "iz"]


def made_up_name(rng: random.Random) -> str:
    parts = ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).title() for _ in range(2)]
    return " ".join(parts)


def filler(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        body = rng.choices(WORDS, k=rng.randint(8, 18))
        body.insert(rng.randrange(len(body)), made_up_name(rng))
        out.append(" ".join(body).capitalize() + ".")
    return " ".join(out)


def article_of(kb: int, seed: int = 8) -> str:
    rng = random.Random(seed)
    seed_text = SEED.read_text(encoding="utf-8")
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < kb * 1000:
        parts += [seed_text, filler(rng, 20)]
    return "\n\n".join(parts)[: kb * 1000]


def row(label: str, engine: Engine, text: str, runs: int) -> str:
    index = engine.index()  # the name index is the matcher's cost, built or loaded once
    started = time.perf_counter()
    automaton_for(index)
    build = time.perf_counter() - started
    started = time.perf_counter()
    report = read_article(text, engine, date(2023, 9, 13))
    cold = time.perf_counter() - started
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        read_article(text, engine, date(2023, 9, 13))
        timings.append(time.perf_counter() - started)
    p50, worst = statistics.median(timings), max(timings)
    verdict = "yes" if p50 < 1 else "NO"
    return (
        f"| news screening, {len(text) / 1000:.0f} KB, {label} | {build:.2f} | {cold:.2f} | "
        f"{p50:.3f} | {worst:.3f} | {len(report.parties)} | {len(report.deals)} | {verdict} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--kb", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--home", type=Path, help="a store with the real lists already loaded")
    args = parser.parse_args()
    text = article_of(args.kb)
    print(
        "| benchmark | automaton build s | first call s | warm p50 s | warm worst s "
        "| party mentions | inferred deals | p50 < 1 s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as home:
        sample = Engine.open(home)
        sample.load([bundled_path()])
        print(row("bundled sample list", sample, text, args.runs))
    if args.home is not None:
        print(row("real lists (OFAC, UN, UK, CSL)", Engine.open(args.home), text, args.runs))
    elif SHARED.is_dir():
        with tempfile.TemporaryDirectory() as home:
            real = Engine.open(home)
            for group in REAL_LISTS:
                real.load([SHARED / p for p in group], allow_truncated=True)
            print(row("real lists (OFAC, UN, UK, CSL)", real, text, args.runs))


if __name__ == "__main__":
    main()
