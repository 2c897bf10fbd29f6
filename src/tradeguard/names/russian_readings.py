"""An English organisation name read back into the Russian words the glossary translates, for
the Russian acronym a list gives in its place: "Novosibirsk Instrument-Making Plant" is NPZ
(Новосибирский приборостроительный завод), "Ufa Aggregate Production Association" UAPO,
"Kazan Optical and Mechanical Plant" KOMZ, "Central Design Bureau of Automation" TsKBA.

Lists translate the full name of a Russian enterprise and keep its Russian acronym ("AO
KOMZ"), so neither the English words nor their English initials meet the acronym. Each word of
the glossary becomes the Russian stem it translates; the other words (the town, the trade name)
stay. Where the glossary has several Russian words for one English one, the one Russian
acronyms mostly use is taken (`_PREFERRED`): a plant is a zavod (Z), an experimental design
bureau an opytnoe konstruktorskoe byuro (OKB).

The words keep the English order, which is the Russian one for adjectives and for "X of Y".
English also puts nouns before the kind of organisation ("Atomic Reactor Research Institute"),
where Russian puts them after it in the genitive (НИИ атомных реакторов, NIIAR): when the words
before a closing kind of organisation hold a noun, a second reading puts the kind first.
"Bolkhov Semiconductor Devices Plant" (BZPP) is still missed: "devices" is no glossary word.
"""

from __future__ import annotations

from functools import lru_cache

from .russian_org_glossary import BRITISH_SPELLINGS, glossary_rows

ADJ, ORG, NOUN = "adj", "org", "noun"
# English words with several Russian ones: the one in most Russian acronyms, and its class.
_PREFERRED = {
    ("plant",): ("zavod", ORG),
    ("state",): ("gosudarstvenn", ADJ),
    ("experimental",): ("opytn", ADJ),
    ("communications",): ("svyaz", NOUN),
    ("special",): ("spetsialn", ADJ),
    ("public",): ("obshchestvenn", ADJ),
    ("school",): ("uchilishch", ORG),
    ("mine",): ("shakht", ORG),
    # моторостроение in the Soviet names' acronyms (KMPO, OKBM); двигателестроительный is the
    # newer word (ОДК, the United Engine Corporation), whose acronym lists write in English.
    ("engine", "building"): ("motorostroyen", NOUN),
}
# "Research Institute" is the lists' short wording of nauchno-issledovatelskiy institut (NII);
# a shipyard is mostly a sudostroitelnyy (or sudoremontnyy) zavod: Khabarovsk Shipyard, KhSZ.
_RESEARCH_INSTITUTE = ("nauchn", "issledovatelsk", "institut")
_PHRASES = {
    ("research", "institute"): (_RESEARCH_INSTITUTE, ORG),
    ("scientific", "research", "institute"): (_RESEARCH_INSTITUTE, ORG),
    ("shipyard",): (("sudostroiteln", "zavod"), ORG),
    ("shipbuilding", "yard"): (("sudostroiteln", "zavod"), ORG),
}

_Reading = tuple[tuple[str, ...], str]


def _load() -> dict[tuple[str, ...], _Reading]:
    stems: dict[tuple[str, ...], _Reading] = {}
    for kind, stem, english, plural in glossary_rows():
        # `word` rows may be English synonyms and `part` rows prepositions: no Russian stems.
        if kind in (ADJ, ORG, NOUN):
            for key in {english, plural}:
                # An English word that is a noun and an adjective in the glossary is the
                # adjective before a kind of organisation: "Shipbuilding Corporation" is
                # Судостроительная корпорация, not a corporation of shipbuilding.
                if key not in stems or (kind == ADJ and stems[key][1] == NOUN):
                    stems[key] = ((stem,), kind)
    stems.update({words: ((stem,), kind) for words, (stem, kind) in _PREFERRED.items()})
    stems.update(_PHRASES)
    return stems


_STEMS = _load()
_LONGEST = max(len(words) for words in _STEMS)


@lru_cache(maxsize=65536)
def in_russian(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The name's Russian readings: its words with the glossary's English as Russian stems,
    then, where Russian would put the closing kind of organisation first, that order; none
    for a name without glossary words."""
    tokens = tuple(BRITISH_SPELLINGS.get(token, token) for token in tokens)
    read: list[tuple[tuple[str, ...], str | None]] = []
    index = 0
    while index < len(tokens):
        for length in range(min(_LONGEST, len(tokens) - index), 0, -1):
            found = _STEMS.get(tokens[index : index + length])
            if found is not None:
                read.append(found)
                index += length
                break
        else:
            read.append(((tokens[index],), None))
            index += 1
    if all(kind is None for _, kind in read):
        return ()
    readings = [tuple(stem for stems, _ in read for stem in stems)]
    reordered = _kind_first(read)
    if reordered is not None:
        readings.append(reordered)
    return tuple(readings)


def _kind_first(read: list[tuple[tuple[str, ...], str | None]]) -> tuple[str, ...] | None:
    """The reading with a closing kind of organisation before the glossary words that lead up
    to it, if those hold a noun: "atomic reactor research institute" -> NII atomic reactor."""
    if len(read) < 2 or read[-1][1] != ORG:
        return None
    start = len(read) - 1
    while start > 0 and read[start - 1][1] in (ADJ, NOUN):
        start -= 1
    modifiers = read[start:-1]
    if not any(kind == NOUN for _, kind in modifiers):
        return None
    order = [*read[:start], read[-1], *modifiers]
    return tuple(stem for stems, _ in order for stem in stems)
