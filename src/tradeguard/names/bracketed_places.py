"""Places that Chinese company names put in brackets, which are no second name of the company.

"卡林卡（天津）国际贸易有限公司" and "NEWAY CNC EQUIPMENT (SUZHOU) CO LTD" write the city or
province they are registered in between brackets, as Chinese naming rules have it (trade name,
then the administrative division in brackets, then the trade). A bracket elsewhere often holds
a second name ("... (ВГТРК)", "ADF (ALLIED DEMOCRATIC FORCES)"), which gets forms of its own;
a city taken so became a one-word name of the company, and a query or a payment's address line
that is only "Shenzhen" or "Suzhou" alerted on it at 0.985.
"""

from __future__ import annotations

from .normalize import fold_case, normalize
from .pinyin_latin import syllables_of
from .scripts import script_of

# A division in Chinese characters has at most this many: 深圳, 黑龙江, 内蒙古 (without 市 or 省).
_MOST_HAN = 4
# Places in brackets whose English name is not two pinyin syllables.
_OTHER_PLACES = frozenset({("hk",), ("hong", "kong"), ("harbin",), ("macau",), ("kowloon",)})


def is_bracketed_place(text: str) -> bool:
    """Whether the text between brackets of an organisation's name is the place it is
    registered in: a few Chinese characters, or one word of two pinyin syllables."""
    letters = "".join(char for char in text if not char.isspace())
    if letters and script_of(letters) == "Han":
        return len(letters) <= _MOST_HAN
    tokens = tuple(normalize(fold_case(text)).split())
    if tokens in _OTHER_PLACES:
        return True
    if len(tokens) != 1:
        return False
    syllables = syllables_of(tokens[0])
    return syllables is not None and len(syllables) == 2
