"""Ordinal numbers written as their digits: "101st" and "142-й" are 101 and 142.

Units, plants and institutes are numbered, and one list writes the ordinal ending where
another does not ("101ST LIGHT INFANTRY DIVISION" / "101 LID", "27TH NTS" / "27 Scientific
Centre", "142-й отдельный батальон" / "142nd Separate Battalion"). The Russian ending after
its hyphen also read as a word of its own ("142 y"), which nothing in the other name meets.
"""

from __future__ import annotations

import re

_ENGLISH = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b", re.IGNORECASE)
# Russian and Ukrainian case endings of ordinals written in digits: 142-й, 20-я, 1-го, 3-ий.
_CYRILLIC = re.compile(r"(\d)\s?-\s?(?:ый|ий|ой|ая|ое|го|му|ми|й|я|е|х|м)\b", re.IGNORECASE)


def without_ordinal_endings(text: str) -> str:
    """`text` with the ordinal endings of numbers written in digits taken off."""
    if not any(char.isdigit() for char in text):
        return text
    return _CYRILLIC.sub(r"\1", _ENGLISH.sub(r"\1", text))
