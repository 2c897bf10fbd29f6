"""The Persian ezafe of names in Latin letters, which the Persian script does not write.

Persian joins a noun to the words that qualify it with a vowel, the ezafe, that its script
leaves unwritten after most letters; Latin transliterations write it -e, -ye or -i, hyphened to
the word before: "Basij-e Mostazafan" (بسیج مستضعفین), "Niroo-ye Vizhe", and in Urdu names
"Lashkar-i-Taiba" and "Tehrik-e-Taliban" (تحریک طالبان). The lists write it or leave it out
("BONYAD-E TA'AVON-E SEPAH", "BONYAD TAAVON SEPAH"), and a rendering of the Persian script has
no such word: "Basij-e Mostazafan" met بسیج مستضعفین at 0.78 and "Basij Mostazafan" at 0.96.
So a name is compared without it, unless it is a person's: the ezafe links the words of
organisations' names, and a person's hyphened syllable may be a Korean given name's ("Kyong-I").
Only hyphened: a word "e" on its own is Italian and Portuguese "and" as often.
"""

from __future__ import annotations

import re

# After a letter, before a hyphen or a space: "-e-" in Jaish-e-Mohammed, "-ye " in Niroo-ye.
_EZAFE = re.compile(r"(?<=[^\W\d_])-(?:e|ye|i)(?:-|(?=\s))", re.IGNORECASE)


def without_ezafe(text: str) -> str:
    """The text with each hyphened ezafe replaced by a space."""
    if "-" not in text:
        return text
    return _EZAFE.sub(" ", text)
