"""Words glued together in a person's name, told apart by their capitals.

Some list entries lose the space between a given name and a patronymic: "СИДИНКО
АндрейМихайлович", "ЧИЖИКОВ ВикторВикторович". Read as one word, such a name shares nothing
with "SIDINKO Andrei Mikhailovich". A capital after a lower-case letter starts a new word
where both parts have at least four letters, so that the capitals inside surnames
("McDonald", "MacArthur", "DiCaprio", "LeBlanc") stay as they are. The case test knows Latin
and Cyrillic letters, whose lists glue names (Russian and Ukrainian ones); one regular
expression keeps it cheap for every listed person.
"""

from __future__ import annotations

import re

_LOWER = "a-zß-öø-ÿа-яёіїєґў"
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎ"
_GLUED = re.compile(rf"(?<=[^\W\d_]{{3}}[{_LOWER}])(?=[{_UPPER}][^\W\d_]{{3}})")


def split_glued_words(text: str) -> str:
    """`text` with a space before each capital that starts a glued word."""
    return _GLUED.sub(" ", text)
