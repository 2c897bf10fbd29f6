"""Words in front of a name that are not part of it: honorifics of persons ("Mr.", "General")
and vessel prefixes ("M/V", "MT"), both from rigour's lists, and the courtesy titles of other
languages that rigour's list lacks (`courtesy_titles`), which also has the academic degrees
written after a person's name.

Name-part order is left as written: the matcher aligns tokens without regard to order, and
East Asian renderers rely on the surname coming first ("김, 정은", "KIM, Jong Un").
"""

from __future__ import annotations

from functools import cache

from rigour._core import person_name_prefixes_list
from rigour.names.prefix import remove_obj_prefixes, remove_person_prefixes

from .courtesy_titles import strip_courtesy_titles, strip_degrees
from .normalize import normalize


@cache
def _first_words() -> frozenset[str]:
    """First words of rigour's honorifics: a name starting otherwise skips its long regex."""
    return frozenset(normalize(prefix).split()[0] for prefix in person_name_prefixes_list())


def strip_titles(text: str) -> str:
    """Drop leading honorifics ("Mr.", "General", "г-жа") unless nothing would be left, and
    trailing academic degrees ("B.Sc.", `courtesy_titles.strip_degrees`).

    Repeated, since titles of both kinds stack ("Doç. Dr. Ali Kaya")."""
    text = strip_degrees(text)
    while True:
        stripped = strip_courtesy_titles(_without_rigour_prefixes(text))
        if stripped == text:
            return text
        text = stripped


def _without_rigour_prefixes(text: str) -> str:
    words = normalize(text[:24]).split()
    if not words or words[0] not in _first_words():
        return text
    return _unless_empty(remove_person_prefixes(text), text)


def strip_vessel_prefixes(text: str) -> str:
    """Drop "M/V", "MT", "SS" and the like from the front of a vessel's name."""
    return _unless_empty(remove_obj_prefixes(text), text)


def _unless_empty(stripped: str, text: str) -> str:
    return stripped if normalize(stripped) else text
