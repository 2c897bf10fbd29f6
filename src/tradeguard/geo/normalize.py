"""Place names reduced to comparable token strings, in the original script and in Latin."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import icu

# Apostrophes and soft-sign marks vary between transliterations ("Luhans'k", "Luhansʹk",
# "Luhansk") and inside Ukrainian words ("кам'янка"); dropping them makes the variants agree.
_MARKS = re.compile(r"[\u0027\u2019\u02bc\u02b9\u0060\u00b4]")
_NON_WORD = re.compile(r"[\W_]+")


@cache
def _latin() -> icu.Transliterator:
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


def tokens(text: str) -> str:
    """Lower case, marks dropped, words separated by single spaces; ё is е as in most spellings."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return " ".join(_NON_WORD.sub(" ", _MARKS.sub("", folded)).split())


@cache
def forms(text: str) -> tuple[str, ...]:
    """The text's tokens as written and transliterated to ASCII Latin (once if they agree)."""
    written = tokens(text)
    latin = tokens(_latin().transliterate(text))
    return (written,) if latin == written else (written, latin)
