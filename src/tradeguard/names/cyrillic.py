"""Cyrillic names: pick the language, then romanise with ICU BGN/PCGN and national tables.

Without a language hint the letters decide: ў is Belarusian, ї є ґ Ukrainian, і Ukrainian
unless ы or э (absent from Ukrainian) show Belarusian, and a soft sign before к ("-ський")
is Ukrainian; Kazakh, Uzbek, Tajik, Serbian and Macedonian have letters of their own. Many
Ukrainian names show none of these ("Володимир Олександрович"), so a name read as Russian
without a hint also gets the Ukrainian national form, last. Names that read as Korean
("Ким Чен Ын") or Chinese ("Си Цзиньпин") are handed to the Korean and Chinese renderers
first, since lists rarely write such a name the Russian way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .ascii import ascii_tokens
from .cyrillic_chinese import chinese_renderings
from .cyrillic_korean import korean_renderings
from .cyrillic_schemes import (
    BELARUSIAN_NATIONAL,
    BELARUSIAN_PASSPORT,
    RUSSIAN_ICAO,
    RUSSIAN_PRESS,
    TAJIK,
    UKRAINIAN_NATIONAL,
    Scheme,
    romanize_word,
)
from .icu import transliterate
from .model import Context, Rendering
from .slavic_equivalents import respell

_BGN = {
    "ru": "Russian-Latin/BGN", "uk": "Ukrainian-Latin/BGN", "be": "Belarusian-Latin/BGN",
    "bg": "Bulgarian-Latin/BGN", "sr": "Serbian-Latin/BGN", "mk": "Macedonian-Latin/BGN",
    "kk": "Kazakh-Latin/BGN", "ky": "Kirghiz-Latin/BGN", "mn": "Mongolian-Latin/BGN",
    # Uzbek's official Latin alphabet (Shavkat Mirziyoyev, O'tkir Hoshimov), which passports
    # use; ICU's Uzbek BGN writes в as w (Shawkat Mirzieew), as no list does.
    "uz": "uz_Cyrl-uz_Latn",
}  # fmt: skip
_SCHEMES: dict[str, tuple[tuple[Scheme, str], ...]] = {
    "ru": ((RUSSIAN_ICAO, "ru-icao"), (RUSSIAN_PRESS, "ru-press")),
    "uk": ((UKRAINIAN_NATIONAL, "uk"),),
    # Passports and most Western lists write Belarusian names with English digraphs and plain
    # vowels ("Siarhei Yaugenavich ZUBKOU"), which neither BGN nor the national system gives.
    "be": ((BELARUSIAN_NATIONAL, "be-national"), (BELARUSIAN_PASSPORT, "be-passport")),
    # ICU has no Tajik transform.
    "tg": ((TAJIK, "tg"),),
}
# A Ukrainian or Belarusian name respelt in Russian, romanised as the press and passports do.
_RUSSIAN_FORMS: dict[str, tuple[tuple[Scheme, str], ...]] = {
    language: ((RUSSIAN_PRESS, f"{language}-ru-press"), (RUSSIAN_ICAO, f"{language}-ru-icao"))
    for language in ("uk", "be", "uz", "tg")
}
# One pattern finds the first letter or cluster that only one language has.
_EVIDENCE = re.compile(
    "(?P<be>ў)|(?P<uk>[їєґ]|[сцз]ьк)|(?P<kk>[әғқңөұүһ])|(?P<sr>[ђјљњћџ])|(?P<mk>[ѓќѕ])"
)
# Tajik's own letters, and Uzbek's ҳ; Uzbek also writes ў, as Belarusian does, and ғ and қ, as
# Kazakh does, so ў beside either of those is Uzbek too. Read as Russian, ҳ and ҷ were dropped
# (Ҳамид Қодиров was "amid").
_TAJIK_LETTERS = re.compile("[ҷӣӯ]")
_UZBEK_LETTERS = re.compile("ҳ|ў.*[ғқ]|[ғқ].*ў")
# The letters Russian spelling gives Uzbek and Tajik ones (Ҳошимов Хошимов, Ғафуров Гафуров,
# Ҷамшед Джамшед, Ўткир Уткир), so that such names also get their Russian forms.
_RUSSIAN_LETTERS = str.maketrans(
    {"ҳ": "х", "қ": "к", "ғ": "г", "ў": "у", "ҷ": "дж", "ӣ": "и", "ӯ": "у"}
)


def cyrillic_language(tokens: tuple[str, ...], lang: str | None) -> str:
    """The language whose romanisation fits: the hint if usable, else the letters' evidence."""
    if lang in _BGN or lang in _SCHEMES:
        return lang
    text = " ".join(tokens)
    if _TAJIK_LETTERS.search(text):
        return "tg"
    if _UZBEK_LETTERS.search(text):
        return "uz"
    evidence = _EVIDENCE.search(text)
    if evidence and evidence.lastgroup:
        return evidence.lastgroup
    if "і" in text:
        return "be" if "ы" in text or "э" in text else "uk"
    return "ru"


def render_cyrillic(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """Korean or Chinese readings if the name is either, then the language's national and BGN
    forms."""
    language = cyrillic_language(tokens, context.lang)
    renderings = korean_renderings(tokens, context, language)
    renderings.extend(chinese_renderings(tokens, context, language))
    schemes = _SCHEMES.get(language, ())
    if language == "uk":
        renderings.extend(_scheme_renderings(tokens, schemes))
    if language in _BGN:
        renderings.append(_bgn_rendering(tokens, language))
    if language != "uk":
        renderings.extend(_scheme_renderings(tokens, schemes))
    if language in ("uz", "tg"):
        russian_letters = tuple(token.translate(_RUSSIAN_LETTERS) for token in tokens)
        renderings.extend(_scheme_renderings(russian_letters, _RUSSIAN_FORMS[language]))
    if language in ("uk", "be"):
        # Other lists give the same person the Russian forms: "Aleksandr Vladimirovich". The
        # letters that tell Belarusian from Ukrainian (ў, ы, э) are often absent, so both.
        other = "be" if language == "uk" else "uk"
        russian = respell(tokens, language, "ru") or respell(tokens, other, "ru")
        if language == "be":
            russian = _belarusian_words_in_russian(tokens, russian or tokens)
        if russian:
            renderings.extend(_scheme_renderings(russian, _RUSSIAN_FORMS[language]))
    if language == "ru" and context.lang is None:
        # Without a hint the name may be Ukrainian written without the letters that show it.
        russian = respell(tokens, "uk", "ru")
        if russian:
            renderings.extend(_scheme_renderings(russian, _RUSSIAN_FORMS["uk"]))
        ukrainian = respell(tokens, "ru", "uk") or tokens
        renderings.extend(_scheme_renderings(ukrainian, _SCHEMES["uk"]))
    return renderings


# The regular correspondences of Belarusian and Russian spelling in surnames and other words
# the equivalents table does not know: soft дз and ц, which are Russian д and т (ДЗЯНІСЕНКА,
# ШОЦІК -> Денисенко, Шотик; Belarusian's own дз and ц are hard; ц before е is left, since
# lists keep a Russian це in Belarusian names: ЦЕДРЫК, Tsedrik), ў after a vowel (ЗУБКОЎ,
# ПЯТРОЎ -> -ов), э, і, akanne in -ава (-ова), -енка (-енко, and -анка after a hardened
# consonant: ВАШЧАНКА), -скі/-цкі (-ский/-цкий).
_BELARUSIAN_SPELLING = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"дз(?=[ьеёіюя])", "д"),
        (r"ц(?=[ьёіюя])", "т"),
        (r"[ао]ў$", "ов"),
        (r"[эе]ў$", "ев"),
        (r"ў", "в"),
        (r"э", "е"),
        (r"і", "и"),
        (r"(?<=[^аеёиоуыэюя]{1})ава$", "ова"),
        (r"(?<=..)енка$", "енко"),
        (r"(?<=.[шжч])анка$", "енко"),
        (r"(?<=..)([сц])ки$", r"\1кий"),
    )
)

_RUSSIAN_ONLY = re.compile("[ищъ]")


def _belarusian_words_in_russian(
    tokens: tuple[str, ...], respelt: tuple[str, ...]
) -> tuple[str, ...] | None:
    """`respelt` (the known words in Russian form) with every word the table left as it was
    respelt by the regular correspondences; None when nothing changed."""
    out = []
    for token, known in zip(tokens, respelt, strict=True):
        # A word with и, щ or ъ, which Belarusian lacks, is written the Russian way already.
        if known == token and not _RUSSIAN_ONLY.search(token):
            for pattern, replacement in _BELARUSIAN_SPELLING:
                known = pattern.sub(replacement, known)
        out.append(known)
    result = tuple(out)
    return result if result != tokens else None


def _bgn_rendering(tokens: tuple[str, ...], language: str) -> Rendering:
    text = " ".join(_bgn_word(token, language) for token in tokens)
    # Ukrainian's own system comes first and carries the plain language code.
    return Rendering(ascii_tokens(text), "uk-bgn" if language == "uk" else language)


@lru_cache(maxsize=65536)
def _bgn_word(token: str, language: str) -> str:
    # Word by word, because list names repeat their words (Vladimirovich) far more than
    # whole names, and BGN's rules look no further than the word.
    return transliterate(f"{_BGN[language]}; Latin-ASCII", token)


def _scheme_renderings(
    tokens: tuple[str, ...], schemes: tuple[tuple[Scheme, str], ...]
) -> list[Rendering]:
    return [
        Rendering(ascii_tokens(" ".join(romanize_word(token, scheme) for token in tokens)), method)
        for scheme, method in schemes
    ]
