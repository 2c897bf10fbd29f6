"""Fit the score calibration on the fit half of the labelled pairs and ship it in the package.

    .venv/bin/python bench/calibrate.py

Writes src/tradeguard/matching/data/calibration.json: isotonic knots mapping the raw name
similarity to the share of same-party cases. The held-out half is never read here.

Positives are the fit half's same-party pairs. Negatives are the fit half's hard negatives
plus the best hit of innocent Faker names screened against every list (seed 1; the reported
alert rate uses seed 2026). Why both: pair negatives alone are one name against one other, but
screening takes the best of ~40,000 entities, and the best of many is a much higher score. A
calibration fitted on pairs alone made raw 0.45 read as 0.9 and alerted on 43 % of innocent
names. The innocent count equals the pair negatives, so the prior is documented, not hidden.
"""

from __future__ import annotations

import json
import sys

from common import ROOT, load_all_index, require_data
from innocent import generate, is_listed, listed_token_sets
from metrics import isotonic
from pairs_data import read_pairs, split

from tradeguard.matching.compare import compare_names
from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import Query

INNOCENT_SEED = 1
TARGET = ROOT / "src/tradeguard/matching/data/calibration.json"


def raw_score(schema: str, name_a: str, name_b: str, index: NameIndex) -> float:
    # Weighted by the loaded lists, as in service (and as bench/pairs.py scores them).
    comparison = compare_names(name_a, name_b, schema, index=index).comparison
    return comparison.score if comparison is not None else 0.0


def innocent_best_scores(index: NameIndex, count: int, seed: int) -> list[float]:
    matcher = Matcher(index)
    listed = listed_token_sets(index)
    scores: list[float] = []
    for name, schema, _ in generate(count, seed):
        if not is_listed(name, schema, listed):
            scores.append(max(matcher.name_scores(Query(name, schema)).values(), default=0.0))
    return scores


def main() -> None:
    require_data()
    fit, _ = split(read_pairs())
    index = load_all_index()
    xs = [raw_score(p.schema, p.name_a, p.name_b, index) for p in fit]
    labels = [p.label for p in fit]
    innocent = innocent_best_scores(index, len(labels) - sum(labels), INNOCENT_SEED)
    knots_x, knots_y = isotonic(xs + innocent, labels + [0] * len(innocent))
    payload = {
        "name": "isotonic",
        "fitted_on": (
            f"{len(fit)} pairs (fit half of pairs/list-alias-pairs.csv, split by party) and "
            f"the best hit of {len(innocent)} innocent names (bench/innocent.py, seed 1); "
            "tokens weighted by every loaded list"
        ),
        "xs": [round(x, 5) for x in knots_x],
        "ys": [round(y, 5) for y in knots_y],
    }
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(payload, indent=1) + "\n")
    print(f"{len(knots_x)} knots from {len(fit)} pairs -> {TARGET}", file=sys.stderr)


if __name__ == "__main__":
    main()
