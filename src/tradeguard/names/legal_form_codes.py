"""Canonical legal-form codes, and the words rigour's org-type table lacks.

rigour's compare forms fold every Russian joint-stock variant (АО, ПАО, ОАО, ЗАО) into "ao",
but the lists distinguish them, so the matched words are looked up here first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import normalize

_BY_WORDS: dict[str, tuple[str, ...]] = {
    "pjsc": (
        "пао", "pao", "pjsc", "публичное акционерное общество", "public joint stock company",
        "публичное ао", "пат", "публічне акціонерне товариство", "pat",
        "publichnoe aktsionernoe obshchestvo",
    ),
    "ojsc": (
        "оао", "oao", "ojsc", "открытое акционерное общество", "open joint stock company",
        "otkrytoe aktsionernoe obshchestvo", "ват", "відкрите акціонерне товариство",
    ),
    "cjsc": (
        "зао", "zao", "cjsc", "закрытое акционерное общество", "closed joint stock company",
        "zakrytoe aktsionernoe obshchestvo", "зат", "закрите акціонерне товариство",
    ),
    "jsc": (
        "ао", "ao", "jsc", "акционерное общество", "joint stock company", "нао",
        "aktsionernoe obshchestvo", "ат", "акціонерне товариство", "прат",
        "приватне акціонерне товариство",
    ),
    "llc": (
        "ооо", "ooo", "llc", "общество с ограниченной ответственностью", "тов", "tov",
        "limited liability company", "obshchestvo s ogranichennoy otvetstvennostyu",
        "товариство з обмеженою відповідальністю",
    ),
}  # fmt: skip

# rigour compare forms renamed to the codes this package reports.
_COMPARE_CODES = {
    "ooo": "llc", "tov": "llc", "тоо": "llp", "зат": "cjsc", "coltd": "ltd", "fgup": "fsue",
    "gmbhcokg": "gmbh_co_kg", "yu": "llc",
}  # fmt: skip

# Legal-form words rigour does not know, as word sequences. `ORG_ONLY` ones are ordinary
# words too ("company"), so they are taken only when the schema says it is an organisation.
ANY_KIND: dict[tuple[str, ...], str] = {
    ("state", "corporation"): "state_corp", ("state", "corp"): "state_corp",
    ("goskorporatsiya",): "state_corp", ("gosudarstvennaya", "korporatsiya"): "state_corp",
    ("государственная", "корпорация"): "state_corp", ("госкорпорация",): "state_corp",
    ("державна", "корпорація"): "state_corp", ("ат",): "jsc", ("прат",): "jsc",
    ("пат",): "pjsc", ("ват",): "ojsc", ("oao",): "ojsc", ("pao",): "pjsc",
    # Russian state enterprises and institutions ("FSUE NAMI", "ФГУП «НАМИ»").
    ("fsue",): "fsue", ("fgup",): "fsue", ("фгуп",): "fsue", ("гуп",): "sue", ("gup",): "sue",
    ("federal", "state", "unitary", "enterprise"): "fsue",
    ("федеральное", "государственное", "унитарное", "предприятие"): "fsue",
    ("fgbu",): "fsbi", ("фгбу",): "fsbi", ("fsbi",): "fsbi", ("фкп",): "fkp", ("fkp",): "fkp",
}  # fmt: skip
ORG_ONLY: dict[tuple[str, ...], str] = {
    ("co", "ltd"): "ltd", ("company", "ltd"): "ltd", ("co", "limited"): "ltd",
    ("company", "limited"): "ltd", ("corporation",): "corp", ("corp",): "corp",
    ("company",): "co", ("co",): "co", ("a", "s"): "as", ("a", "ş"): "as",
}  # fmt: skip
FIRST_WORDS = frozenset(words[0] for words in (*ANY_KIND, *ORG_ONLY))

# Written without spaces after Han, Kana or Hangul names, so matched as affixes.
CJK_AFFIXES: tuple[tuple[str, str], ...] = (
    ("股份有限公司", "jsc"), ("有限责任公司", "llc"), ("有限責任公司", "llc"),
    ("有限公司", "ltd"), ("株式会社", "kk"), ("有限会社", "yk"), ("주식회사", "jsc"),
    ("(주)", "jsc"), ("(株)", "kk"), ("유한회사", "llc"), ("유한책임회사", "llc"),
)  # fmt: skip


def _compact(words: str) -> str:
    return normalize(words).replace(" ", "")


_CODE_BY_WORDS = {_compact(word): code for code, words in _BY_WORDS.items() for word in words}


@lru_cache(maxsize=4096)
def legal_form_code(matched: str, compare_form: str | None, generic_form: str | None) -> str:
    """The canonical code for the words `matched`, given rigour's compare and generic forms."""
    code = _CODE_BY_WORDS.get(_compact(matched))
    if code:
        return code
    for form in (compare_form, generic_form):
        if form and form.isascii():
            form = _COMPARE_CODES.get(form, form)
            return re.sub(r"[^a-z0-9]+", "_", form.lower()).strip("_")
        if form in _COMPARE_CODES:
            return _COMPARE_CODES[form]
    return "other"


def is_ambiguous(matched: str) -> bool:
    """Short Latin or spelt-out-letter forms ("sa", "ag", "a.g.") are also name words or initials.

    Two-letter Cyrillic forms (АО, АТ, ИП) are not: no Russian or Ukrainian name word is spelt so.
    """
    compact = _compact(matched)
    if all(len(word) == 1 for word in normalize(matched).split()):
        return True
    return len(compact) < 3 and compact.isascii()
