"""Organisation names made of generic words alone: "Central Bank", "National Bank", "State
Committee", "Ministry", "Main Directorate".

A list gives such a name as one alias of one institution ("Bank of Russia, Central Bank"),
and a longer name that contains it is most often another institution of the same kind:
"Central Bank of Nigeria". Such a name is therefore never forgiven a query's other words, as a
listed name contained whole otherwise is (`matching.namesim.align`).

The words: the kinds of institution of the Russian organisation glossary (bank, ministry,
committee, plant, ...), in British spelling too, and a few modifiers that say nothing of which
one (central, national, state).

`generic_org_word` reads generic in a wider sense, for the matcher's reading of names of
generic words and countries (`matching.named_countries`): also a ministry's portfolio or a
state company's sector (defence, oil, shipping) and the words of a state's long name
(Islamic Republic, Federation).
"""

from __future__ import annotations

from functools import cache

from .english_stems import SHARED_START, english_stem
from .russian_org_glossary import BRITISH_SPELLINGS, glossary_rows

# Modifiers every country's institutions of a kind share, and the kinds of bank.
_MODIFIERS = frozenset(
    {"central", "national", "state", "federal", "general", "main", "chief", "supreme",
     "public", "international", "regional", "municipal", "republican",
     "industrial", "commercial", "saving", "savings", "investment", "development", "cooperative",
     "agricultural", "merchant"}
)  # fmt: skip
# What a plant, a design bureau or an institute makes or does (and "special", as in a special
# design bureau), in the English the Russian glossary gives (mekhanicheskiy,
# mashinostroitelnyy, nauchno-issledovatelskiy): "Mechanical Plant", "Radio Plant",
# "Instrument Design Bureau" and "Research Institute of Mechanical Engineering" name one body
# each on the lists, as every town's enterprise of the kind is named ("Izhevsk Mechanical
# Plant"), so a query must not meet them by containing them whole.
_TRADES = frozenset(
    {"mechanical", "metallurgical", "chemical", "optical", "electromechanical",
     "electrotechnical", "machine", "building", "engineering", "instrument", "radio",
     "electronic", "research", "scientific", "production", "design", "repair", "experimental",
     "tractor", "automobile", "cartridge", "powder", "forge", "aggregate", "special"}
)  # fmt: skip
# What a ministry, a state company or a bank is for: a ministry's portfolio ("Ministry of
# Defence") and a state company's sector ("National Oil Company"), as institutions of every
# country are named; and "bank" in the languages of the lists' Latin names.
FIELDS = frozenset(
    {"defence", "defense", "foreign", "affairs", "finance", "economy", "economic", "trade",
     "industry", "industries", "energy", "transport", "health", "agriculture", "interior",
     "justice", "education", "communications", "mines", "mining", "petroleum", "oil", "gas",
     "labour", "labor", "culture", "fisheries", "shipping", "shipbuilding", "aviation",
     "electricity", "telecommunications", "insurance", "construction", "chemical",
     "automotive", "electronics", "trading", "export", "import", "steel", "railways",
     "aerospace", "ports", "housing", "land", "security", "intelligence", "planning",
     "banco", "banque", "banca", "authority", "administration"}
)  # fmt: skip
# The words of a state's long name ("Islamic Republic of Iran", "Syrian Arab Republic",
# "Democratic People's Republic of Korea", "Russian Federation"), which a listed body's name
# carries beside its country's and a query's may leave out.
STATE_WORDS = frozenset(
    {"republic", "islamic", "democratic", "people", "peoples", "federation", "arab",
     "socialist", "united", "kingdom", "emirates", "states"}
)  # fmt: skip
# British spellings of the glossary's American ones.
_BRITISH = {american: british for british, american in BRITISH_SPELLINGS.items()}


@cache
def _kinds() -> frozenset[str]:
    words: set[str] = set()
    for row in glossary_rows():
        if row.kind == "org":
            # A kind of several words ("shipping_company") names more than a kind.
            words.update(english[0] for english in (row.english, row.plural) if len(english) == 1)
    words.update(_BRITISH[word] for word in list(words) if word in _BRITISH)
    return frozenset(words)


@cache
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem for stem in map(english_stem, words) if stem)


@cache
def _stem_starts(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem[:SHARED_START] for stem in _stems(words))


def _among(token: str, words: frozenset[str]) -> bool:
    """Whether the token is one of the words, or another form of one (`english_stem`): the
    matcher takes "Agencies" for "Agency" (`matching.namesim.org_token_similarity`), so it must
    read both as generic. Only a word that starts as one of their stems is stemmed: the index
    asks this of every word of every listed name, and stemming them all took a second."""
    if token in words:
        return True
    if token[:SHARED_START] not in _stem_starts(words):
        return False
    stem = english_stem(token)
    return bool(stem) and stem in _stems(words)


def generic_org_word(token: str) -> bool:
    """Whether a word names a kind of institution, a generic modifier, a field or a state."""
    return (
        _among(token, _kinds())
        or _among(token, _MODIFIERS)
        or _among(token, FIELDS)
        or _among(token, STATE_WORDS)
    )


def generic_org_name(tokens: tuple[str, ...]) -> bool:
    """Whether a name's tokens are a kind of institution with at most generic modifiers and
    words of its trade."""
    kinds = _kinds()
    return any(_among(token, kinds) for token in tokens) and all(
        _among(token, kinds) or _among(token, _MODIFIERS) or _among(token, _TRADES)
        for token in tokens
    )
