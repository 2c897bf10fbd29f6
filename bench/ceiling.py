"""Ceilings: the pairs F1 that any spelling matcher can reach on the labelled pairs.

    .venv/bin/python bench/ceiling.py

Of the held-out positive pairs, how many share a word, a sound or a written-together name
(`reachable`), overall and per script group. Their share bounds recall, so with precision 1 it
bounds F1 at 2R / (1 + R): a target above that bound is out of reach for any matcher of
spelling and sound, and no tuning reaches it. tradeguard's recall on the reachable pairs says
how much of what is reachable it finds. The OFAC hold-out's ceiling is `ofac_holdout.py`'s,
by the same definition.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from common import load_all_index, require_data, write_result
from pairs_data import read_pairs, split
from reachable import f1_ceiling, recall_needed, shares_something

from tradeguard.matching.compare import compare_names
from tradeguard.matching.compared_forms import compared_forms
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.scorer import DEFAULT_THRESHOLD
from tradeguard.names import listed_forms

# The targets: F1 overall, and in every script group of at least MIN_GROUP pairs.
OVERALL_TARGET = 0.95
GROUP_TARGET = 0.90
MIN_GROUP = 100


def main() -> None:
    require_data()
    index = load_all_index()
    listed = ListedWords.of_index(index)
    _, held_out = split(read_pairs())
    sizes: dict[str, int] = defaultdict(int)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pair in held_out:
        sizes[pair.group] += 1
        if pair.label != 1:
            continue
        reachable = shares_something(
            compared_forms(pair.name_a, pair.schema, listed), listed_forms(pair.name_b, pair.schema)
        )
        found = compare_names(pair.name_a, pair.name_b, pair.schema, index).score
        found_it = found >= DEFAULT_THRESHOLD
        for group in ("overall", pair.group):
            tally = counts[group]
            tally["positives"] += 1
            tally["reachable"] += reachable
            tally["found"] += found_it
            tally["found_reachable"] += found_it and reachable
    results: dict[str, Any] = {"threshold": DEFAULT_THRESHOLD}
    for group, tally in counts.items():
        if group != "overall" and sizes[group] < MIN_GROUP:
            continue
        target = OVERALL_TARGET if group == "overall" else GROUP_TARGET
        positives = tally["positives"]
        # Pairs found without sharing anything (a Cyrillic abbreviation and its spelt-out
        # Latin name) are reachable after all: the bound counts them.
        bound = (tally["reachable"] + tally["found"] - tally["found_reachable"]) / positives
        results[group] = {
            "positives": positives,
            "share_reachable": round(tally["reachable"] / positives, 4),
            "found_unreachable": tally["found"] - tally["found_reachable"],
            "recall_bound": round(bound, 4),
            "f1_ceiling": round(f1_ceiling(bound), 4),
            "target": target,
            "recall_needed": round(recall_needed(target), 4),
            "recall": round(tally["found"] / positives, 4),
            "recall_on_reachable": round(tally["found_reachable"] / max(1, tally["reachable"]), 4),
        }
        print(group, results[group])
    write_result("ceiling", results)


if __name__ == "__main__":
    main()
