"""Russian enterprises named for different towns are different bodies: the Serov Mechanical
Plant (Серовский механический завод) is not the Azov Optical-Mechanical Plant (Азовский
оптико-механический завод), nor the Izhevsk or Ulyanovsk one.

Such names share their kind of plant, which weighs much in the lists' names ("mekhanicheskiy
zavod"), and differ only in the town's adjective, so their words agree on most of their
weight. The towns say more. Where each name has an adjective of place
(`names.place_adjectives`, here of towns of three letters too: Minsk, Volsk) and neither
shares the other's, the name similarity loses what a conflicting named country takes
(`scorer.conflicting_raw`), before calibration, as a named country's conflict does.

Read on the words of every form of the two names (the reduced English form of
"Раменский" says "ramen", the transliterated one "ramensky") that the comparison did not
align with a like word, so that one town spelt two ways is one place. Places are towns'
adjectives and the towns themselves (`names.towns`), and a town and its adjective's stem are
one place (`same_place`). Some adjectives of organisations' names end like a town's and name none
(konstruktorskoye byuro, a design bureau; nauchno-issledovatelskiy, research): they are no
town here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain

from tradeguard.matching.namesim import TokenPair
from tradeguard.names import NameForm, phonetic_key
from tradeguard.names.place_adjectives import SHORT_STEM, place_stem
from tradeguard.names.towns import is_town

# Adjectives in -sk- of organisations' names that name no town: city's, rural, children's,
# women's, marine (in the Ukrainian romanisation of Russian too: horodskoy); and, at the end
# of a word (nauchno-issledovatelskiy joined), design (konstruktorskiy, in Belarusian
# kanstruktarski), research (issledovatelskiy, yssledovatelskyi), civil, and Russian and
# All-Russian (rossiyskiy, vserossiyskiy), a country's, which `named_countries` reads.
_NOT_TOWNS = frozenset({"gorod", "horod", "sel", "det", "zhen", "mor"})
_NOT_TOWN_ENDINGS = (
    "konstruktor", "kanstruktar", "ssledovatel", "grazhdan", "hrazhdan", "rossiy", "rossii",
    "rossi",
)  # fmt: skip
# Aligned words at least this alike are one word spelt two ways ("serovskiy", "serovskoy"),
# not two places.
MAX_SIMILARITY = 0.5


def different_places(
    query: Sequence[str], listed: Sequence[str], pairs: Sequence[TokenPair]
) -> tuple[str, str] | None:
    """A word of each name that names a place the other name does not, or None.

    `query` and `listed` are the words of every form of each name. Words the comparison
    aligned with a like word (`pairs`) are the names' shared words, and the places they name
    shared places, which other forms may spell otherwise ("vserossiyskiy" beside the aligned
    "vserossiiskii"); of the other words, each name's places. Both names must name some
    place, and no place of one may be the other's.
    """
    shared_query = {p.query for p in pairs if p.similarity >= MAX_SIMILARITY}
    shared_listed = {p.listed for p in pairs if p.similarity >= MAX_SIMILARITY}
    shared = _places(shared_query | shared_listed)
    query_places = _unshared(_places(t for t in query if t not in shared_query), shared)
    listed_places = _unshared(_places(t for t in listed if t not in shared_listed), shared)
    if not query_places or not listed_places:
        return None
    if any(same_place(a, b) for a in query_places for b in listed_places):
        return None
    return next(iter(query_places.values())), next(iter(listed_places.values()))


def form_words(forms: Iterable[NameForm]) -> tuple[str, ...]:
    """The words of every form of a name, as `different_places` reads them: a town one form
    reduces to its stem ("ramen" of "ramensky") is named in another."""
    return tuple(chain.from_iterable(form.tokens for form in forms))


def same_place(a: str, b: str) -> bool:
    """Whether two places' stems or towns are one place: a town and its adjective's stem, the
    one's letters or sounds (`names.phonetic_key`) beginning the other's ("samara" and
    "samar", "vologda" and "vologod", "moscow" and "moskov", the lists' "mitishin" for
    Mytishchi), where two towns' differ ("kazan" and "ryazan", "saratov" and "saran")."""
    if a.startswith(b) or b.startswith(a):
        return True
    key_a, key_b = _sounds(a), _sounds(b)
    return bool(key_a and key_b) and (key_a.startswith(key_b) or key_b.startswith(key_a))


def _sounds(place: str) -> str:
    # The Ukrainian and Belarusian romanisations write the Russian g as h (Nyzhehorodskyi,
    # Hrodno), and a Russian name is romanised by them too.
    return phonetic_key(place).replace("h", "k")


def _unshared(places: dict[str, str], shared: dict[str, str]) -> dict[str, str]:
    return {
        place: word
        for place, word in places.items()
        if not any(same_place(place, other) for other in shared)
    }


def _places(tokens: Iterable[str]) -> dict[str, str]:
    """Each place the words name (an adjective's stem, or a town), with the first word that
    names it."""
    places: dict[str, str] = {}
    for token in tokens:
        stem = place_stem(token, SHORT_STEM)
        if stem and stem not in _NOT_TOWNS and not stem.endswith(_NOT_TOWN_ENDINGS):
            places.setdefault(stem, token)
        elif stem is None and is_town(token):
            places.setdefault(token, token)
    return places


def may_name_places(tokens: Iterable[str]) -> bool:
    """Whether any word could name a place: the cheap test before aligning."""
    return any(place_stem(token, SHORT_STEM) or is_town(token) for token in tokens)
