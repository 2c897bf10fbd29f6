"""Whether a query name shares anything with a listed name that a spelling matcher could see.

Two names of one party that share no word, no sound of a word, no consonant skeleton of an
unvowelled word and no name run together into one word ("DIVE TECHNO SERVICES" and
DIVETECHNOSERVICES) are different names: a renamed vessel ("ANNA MARIA P" and Beacon Hill), a
translation ("MORALITY POLICE" and Gasht-e Ershad), a nom de guerre, an acronym the lists do
not spell out. A matcher that compares spelling and sound does not find them, so their share
bounds its recall whatever the threshold, and with it F1: at precision 1, F1 = 2R / (1 + R).

The bound is generous on purpose, so that a target above it is out of reach and not merely
hard: every rendering of both names counts (transliterations, glossary translations, the
listed name's initials), and one shared word of any kind ("bank", "muhammad") makes a pair
reachable.
"""

from __future__ import annotations

from collections.abc import Iterable

from tradeguard.names import NameForm, phonetic_key
from tradeguard.names.skeleton import consonant_skeleton


def shares_something(query: Iterable[NameForm], listed: Iterable[NameForm]) -> bool:
    """Whether the query's renderings share a word, a sound or a written-together name with the
    listed name's, or an unvowelled query word's skeleton with a listed word's."""
    return not _keys(query, skeletons=False).isdisjoint(_keys(listed, skeletons=True))


def f1_ceiling(recall: float) -> float:
    """The F1 of a matcher with precision 1 and this recall."""
    return 2 * recall / (1 + recall) if recall else 0.0


def recall_needed(f1: float) -> float:
    """The recall that reaches this F1 at precision 1."""
    return f1 / (2 - f1)


def _keys(forms: Iterable[NameForm], skeletons: bool) -> set[str]:
    """`skeletons`: key every word by its consonant skeleton too, as the listed side is; of a
    query, only the unvowelled words (Arabic script read without its short vowels) are, as the
    matcher compares only those by skeleton."""
    keys: set[str] = set()
    for form in forms:
        for token in form.tokens:
            keys.add("w:" + token)
            keys.add("p:" + phonetic_key(token))
            if skeletons or form.vowelless:
                keys.add("s:" + consonant_skeleton(token))
        if len(form.tokens) > 1:
            keys.add("w:" + "".join(form.tokens))
    keys.discard("p:")
    keys.discard("s:")
    return keys
