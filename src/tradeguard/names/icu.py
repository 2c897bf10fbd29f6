"""Shared ICU transliterators, each compiled once: compiling costs far more than applying."""

from __future__ import annotations

from functools import cache

import icu


@cache
def _transliterator(transform_id: str) -> icu.Transliterator:
    return icu.Transliterator.createInstance(transform_id)


def transliterate(transform_id: str, text: str) -> str:
    """Apply the ICU transform `transform_id` (a compound id such as "Greek-Latin; Latin-ASCII").

    Never raises for text ICU cannot convert: ICU 72 fails on some sequences of recent
    characters (a Kana iteration mark after a Kana Extended-B letter, "𚿰ゝ") that it converts
    one by one, so such text is converted character by character, and a character that still
    fails is left out."""
    transliterator = _transliterator(transform_id)
    try:
        result: str = transliterator.transliterate(text)
    except icu.ICUError:
        return "".join(_one_character(transliterator, character) for character in text)
    return result


def _one_character(transliterator: icu.Transliterator, character: str) -> str:
    try:
        result: str = transliterator.transliterate(character)
    except icu.ICUError:
        return ""
    return result
