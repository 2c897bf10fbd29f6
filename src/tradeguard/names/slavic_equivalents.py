"""Given names and patronymics of one East Slavic language respelt as another's.

"Сергій Миколайович" (Ukrainian) is "Сергей Николаевич" (Russian): the given name is paired
in `slavic_given_names`, and the patronymic follows from it by each language's suffix rules
(Ukrainian -ович/-йович and -івна/-ївна, Russian -ович/-евич and -овна/-евна, Belarusian
-авіч/-евіч and -аўна/-еўна). Surnames are left alone: they are transliterated, not translated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from .slavic_given_names import BELARUSIAN_RUSSIAN, UKRAINIAN_RUSSIAN

Patronymics = tuple[str, str] | None  # (male, female)

_RUSSIAN_IRREGULAR: dict[str, tuple[str, str]] = {
    "павел": ("павлович", "павловна"), "петр": ("петрович", "петровна"),
    "михаил": ("михайлович", "михайловна"), "лев": ("львович", "львовна"),
    "илья": ("ильич", "ильинична"), "никита": ("никитич", "никитична"),
    "фома": ("фомич", "фоминична"), "лука": ("лукич", "лукинична"),
    "яков": ("яковлевич", "яковлевна"), "дмитрий": ("дмитриевич", "дмитриевна"),
    "георгий": ("георгиевич", "георгиевна"), "афанасий": ("афанасьевич", "афанасьевна"),
}  # fmt: skip
_UKRAINIAN_IRREGULAR: dict[str, tuple[str, str]] = {
    "ілля": ("ілліч", "іллівна"), "микита": ("микитович", "микитівна"),
    "хома": ("хомич", "хомівна"), "лука": ("лукич", "луківна"),
    "яків": ("якович", "яківна"), "федір": ("федорович", "федорівна"),
    "лев": ("львович", "львівна"), "григорій": ("григорович", "григорівна"),
    "микола": ("миколайович", "миколаївна"),
}  # fmt: skip
_BELARUSIAN_IRREGULAR: dict[str, tuple[str, str]] = {
    "павел": ("паўлавіч", "паўлаўна"), "пётр": ("пятровіч", "пятроўна"),
    "пятро": ("пятровіч", "пятроўна"), "дзмітрый": ("дзмітрыевіч", "дзмітрыеўна"),
    "юрый": ("юрэвіч", "юрэўна"), "валерый": ("валер'евіч", "валер'еўна"),
    "міхаіл": ("міхайлавіч", "міхайлаўна"),
}  # fmt: skip


def russian_patronymics(name: str) -> Patronymics:
    if name in _RUSSIAN_IRREGULAR:
        return _RUSSIAN_IRREGULAR[name]
    if name.endswith(("ей", "ай", "яй")):
        stem = name[:-1] + "е"
    elif name.endswith("ий"):
        stem = name[:-2] + "ье"
    elif name.endswith("ь"):
        stem = name[:-1] + "е"
    elif name.endswith(("а", "я")):
        return None  # female names have no patronymic of their own
    else:
        stem = name + "о"
    return stem + "вич", stem + "вна"


def ukrainian_patronymics(name: str) -> Patronymics:
    if name in _UKRAINIAN_IRREGULAR:
        return _UKRAINIAN_IRREGULAR[name]
    if name.endswith("ій"):
        return name + "ович", name[:-1] + "ївна"
    if name.endswith("о"):
        return name[:-1] + "ович", name[:-1] + "івна"
    if name.endswith("ь"):
        return name + "ович", name[:-1] + "івна"
    if name.endswith(("а", "я")):
        return None
    return name + "ович", name + "івна"


def belarusian_patronymics(name: str) -> Patronymics:
    if name in _BELARUSIAN_IRREGULAR:
        return _BELARUSIAN_IRREGULAR[name]
    if name.endswith(("ей", "ай", "эй")):
        return name[:-1] + "евіч", name[:-1] + "еўна"
    if name.endswith("ь"):
        return name[:-1] + "евіч", name[:-1] + "еўна"
    if name.endswith(("а", "я")):
        return None
    return name + "авіч", name + "аўна"


def _fold(token: str) -> str:
    # Russian writes ё as е in most documents, and lists follow them; normalisation has
    # already dropped apostrophes from the tokens ("В'ячеслав" is "вячеслав").
    return token.replace("ё", "е").replace("'", "")


def _without_apostrophes(token: str) -> str:
    return token.replace("'", "")


def _equivalents(
    pairs: Iterable[tuple[str, str]],
    source_patronymics: Callable[[str], Patronymics],
    target_patronymics: Callable[[str], Patronymics],
    fold: Callable[[str], str] = _fold,
) -> dict[str, str]:
    table: dict[str, str] = {}
    for source, target in pairs:
        table.setdefault(fold(source), target)
        source_forms, target_forms = source_patronymics(source), target_patronymics(target)
        if source_forms and target_forms:
            for source_form, target_form in zip(source_forms, target_forms, strict=True):
                table.setdefault(fold(source_form), target_form)
    return table


_PATRONYMICS = {"uk": ukrainian_patronymics, "be": belarusian_patronymics}
_PAIRS = {"uk": UKRAINIAN_RUSSIAN, "be": BELARUSIAN_RUSSIAN}


@cache
def _tables() -> dict[tuple[str, str], dict[str, str]]:
    russian_ukrainian = [(ru, uk) for uk, ru in UKRAINIAN_RUSSIAN]
    to_russian = {
        (source, "ru"): _equivalents(_PAIRS[source], _PATRONYMICS[source], russian_patronymics)
        for source in _PAIRS
    }
    return to_russian | {
        ("ru", "uk"): _equivalents(russian_ukrainian, russian_patronymics, ukrainian_patronymics)
    }


@cache
def russian_equivalents(source: str) -> dict[str, str]:
    """Every known given name and patronymic of `source` ("uk" or "be") -> its Russian form,
    with ё kept in the source words. The Cyrillic lookups (`respell`) fold ё into е, but a
    Latin spelling writes it io or jo (Арцём is "Arciom" and "Artsiom")."""
    return _equivalents(
        _PAIRS[source],
        _PATRONYMICS[source],
        russian_patronymics,
        fold=_without_apostrophes,
    )


def respell(tokens: tuple[str, ...], source: str, target: str) -> tuple[str, ...] | None:
    """The tokens with known given names and patronymics in the target language's form.

    None when no token is known, so callers add no duplicate rendering.
    """
    table = _tables().get((source, target))
    if table is None:
        return None
    out = tuple(table.get(_fold(token), token) for token in tokens)
    return out if out != tokens else None
