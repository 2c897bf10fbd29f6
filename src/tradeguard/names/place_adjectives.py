"""Russian and Ukrainian adjectives of place read as the place: "Taganrogskiy zavod" is the
Taganrog Plant, "Bryanskiy" the Bryansk one, "Petrovskii" and "Petrovsky" one word.

A Russian name turns its town into an adjective ("Таганрог" -> таганрогский, "Брянск" ->
брянский, "Пермь" -> пермский) where the English of the lists writes the town ("Taganrog
Aviation", "Bryansk", "Perm Powder Plant"). The suffix -sk- swallows a town's own -sk, so
"bryanskiy" may be Bryan- or Bryansk-: both the adjective and a town ending in -sk are cut
before that -sk, and the English form of either language meets the other at the stem
("bryan" from "Bryansk" and from "bryanskiy", "taganrog" from both sides). Only the English
forms of organisation names are reduced; the forms as written stay.

Written from Russian and Ukrainian grammar and the usual romanisations (BGN, ICAO, press,
Ukrainian national); not derived from any list.
"""

from __future__ import annotations

import re

# A stem this long at least: "Omsk", "Tomsk", "Kursk", "Minsk", "russkiy", "detskiy" and
# "whisky" stay as they are, so no two-or-three-letter junk stem is made.
MIN_STEM = 4
# The adjective endings after -sk- in every romanisation, and none (a town: Bryansk).
_ENDINGS = (
    "iy", "ij", "ii", "yy", "yi", "yj", "y", "i", "aya", "aia", "aja", "a", "oye", "oe",
    "oje", "e", "iye", "ie", "ye", "ogo", "oho", "omu", "oy", "oi", "oj", "ikh", "ykh", "ih",
    "im", "ym", "imi", "ymi", "uyu", "uiu", "uju", "",
)  # fmt: skip
# Towns of three letters before -sk (Minsk, Omsk, Volsk) are read only where asked
# (`place_stem`'s min_stem): their adjectives are spelt like common words' (russkiy, detskiy).
SHORT_STEM = 3
_ADJECTIVE = re.compile(
    rf"(?P<stem>[a-z]{{{SHORT_STEM},}}?)sk(?:{'|'.join(e for e in _ENDINGS if e)})?"
)
# "-icheskiy" adjectives are common words (tekhnicheskiy, elektromekhanicheskiy), not places:
# their stems would be junk that unrelated names share by chance.
_NOT_PLACES = re.compile(r"(?:ch|che)$")


def place_stem(token: str, min_stem: int = MIN_STEM) -> str | None:
    """The place a Russian or Ukrainian adjective of place (or a town in -sk) names, or None.

    "taganrogskiy" -> taganrog, "vyatskoye" -> vyat, "bryansk" -> bryan; "omsk", "russkiy",
    "tekhnicheskiy" and words with digits or non-Latin letters give None; "minskiy" gives min
    with `min_stem` SHORT_STEM.
    """
    match = _ADJECTIVE.fullmatch(token)
    if match is None:
        return None
    stem = match.group("stem")
    if len(stem) < min_stem or _NOT_PLACES.search(stem):
        return None
    return stem
