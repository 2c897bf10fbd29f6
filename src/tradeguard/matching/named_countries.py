"""The countries an organisation's name names: "Agricultural Bank of China" names China,
"Libyan Agricultural Bank" Libya, "Korea Trading Bank" Korea.

An institution's name is often generic words and a country: the Agricultural Bank of China
and the Libyan Agricultural Bank share two words and nothing else. Which country a name names
is evidence the matcher weighs beside the name (`scorer.score_entity`).

Words are read as rigour's territory table reads them (`countries.country_code`): country
names, adjectives and capitals ("Tehran" is Iran), each at the level of its country ("Dubai"
is the United Arab Emirates). Two Koreas are one here: a name's "Korea" may be either, and
the lists write the North's bodies as Korea, Koryo or Choson.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tradeguard.countries import country_code
from tradeguard.names.ascii import ascii_tokens
from tradeguard.names.generic_org_names import generic_org_word

KOREA = "korea"
# Names the territory table does not know: the North's own names for Korea, and the older
# English spellings of Belarus (Byelorussian Steel Works).
_OTHER_NAMES = {
    "koryo": KOREA, "choson": KOREA, "chosun": KOREA,
    "byelorussia": "by", "byelorussian": "by", "belorussia": "by", "belorussian": "by",
}  # fmt: skip
# Words shorter than this are read only when the table names them: two and three letters are
# mostly initials in a company name ("KR Trading", "US Group"), not the country's code.
MIN_LETTERS = 4
_SHORT_NAMES = frozenset({"usa", "uae", "prc"})
# Codes that are no country of today: the European Union, the Soviet Union, "unknown".
_NOT_COUNTRIES = frozenset({"eu", "suhh", "zz"})
# The occupied regions of Ukraine are named as Ukraine's and as Russia's ("Republic of
# Crimea", "Sevastopol"), and Georgia's and Moldova's breakaway ones as theirs or as states:
# a name of one of their regions says nothing of which country it is.
_DISPUTED = ("ua-", "ge-", "md-")
LONGEST = 3  # words: "united arab emirates"
# Words the territory table takes for a place (a town, a region, a country's name in another
# language) that the lists' names use as words or names of their own: "Online", "Island",
# "Aman", "Saba", "Victoria", "Chin" (Myanmar's Chin State, and a Chinese syllable).
_NOT_PLACES = frozenset(
    {"online", "island", "aman", "saba", "sina", "chin", "para", "lasa", "alba", "malt",
     "saat", "helen", "moris", "mayo", "angus", "douglas", "ramsey", "victoria", "domingo",
     "santiago", "salvador", "sofia", "lima", "nara", "kochi", "devon", "guadalupe",
     "mauricio", "kazan"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def word_territory(words: str) -> str | None:
    """The territory one word or a run of words names, a town or region as its own ("ae-du"
    for Dubai), or None."""
    named = _OTHER_NAMES.get(words)
    if named is not None:
        return named
    if (len(words) < MIN_LETTERS and words not in _SHORT_NAMES) or words in _NOT_PLACES:
        return None
    code = country_code(words)
    if code is None and words.endswith("ian") and len(words) > MIN_LETTERS + 2:
        # An adjective the table lacks, of a place whose name ends in -ia: Siberian.
        code = country_code(words[:-1])
        if code is not None and "-" in code:
            code = None
    if code is None or code.startswith(_DISPUTED):
        return None
    country = code.split("-")[0]
    if country in _NOT_COUNTRIES or len(country) != 2:
        return None
    return KOREA if code in ("kp", "kr") else code


def word_country(words: str) -> str | None:
    """The country one word or a run of words names, or None."""
    territory = word_territory(words)
    return None if territory is None else country_of(territory)


def countries_in_tokens(tokens: Sequence[str]) -> frozenset[str]:
    """The countries a name's tokens name, the longest run of words first."""
    found: set[str] = set()
    start = 0
    while start < len(tokens):
        for size in range(min(LONGEST, len(tokens) - start), 0, -1):
            country = word_country(" ".join(tokens[start : start + size]))
            if country is not None:
                found.add(country)
                start += size
                break
        else:
            start += 1
    return frozenset(found)


def named_countries(name: str) -> frozenset[str]:
    """The countries a name written in any script names, as its Latin rendering reads."""
    return countries_in_tokens(ascii_tokens(name))


def country_of(code: str) -> str | None:
    """A list's country code as `named_countries` gives it: "kp" is Korea, "ae-du" is "ae",
    an occupied or breakaway region ("ua-cri") None."""
    code = code.lower()
    if code.startswith(_DISPUTED):
        return None
    country = code.split("-")[0]
    return KOREA if country in ("kp", "kr") else country


def institutional(tokens: Sequence[str]) -> bool:
    """Whether a name is generic words and countries alone ("Ministry of Defence", "Foreign
    Trade Bank", "Korea National Insurance"): only its country, if any, tells such a body
    from every other country's."""
    return any(generic_org_word(token) for token in tokens) and all(
        generic_or_country(token) for token in tokens
    )


def generic_or_country(token: str) -> bool:
    """Whether an organisation's word says only what kind of body it is, or whose country's."""
    return generic_org_word(token) or word_country(token) is not None
