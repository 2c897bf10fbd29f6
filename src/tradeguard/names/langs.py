"""Language hints: list files give ISO 639-1, ISO 639-2/3 codes, country codes or English names."""

from __future__ import annotations

_ALIASES: dict[str, tuple[str, ...]] = {
    "ru": ("ru", "rus", "russian"),
    "uk": ("uk", "ukr", "ukrainian", "ua"),
    "be": ("be", "bel", "belarusian", "by"),
    "bg": ("bg", "bul", "bulgarian"),
    "sr": ("sr", "srp", "serbian"),
    "mk": ("mk", "mkd", "mac", "macedonian"),
    "kk": ("kk", "kaz", "kazakh"),
    "ky": ("ky", "kir", "kirghiz", "kyrgyz"),
    "uz": ("uz", "uzb", "uzbek"),
    "tg": ("tg", "tgk", "tajik", "tj"),
    "ko": ("ko", "kor", "korean", "kp", "kr", "prk"),
    "zh": ("zh", "zho", "chi", "chinese", "cmn", "cn", "tw"),
    "ja": ("ja", "jpn", "japanese", "jp"),
    "ar": ("ar", "ara", "arabic"),
    "fa": ("fa", "fas", "per", "persian", "farsi", "ir"),
    "ur": ("ur", "urd", "urdu"),
    "ps": ("ps", "pus", "pashto"),
    "he": ("he", "heb", "hebrew", "iw"),
    "el": ("el", "ell", "gre", "greek"),
    "ka": ("ka", "kat", "geo", "georgian"),
    "hy": ("hy", "hye", "arm", "armenian"),
    "th": ("th", "tha", "thai"),
    "de": ("de", "deu", "ger", "german"),
}
_CANONICAL = {alias: code for code, aliases in _ALIASES.items() for alias in aliases}


def canonical_lang(lang: str | None) -> str | None:
    """The two-letter code for a hint, or None when the hint is absent or unknown."""
    if not lang:
        return None
    return _CANONICAL.get(lang.strip().lower().replace("_", "-").split("-")[0])
