"""Words glued together in a person's name, told apart by their capitals.

Some list entries lose the space between a given name and a patronymic: "СИДИНКО
АндрейМихайлович", "ЧИЖИКОВ ВикторВикторович". Read as one word, such a name shares nothing
with "SIDINKO Andrei Mikhailovich". A capital after a lower-case letter starts a new word,
but only where both parts have at least MIN_LETTERS letters, so that the capitals inside
surnames ("McDonald", "MacArthur", "DiCaprio", "LeBlanc") stay as they are.
"""

from __future__ import annotations

MIN_LETTERS = 4


def split_glued_words(text: str) -> str:
    """`text` with a space wherever a capital follows MIN_LETTERS letters of one word."""
    if text.isupper() or text.islower():
        return text  # the common case: nothing to split
    out: list[str] = []
    run = 0  # letters of the current word so far
    for index, char in enumerate(text):
        if (
            char.isupper()
            and run >= MIN_LETTERS
            and text[index - 1].islower()
            and _letters_ahead(text, index) >= MIN_LETTERS
        ):
            out.append(" ")
            run = 0
        out.append(char)
        run = run + 1 if char.isalpha() else 0
    return "".join(out)


def _letters_ahead(text: str, start: int) -> int:
    count = 0
    for char in text[start:]:
        if not char.isalpha():
            break
        count += 1
    return count
