"""Pinyin syllables to Wade-Giles, apostrophes and umlauts dropped as lists print them.

Rules rather than a 400-row table: Wade-Giles differs from pinyin by its initials (b->p,
d->t, g->k, j/q/zh->ch, x->hs, r->j, z/c->ts) and a handful of finals (-ong->-ung,
-ian->-ien, -ie->-ieh, -e after velars ->-o), plus whole-syllable exceptions.
"""

from __future__ import annotations

from functools import lru_cache

_WHOLE = {
    "zi": "tzu", "ci": "tzu", "si": "ssu", "zhi": "chih", "chi": "chih", "shi": "shih",
    "ri": "jih", "er": "erh", "yan": "yen", "ye": "yeh", "you": "yu", "yue": "yueh",
    "yong": "yung", "yi": "i", "ge": "ko", "ke": "ko", "he": "ho", "guo": "kuo",
    "kuo": "kuo", "huo": "huo", "shuo": "shuo",
}  # fmt: skip
_INITIALS = (
    ("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"),
    ("d", "t"), ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"),
    ("j", "ch"), ("q", "ch"), ("x", "hs"), ("r", "j"), ("z", "ts"), ("c", "ts"), ("s", "s"),
    ("y", "y"), ("w", "w"),
)  # fmt: skip
_FINALS = (
    ("iong", "iung"), ("ong", "ung"), ("ian", "ien"), ("ie", "ieh"), ("ue", "ueh"),
    ("uo", "o"), ("e", "e"),
)  # fmt: skip
_VELARS = frozenset({"k", "h"})


@lru_cache(maxsize=2048)
def to_wade_giles(syllable: str) -> str:
    """ "ze" -> "tse", "dong" -> "tung", "xi" -> "hsi"; anything unparsed is returned as is."""
    if syllable in _WHOLE:
        return _WHOLE[syllable]
    for pinyin, wade in _INITIALS:
        if syllable.startswith(pinyin):
            return wade + _final(syllable[len(pinyin) :], wade)
    return _final(syllable, "")


def _final(final: str, initial: str) -> str:
    if final == "e" and initial in _VELARS:
        return "o"
    if final == "ui" and initial == "k":
        return "uei"
    for pinyin, wade in _FINALS:
        if final.endswith(pinyin) and (final == pinyin or pinyin != "e"):
            return final[: -len(pinyin)] + wade
    return final
