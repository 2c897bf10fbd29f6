"""Towns that organisations are named for, written as nouns: "Vologda", "Rostov", "Kazan".

A Russian enterprise's name makes its town an adjective, which `place_adjectives` reads; the
English of the lists writes the town itself ("Vologda Optical and Mechanical Plant"). Towns in
-sk need no table: their adjectives' stems are theirs. The table (data/towns.txt, written by
tools/towns.py from GeoNames) holds the other towns of Russia, Belarus, Ukraine and Kazakhstan
of 100,000 people or more, as `analyze_name` renders them.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def _towns() -> frozenset[str]:
    text = files("tradeguard.names").joinpath("data/towns.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_town(token: str) -> bool:
    """Whether a word of a name is one of the table's towns."""
    return token in _towns()
