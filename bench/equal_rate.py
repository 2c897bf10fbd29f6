"""Pair recall at equal innocent alert rates: compares matchers apart from their calibration.

    .venv/bin/python bench/equal_rate.py [--rates 0.005,0.0075,0.01]

The default threshold's figures move with the calibration's prior as much as with the
matcher, so two versions of the matcher are compared here at the same operating point: for
each innocent alert rate, the threshold that lets that share of the innocent names
(bench/innocent.py's names, seed 2026) alert, and the fit-half pair recall and F1 above it,
overall and by script group. The fit half, not the held-out one: this is a development
comparison, and the held-out half stays for the reported figures.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from typing import Any

from common import load_all_index, require_data, write_result
from innocent import best_hit_scores
from metrics import prf
from pairs_data import read_pairs, split

from tradeguard.matching.compare import compare_names
from tradeguard.matching.index import NameIndex

INNOCENT_COUNT, INNOCENT_SEED = 6000, 2026  # as bench/innocent.py reports them


def innocent_best(index: NameIndex) -> list[float]:
    """Each innocent name's best score, highest first."""
    return sorted(best_hit_scores(index, INNOCENT_COUNT, INNOCENT_SEED), reverse=True)


def at_threshold(scored: list[tuple[str, int, float]], threshold: float) -> dict[str, Any]:
    groups: dict[str, tuple[list[float], list[int]]] = defaultdict(lambda: ([], []))
    for group, label, score in scored:
        for key in (group, "overall"):
            groups[key][0].append(score)
            groups[key][1].append(label)
    return {key: prf(s, y, threshold).as_dict() for key, (s, y) in sorted(groups.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rates", default="0.005,0.0075,0.01")
    args = parser.parse_args()
    require_data()
    index = load_all_index()
    best = innocent_best(index)
    fit, _ = split(read_pairs())
    scored = [
        (p.group, p.label, compare_names(p.name_a, p.name_b, p.schema, index=index).score)
        for p in fit
    ]
    result = {}
    for rate in (float(r) for r in args.rates.split(",")):
        # Just above the score of the innocent name at that rank: at most this share alerts
        # (scores are rounded to four places).
        threshold = best[int(rate * len(best))] + 1e-9
        result[str(rate)] = {"threshold": threshold, **at_threshold(scored, threshold)}
        overall = result[str(rate)]["overall"]
        print(f"innocent {rate:.4f}: threshold {threshold:.4f}, fit-half pairs {overall}")
    write_result("equal_rate", result)


if __name__ == "__main__":
    main()
