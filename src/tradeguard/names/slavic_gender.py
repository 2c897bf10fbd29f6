"""The grammatical gender of Slavic surnames and of given names built like them.

Russian, Ukrainian, Belarusian, Bulgarian and Polish surnames take a feminine ending: Komarov /
Komarova, Pushkin / Pushkina, Vysotskiy / Vysotskaya, Kowalski / Kowalska; so do given names
such as Valentin / Valentina. One letter apart, the two spellings read as one name to an edit
distance, yet they belong to two people: a listed man's wife, sister or daughter, who is listed
under her own name when she is listed at all. The matcher therefore gives a pair of person
tokens with one stem and two genders only a relative's similarity (`name_variants`, which
knows other such pairs too).

Only the suffixes of Slavic names count (-ov, -ev, -in, -yn and the adjectival -sk-), so
"Hamad"/"Hamada" or "Bakht"/"Bakhta", which transliterations add a vowel to, are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Surnames and given names in -ov/-ev/-in/-yn, feminine with -a; the stem is at least 4 letters.
_NOUN = re.compile(r"(?P<stem>[a-z]{2,}(?:ov|ev|in|yn))(?P<feminine>a?)")
# Adjectival surnames: -skiy/-sky/-skii/-skoy, feminine -skaya/-skaia/-ska (Polish, Czech).
_ADJECTIVE = re.compile(
    r"(?P<stem>[a-z]{2,}(?:sk|ck|zk))(?:(?P<feminine>aya|aia|aja|a)|iy|yy|ij|ii|i|y|oy|oi)"
)


@lru_cache(maxsize=65536)
def gendered_stem(token: str) -> tuple[str, bool] | None:
    """(stem, feminine) of a Latin token with a Slavic name suffix; None for any other."""
    match = _NOUN.fullmatch(token) or _ADJECTIVE.fullmatch(token)
    if match is None:
        return None
    return match["stem"], bool(match["feminine"])
