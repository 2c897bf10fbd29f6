"""Words of Chinese company names as registered English names give them (data/han_glossary.tsv).

"北京鲁成伟业科技发展有限公司" is registered abroad as "Beijing Lucheng Weiye Technology
Development Co., Ltd": the trade name is pinyin, but the words saying what the company does
are translated. The table holds the common ones and the places whose English name is not their
pinyin (香港 Hong Kong, not Xianggang). An empty translation drops a word that belongs to the
legal form (股份, "joint-stock").

Words are kept in simplified characters: a name is looked up through ICU's
Traditional-Simplified transform, so 電子 finds 电子 and the table needs no traditional rows.
"""

from __future__ import annotations

from functools import cache

from .glossaries import read_glossary
from .icu import transliterate

_SIMPLIFIED = "Traditional-Simplified"


def simplified(text: str) -> str:
    """`text` in simplified characters: the form the glossary is looked up in."""
    return transliterate(_SIMPLIFIED, text)


@cache
def glossary() -> dict[str, tuple[str, ...]]:
    """Each word in simplified characters with its English words (none for a dropped word)."""
    return read_glossary("han_glossary.tsv", simplified)


@cache
def longest_word() -> int:
    """The length of the longest word in the glossary, in characters."""
    return max(map(len, glossary()))
