"""Shared ICU transliterators, each compiled once: compiling costs far more than applying."""

from __future__ import annotations

from functools import cache

import icu


@cache
def _transliterator(transform_id: str) -> icu.Transliterator:
    return icu.Transliterator.createInstance(transform_id)


def transliterate(transform_id: str, text: str) -> str:
    """Apply the ICU transform `transform_id` (a compound id such as "Greek-Latin; Latin-ASCII")."""
    result: str = _transliterator(transform_id).transliterate(text)
    return result
