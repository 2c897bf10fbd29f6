"""Renderings of names already written in Latin letters.

Besides the plain diacritic fold ("Müller" -> muller), two spellings that English-language
lists use for the same letters are offered: German umlauts and Nordic vowels written out
("mueller", "soeren"), and the Slavic háček letters and their Turkish and Romanian cedilla
cousins as digraphs ("Łukašenka" -> lukashenka, "Koçak" -> kochak).
Person names that show themselves Ukrainian or Belarusian also get their Russian form
("Aliaksandr Mikalaevich" -> alexandr nikolayevich), as other lists write the same person;
Russian names in German, Dutch, French or Polish transcription get the lists' English spelling
("Sergej Lawrow" -> sergey lavrov, `russian_transcriptions`); and names written in pinyin get
their Wade-Giles form (`pinyin_latin`: Xi Jinping -> hsi chinping).
"""

from __future__ import annotations

from .ascii import ascii_tokens
from .model import Context, Rendering
from .pinyin_latin import WADE_GILES_METHOD, wade_giles_words
from .russian_transcriptions import press_spellings
from .slavic_latin import respell_latin

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa"})
# Polish ż is the háček letter ž by another mark ("Prigożyn" is Prigozhin), and Turkish,
# Azerbaijani, Romanian and Albanian write š and č with a cedilla or comma (ş, ș, ç: Koçak is
# KOCHAK, Şor SHOR in English-language lists); Romanian ț is ts. French ç is s, which the
# plain fold keeps.
_HACEKS = str.maketrans(
    {"š": "sh", "č": "ch", "ž": "zh", "ż": "zh", "ř": "rzh", "ş": "sh", "ș": "sh", "ç": "ch",
     "ț": "ts", "ţ": "ts"}
)  # fmt: skip
_VARIANTS = ((_UMLAUTS, "latin-de"), (_HACEKS, "latin-sh"))


def render_latin(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """The diacritic fold first, then the written-out spellings where they differ."""
    text = " ".join(tokens)
    if text.isascii():
        # Normalised ASCII text is made of [a-z0-9] words already.
        renderings = [Rendering(tokens, "latin")]
    else:
        renderings = [Rendering(ascii_tokens(text), "latin")]
        for table, method in _VARIANTS:
            variant = text.translate(table)
            if variant != text:
                renderings.append(Rendering(ascii_tokens(variant), method))
    if context.person_like:
        # The last rendering spells háček letters as digraphs ("Łukašenka" -> lukashenka),
        # as the Russian forms do.
        spelt = renderings[-1].tokens
        russian = respell_latin(spelt)
        if russian:
            renderings.append(Rendering(russian, "latin-ru"))
        renderings.extend(
            Rendering(respelt, "latin-ru-press") for respelt in press_spellings(spelt)
        )
        wade_giles = wade_giles_words(renderings[0].tokens)
        if wade_giles:
            renderings.append(Rendering(wade_giles, WADE_GILES_METHOD))
    return renderings
