"""Words glued together in a person's name, told apart by their capitals.

Some list entries lose the space between a given name and a patronymic: "СИДИНКО
АндрейМихайлович", "ЧИЖИКОВ ВикторВикторович". Read as one word, such a name shares nothing
with "SIDINKO Andrei Mikhailovich". A capital after four lower-case letters, and followed by
three, starts a new word, so that the capitals inside surnames ("McDonald", "MacArthur",
"DiCaprio", "LeBlanc", "FitzGerald") stay as they are. Latin and Cyrillic letters only: the
lists' glued names are Russian and Ukrainian, and a regular expression keeps this cheap for
every listed person.
"""

from __future__ import annotations

import re

_LOWER = "a-zß-öø-ÿа-яёіїєґў"
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎ"
_GLUED = re.compile(f"(?<=[{_LOWER}]{{4}})(?=[{_UPPER}][{_LOWER}]{{3}})")


def split_glued_words(text: str) -> str:
    """`text` with a space before each capital that starts a glued word."""
    return _GLUED.sub(" ", text)
