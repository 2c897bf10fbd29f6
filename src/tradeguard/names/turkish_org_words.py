"""Turkish organisation names read in English: "Stimul Mühendislik Danışmanlık" -> stimul
engineering consulting, so a Turkish company's registered name meets the English one the lists
also give it ("Stimul Engineering Ltd.", "BEKS Ship Management and Trading").

Turkish trading companies stand between European makers of cars and parts and buyers in
Russia, and the EU, UK and US lists name them in Turkish, in English or both. What the company
does ("Sanayi ve Ticaret", "Dış Ticaret") is cut with the legal form
(`legal_form_institutions`, `org_descriptors`); the other words that say what it deals in are
read here. Words are looked up as tokens come out of `normalize` (ş, ı, ğ, ç, ö and ü folded to
ASCII, and the German reading of ü as ue that `render` also gives), with their common possessive
and plural endings written out, since a compound noun takes them ("Bilgi Teknolojileri",
"Gemi İşletmeciliği"). Only words that differ from the English are listed; a name without any
of them gets no English reading.

The words are in data/turkish_glossary.tsv, written from general knowledge of Turkish and the
usual English renderings of Turkish company names; not derived from any list.
"""

from __future__ import annotations

from functools import cache

from .glossaries import read_glossary

# Words read only beside one of the glossary's: "ve" (and), "iç" and "dış" (domestic, foreign)
# are also words and initials of other languages.
_BESIDE = {"ve": ("and",), "ic": ("domestic",), "dis": ("foreign",)}


@cache
def glossary() -> dict[str, tuple[str, ...]]:
    """Each Turkish word form with its English words (data/turkish_glossary.tsv)."""
    return read_glossary("turkish_glossary.tsv")


def in_english(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The tokens with the Turkish organisation words in English, or None if none is one."""
    table = glossary()
    if not any(token in table for token in tokens):
        return None
    return tuple(
        word for token in tokens for word in table.get(token) or _BESIDE.get(token) or (token,)
    )
