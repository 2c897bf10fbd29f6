"""Legal forms of Arab, Iranian and South Asian companies, in Arabic script and romanised:
the spellings rigour's org-type table lacks.

The EU and UK lists give the Gulf companies they designate in Arabic as well as in English
("مونلايت لادارة السفن ش.ذ.م.م-منطقة حرة", Moonlight Shipmanagement L.L.C – FZ; "ليتاسكو
ميدل إيست م.د.م.س", Litasco Middle East DMCC), and a bank in the Gulf holds its customers'
names so. Left in, the letters of ش.ذ.م.م (LLC), م.د.م.س (DMCC) or ش.م.ح (FZCO) were four name
words the English name does not have. The word company (شركة, شرکت, romanised Sherkat) stays a
name word: cut, a Persian company named by one surname ("شرکت احمدی") became that surname
alone, and at equal innocent alert rates more such names alerted than listed ones were found
(bench/HISTORY.md, 2.17). Left out too: ش.م.م, an LLC in Lebanon but a joint-stock company in
Egypt.

Written from the UAE, Qatari, Kuwaiti, Bahraini, Lebanese and Iranian company forms and
their usual English renderings; not derived from any list. Each entry is `code: phrase,
phrase, ...` (continued on lines that start with a space); a phrase is matched as its
sequence of words, so dots and hyphens do not matter. Each phrase is also taken with the
letters Arabic and Persian write differently swapped (ي ی ى, ك ک, final ة ه); hamza seats
are folded by `legal_form_codes.plain_word` already.
"""

from __future__ import annotations

import itertools
import re

from .legal_form_institutions import table_entries

_WORD = re.compile(r"\w+")

# Whole forms, taken whatever the schema: no person's name is written so.
_ANY_KIND = """
llc: ش ذ م م, ذ م م, ذات مسؤولية محدودة, ذات المسؤولية المحدودة, المحدودة المسؤولية,
 محدودة المسؤولية, با مسئولیت محدود, مسئولیت محدود
fz_llc: ش ذ م م منطقة حرة, ذ م م منطقة حرة, llc fz, l l c fz, fz llc, fz l l c
fz: منطقة حرة
fzco: ش م ح, fz co
fze: م م ح, fz e
dmcc: م د م س
pjsc: ش م ع, ش م ع ق, ش م ك ع, سهامی عام, sahami aam, sahami am, sahami ye aam, sahami ye am
cjsc: ش م خ, سهامی خاص, sahami khass, sahami khas, sahami ye khass, sahami ye khas
bsc: ش م ب
sal: ش م ل
"""
# Ordinary words as well ("limited"), so taken only when the schema says the name is an
# organisation's.
_ORG_ONLY = """
ltd: المحدودة, محدودة, لمتد, ليمتد, ليميتد, لميتد, لمیٹڈ, پرائیویٹ لمیٹڈ
"""

# The letters Arabic and Persian (and Urdu) write differently, each with its other spellings.
_VARIANTS = {"ي": "یى", "ی": "يى", "ى": "يی", "ك": "ک", "ک": "ك", "ة": "ه"}


def _load(table: str) -> dict[tuple[str, ...], str]:
    return {
        words: code
        for code, phrases in table_entries(table)
        for phrase in phrases
        for words in _spellings(tuple(_WORD.findall(phrase.casefold())))
    }


def _spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The phrase with each letter of `_VARIANTS` also in its other spellings; ة only at the
    end of a word, where Persian writes ه for it."""
    return list(itertools.product(*(_word_spellings(word) for word in words)))


def _word_spellings(word: str) -> list[str]:
    choices = []
    for index, letter in enumerate(word):
        others = _VARIANTS.get(letter, "")
        if letter == "ة" and index != len(word) - 1:
            others = ""
        choices.append(letter + others)
    return ["".join(letters) for letters in itertools.product(*choices)]


ARABIC_FORMS: dict[tuple[str, ...], str] = _load(_ANY_KIND)
ARABIC_ORG_ONLY_FORMS: dict[tuple[str, ...], str] = _load(_ORG_ONLY)
