"""Honorifics rigour's prefix list lacks: religious, lineage and pilgrimage titles of Muslim
names, Burmese forms of address and abbreviated military ranks.

One list writes "Mullah Abdul Salaam BHATTVI", "Haji 'Abd Al-Basir" or "Seyed Hadi MANSOURI",
another the same person without the title. The titles are also given names and surnames often
enough ("Hafiz", "Sheikh", "Sayed"), so the name keeps them and gets a second rendering
without them. Religious and lineage titles are dropped wherever they stand before a name
(lists write the father's title too: "Sayed Ghiasuddin Sayed Ghousuddin"), but not as the
last word, where they are surnames ("Saad al-Din SAYYID"); forms of address and ranks only at
the start, where they are written, since "U" and "Ma" are also syllables of Korean and
Burmese names.

Written from general knowledge of how the UN, OFAC and UK lists spell these titles, in their
common romanisations; not derived from any list.
"""

from __future__ import annotations

from .arabic_particles import ARTICLE_WORDS
from .phrases import replaced_phrases

# Titles that may stand anywhere in the name.
_ANYWHERE = frozenset(
    {
        # Lineage: descendants of the Prophet.
        "sayyid", "sayyed", "sayed", "seyed", "seyyed", "syed", "seyyid", "sayid", "saiyid",
        # Pilgrimage.
        "haji", "hajji", "hadji", "hajj", "hadj", "alhaji", "alhaj", "alhajj", "elhadj",
        # Religious learning and office.
        "mullah", "mulla", "mullo", "maulvi", "moulvi", "molvi", "mawlawi", "maulavi",
        "mawlavi", "maulana", "mawlana", "moulana", "mufti", "qari", "hafiz", "hafez",
        "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "ustad", "ustadh", "ustaz",
        # Shia clerical ranks, written as one word ("Hojjatoleslam Ali SHIRAZI") or as three
        # (`_CLERICAL`); "hjtalaslam" is how a Persian حجت‌الاسلام is rendered without vowels.
        "hojjatoleslam", "hojatoleslam", "hojjatolislam", "hojatolislam", "hujjatulislam",
        "hjtalaslam", "ayatollah", "ayatullah", "ayatolah",
    }
)  # fmt: skip
# "Hojjat al-Islam" and "Hojjat al-Eslam" as three words (two where the article is cut off).
# Only as a whole: Hojjat alone is a given name, and Hojjatollah another.
_CLERICAL_FIRST = frozenset({"hojjat", "hojat", "hujjat"})
_CLERICAL = tuple(
    ((first, *article, last), ("hojjatoleslam",))
    for first in sorted(_CLERICAL_FIRST)
    for article in (("al",), ("ol",), ("ul",), ())
    for last in ("islam", "eslam")
)
# Forms of address and ranks: only a leading run of them is dropped.
_LEADING = _ANYWHERE | frozenset(
    {
        "u", "daw",  # Burmese: Mr, Mrs
        "col", "lt", "ltc", "maj", "gen", "brig", "capt", "cpt", "sgt", "cmdr", "cdr",
        "major", "commander", "commandant", "lieutenant", "sergeant", "dr", "eng",
        # Ranks rigour's prefixes take only alone ("General X", not "Major General X").
        "general", "colonel", "brigadier", "captain", "admiral",
    }
)  # fmt: skip


# A name cut to one word would match any name containing that word ("Haji Azizullah").
MIN_TOKENS_LEFT = 2


def is_honorific(token: str) -> bool:
    """Whether a word is an honorific or title of the table, wherever in a name."""
    return token in _ANYWHERE or token in _LEADING


def without_honorifics(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The tokens without their honorifics (and an article written with one: "al-Sayyid"),
    or None if none is dropped or fewer than MIN_TOKENS_LEFT words would remain."""
    tokens = _clerical_joined(tokens)
    if _ANYWHERE.isdisjoint(tokens) and tokens[0] not in _LEADING:
        return None
    start = 0
    while start < len(tokens) and (
        tokens[start] in _LEADING or (tokens[start] in ARTICLE_WORDS and _title_next(tokens, start))
    ):
        start += 1
    last = len(tokens) - 1
    kept = tuple(
        token
        for index, token in enumerate(tokens)
        if index >= start
        and not (token in _ANYWHERE and index < last)
        and not (token in ARTICLE_WORDS and _title_next(tokens, index))
    )
    return kept if MIN_TOKENS_LEFT <= len(kept) < len(tokens) else None


def _clerical_joined(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens with "hojjat al islam" written as the one word "hojjatoleslam"."""
    if _CLERICAL_FIRST.isdisjoint(tokens):
        return tokens
    return replaced_phrases(tokens, _CLERICAL)


def _title_next(tokens: tuple[str, ...], index: int) -> bool:
    return index + 1 < len(tokens) - 1 and tokens[index + 1] in _ANYWHERE
