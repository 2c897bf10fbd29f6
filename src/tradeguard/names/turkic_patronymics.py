"""Turkic patronymics in the Russian form: "Ilham Heydar oglu" is Ilham Heydarovich.

Azerbaijani, Uzbek, Kazakh, Kyrgyz, Turkmen and Tatar names give the father's name followed by
the word for son or daughter: Heydar oglu, Usmon o'g'li, Marat uly, Marat uulu, Arif qizi,
Marat kyzy. Russian-language papers, and the lists that copy them, give the same father's name
as a Russian patronymic: Geydarovich, Usmonovich, Maratovna. The lists hold both ("Fikhret
Gabdulla Ogly TAGIEV", "Alina Maratovna KABAEVA" for Әлинә Марат кызы Кабаева), so a person's
name with such a word also gets a form with the Russian patronymic in its place.

Russian builds the patronymic with -ovich / -ovna after a consonant and -yevich / -yevna after
a vowel (Musa, Musayevich; Ali, Aliyevich). Russian writes -evich after a soft consonant too
(Kamilevich beside Kamilovich); the matcher reads those as near spellings of one name.
"""

from __future__ import annotations

# The words for son and daughter as romanisations and transliterations write them: Azerbaijani
# and Turkish oğlu / qızı, Uzbek o'g'li (ўғли) / qizi, Kazakh uly / qyzy (ұлы / қызы), Kyrgyz
# uulu / kyzy, Turkmen ogly / gyzy, and the Russian оглы / кызы, which a Ukrainian reading
# of the Cyrillic makes "ohly".
_SON = frozenset({"ogly", "oglu", "ogli", "ohly", "ugli", "uly", "uulu"})
_DAUGHTER = frozenset({"kyzy", "kizi", "qizi", "gizi", "kyzi", "qyzy", "gyzy", "kizy"})
_SON_OR_DAUGHTER = _SON | _DAUGHTER
_VOWELS = frozenset("aeiouy")
# The father's name is a word of this many letters at least.
MIN_FATHER = 3


def russian_patronymics(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """`tokens` (a person's name, lower-case ASCII) with every father's name before a word for
    son or daughter made a Russian patronymic and that word dropped; None when the name has no
    such word after a father's name."""
    out: list[str] = []
    changed = False
    for token in tokens:
        if token in _SON_OR_DAUGHTER and out and _father(out[-1]):
            out[-1] = out[-1] + _suffix(out[-1], female=token in _DAUGHTER)
            changed = True
        else:
            out.append(token)
    return tuple(out) if changed else None


def _father(token: str) -> bool:
    return len(token) >= MIN_FATHER and token.isalpha() and token not in _SON_OR_DAUGHTER


def _suffix(father: str, female: bool) -> str:
    if father[-1] in _VOWELS:
        return "yevna" if female else "yevich"
    return "ovna" if female else "ovich"
