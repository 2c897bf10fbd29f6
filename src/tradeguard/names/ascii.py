"""Turn any Latin-script rendering into the lower-case ASCII tokens that `NameForm` carries."""

from __future__ import annotations

import re
from functools import lru_cache

from .icu import transliterate
from .normalize import normalize

_NOT_TOKEN = re.compile(r"[^a-z0-9]+")
_PLAIN = re.compile(r"[a-z0-9 ]*")
# Transliterators write soft signs, ayin and glottal stops as apostrophes or modifier letters,
# and BGN a middle dot between letters that would otherwise read as a digraph (z·h); all of
# them belong inside the word.
_INWORD_MARKS = re.compile("['\"`\u00b4\u00b7\u02b9-\u02bf\u02c8\u2018\u2019\u201c\u201d~]")


# Latin letters ICU's Latin-ASCII leaves alone, spelt as lists spell them (Azerbaijani
# "Əliyev" is "Aliyev"; African ɔ is o).
_UNFOLDED = str.maketrans(
    {
        "ə": "a", "ǝ": "e", "ɔ": "o", "ʃ": "sh", "ʒ": "zh", "ǯ": "zh", "ɣ": "gh", "ʊ": "u",
        "ɩ": "i", "ɯ": "u", "ɵ": "o", "ʌ": "a",
    }
)  # fmt: skip


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """One normalised token to ASCII: "müller" -> "muller", "łukašenka" -> "lukasenka".

    Letters of other scripts that a transform left behind (Ukrainian BGN has no ё) go
    through ICU's generic transform rather than being lost.
    """
    if not token.isascii():
        token = transliterate("Latin-ASCII", token.translate(_UNFOLDED))
    if not token.isascii():
        token = transliterate("Any-Latin; Latin-ASCII", token)
    return token.lower()


def ascii_tokens(text: str) -> tuple[str, ...]:
    """Split a Latin rendering into [a-z0-9] tokens; anything else separates tokens."""
    if _PLAIN.fullmatch(text):
        return tuple(text.split())
    text = _INWORD_MARKS.sub("", text)
    if text.isascii():
        return tuple(token for token in _NOT_TOKEN.split(text.lower()) if token)
    tokens: list[str] = []
    for token in normalize(text).split():
        tokens.extend(_NOT_TOKEN.split(fold_token(token)))
    return tuple(token for token in tokens if token)
