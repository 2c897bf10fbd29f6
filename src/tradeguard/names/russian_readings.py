"""An English organisation name read back into the Russian words the glossary translates, for
the Russian acronym a list gives in its place: "Novosibirsk Instrument-Making Plant" is NPZ
(Новосибирский приборостроительный завод), "Ufa Aggregate Production Association" UAPO,
"Kazan Optical and Mechanical Plant" KOMZ, "Central Design Bureau of Automation" TsKBA.

Lists translate the full name of a Russian enterprise and keep its Russian acronym ("AO
KOMZ"), so neither the English words nor their English initials meet the acronym. Each word of
the glossary becomes the Russian stem it translates; the other words (the town, the trade name)
stay. Where the glossary has several Russian words for one English one, the one Russian
acronyms mostly use is taken (`_PREFERRED`): a plant is a zavod (Z), an experimental design
bureau an opytnoe konstruktorskoe byuro (OKB). The word order is the English one, which is the
Russian one for adjectives and for "X of Y"; "Bolkhov Semiconductor Devices Plant" (BZPP) is
missed.
"""

from __future__ import annotations

from functools import lru_cache

from .russian_org_glossary import GLOSSARY_TABLE

# The glossary classes whose stems are Russian words (a `word` may be an English synonym, a
# `part` a preposition).
_RUSSIAN_CLASSES = frozenset({"adj", "org", "noun"})
# English words with several Russian ones: the one in most Russian acronyms.
_PREFERRED = {
    ("plant",): "zavod",
    ("state",): "gosudarstvenn",
    ("experimental",): "opytn",
    ("communications",): "svyaz",
    ("special",): "spetsialn",
    ("public",): "obshchestvenn",
    ("school",): "uchilishch",
    ("mine",): "shakht",
}
# "Research Institute" is the lists' short wording of nauchno-issledovatelskiy institut (NII);
# a shipyard is mostly a sudostroitelnyy (or sudoremontnyy) zavod: Khabarovsk Shipyard, KhSZ.
_PHRASES = {
    ("research", "institute"): ("nauchn", "issledovatelsk", "institut"),
    ("shipyard",): ("sudostroiteln", "zavod"),
    ("shipbuilding", "yard"): ("sudostroiteln", "zavod"),
}
# British spellings of glossary words.
_SPELLINGS = {
    "centre": "center",
    "organisation": "organization",
    "defence": "defense",
    "fibre": "fiber",
}


def _load() -> dict[tuple[str, ...], tuple[str, ...]]:
    stems: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in GLOSSARY_TABLE.strip().splitlines():
        kind, stem, english, *plural = line.split()
        if kind not in _RUSSIAN_CLASSES:
            continue
        for words in {english, *plural}:
            stems.setdefault(tuple(words.split("_")), (stem,))
    stems.update({words: (stem,) for words, stem in _PREFERRED.items()})
    stems.update(_PHRASES)
    return stems


_STEMS = _load()
_LONGEST = max(len(words) for words in _STEMS)


@lru_cache(maxsize=65536)
def in_russian(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The tokens with the glossary's English words as their Russian stems, or None if the
    name has none."""
    tokens = tuple(_SPELLINGS.get(token, token) for token in tokens)
    out: list[str] = []
    found = False
    index = 0
    while index < len(tokens):
        for length in range(min(_LONGEST, len(tokens) - index), 0, -1):
            stems = _STEMS.get(tokens[index : index + length])
            if stems is not None:
                out.extend(stems)
                index += length
                found = True
                break
        else:
            out.append(tokens[index])
            index += 1
    return tuple(out) if found else None
