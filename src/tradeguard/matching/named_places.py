"""Russian enterprises named for different towns are different bodies: the Serov Mechanical
Plant (Серовский механический завод) is not the Azov Optical-Mechanical Plant (Азовский
оптико-механический завод), nor the Izhevsk or Ulyanovsk one.

Such names share their kind of plant, which weighs much in the lists' names ("mekhanicheskiy
zavod"), and differ only in the town's adjective, so their words agree on most of their
weight. The towns say more. Where each name has an adjective of place
(`names.place_adjectives`, here of towns of three letters too: Minsk, Volsk) and neither
shares the other's, the name similarity loses what a conflicting named country takes
(`scorer.conflicting_raw`), before calibration, as a named country's conflict does.

Read on the words the comparison did not align with a like word, so that one town spelt two
ways is one place. Some adjectives of organisations' names end like a town's and name none
(konstruktorskoye byuro, a design bureau; nauchno-issledovatelskiy, research): they are no
town here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tradeguard.matching.namesim import TokenPair
from tradeguard.names.place_adjectives import SHORT_STEM, place_stem

# Adjectives in -sk- of organisations' names that name no town: design (konstruktorskiy, in
# Belarusian kanstruktarski), research (issledovatelskiy), city's, rural, children's, women's,
# marine, civil.
_NOT_TOWNS = frozenset(
    {"konstruktor", "kanstruktar", "issledovatel", "gorod", "sel", "det", "zhen", "mor",
     "grazhdan"}
)  # fmt: skip
# Aligned words at least this alike are one word spelt two ways ("serovskiy", "serovskoy"),
# not two places.
MAX_SIMILARITY = 0.5


def different_places(
    query: Sequence[str], listed: Sequence[str], pairs: Sequence[TokenPair]
) -> tuple[str, str] | None:
    """A word of each name that names a place the other name does not, or None.

    Words the comparison aligned with a like word (`pairs`) are the names' shared words; of
    the others, each name's adjectives of place. Both names must name some place, and no
    place of one may be the other's.
    """
    shared_query = {p.query for p in pairs if p.similarity >= MAX_SIMILARITY}
    shared_listed = {p.listed for p in pairs if p.similarity >= MAX_SIMILARITY}
    query_places = _places(t for t in query if t not in shared_query)
    listed_places = _places(t for t in listed if t not in shared_listed)
    if not query_places or not listed_places or query_places.keys() & listed_places.keys():
        return None
    return next(iter(query_places.values())), next(iter(listed_places.values()))


def _places(tokens: Iterable[str]) -> dict[str, str]:
    """Each place the words name, with the first word that names it."""
    places: dict[str, str] = {}
    for token in tokens:
        stem = place_stem(token, SHORT_STEM)
        if stem and stem not in _NOT_TOWNS:
            places.setdefault(stem, token)
    return places


def may_name_places(tokens: Iterable[str]) -> bool:
    """Whether any word could be an adjective of place: the cheap test before aligning."""
    return any(place_stem(token, SHORT_STEM) for token in tokens)
