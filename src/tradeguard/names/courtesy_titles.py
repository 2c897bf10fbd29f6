"""Courtesy titles rigour's prefix list lacks: "Mr", "Mrs" and "Dr" in Arabic, Persian, Russian,
Ukrainian, Belarusian, Greek, Hebrew, Turkish, Italian, Spanish, Portuguese and German
writing ("السيدة", "г-жа", "пані", "κ.", "Sig.ra", "Sayın").

Customer files write them in front of the name; lists do not. Left on, they are words of the
name: "السيد سمير المظفر" (Mr Samir al-Muzaffar) met AL-ASAD, Samer through "al-sayyid"/"asad",
and "г-жа Комарова Иванна" (Mrs Komarova) met Ivan KOMAROV through "g zha". Written from
general knowledge of each language's forms of address, not from any list.

A title is dropped only from the front of a person's name, and only while enough of the name
is left: one word after a title that is nothing else, two after one that is also a name or a
word of names ("Пан" is a Chinese surname in Russian spelling, "Bayan" a Kazakh given name,
"السيد" an Egyptian given name, "Don" an English one).
"""

from __future__ import annotations

import re
from functools import cache

# Titles as their words after case folding; "." and "-" inside them are optional separators.
_TITLES = (
    # Arabic: Mrs, Miss, Dr, Professor, Engineer (masculine and feminine).
    "السيدة", "الآنسة", "الانسة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "الاستاذ",
    "الاستاذة", "المهندس", "المهندسة",
    # Persian: Mr, Ms, Dr, Engineer; "Janab" (His Excellency, Sir).
    "آقای", "خانم", "دکتر", "مهندس", "جناب",
    # Russian, Ukrainian, Belarusian: Mr, Mrs, Comrade, Dr, Professor.
    "г-н", "г-жа", "гн", "гжа", "господин", "госпожа", "тов.", "товарищ", "д-р", "проф.",
    "пані", "панна", "добродій", "добродійка", "спадар", "спадарыня",
    # Greek: Mr, Mrs, Dr.
    "κ.", "κος", "κα", "κύριος", "κυρία", "δρ.",
    # Hebrew: Mr, Mrs.
    "מר", "גב'", "גברת",
    # Turkish: Dear/Honourable, Associate Professor, Research Assistant.
    "sayın", "doç.", "yrd. doç.", "arş. gör.",
    # Italian: Mr, Mrs, Miss, Dr (f.), Lawyer, Engineer.
    "sig.", "sig.ra", "sig.na", "dott.ssa", "avv.",
    # Spanish and Portuguese: Mrs, Miss, Dr (f.).
    "sra.", "srta.", "dra.",
    # German: graduate engineer, university professor.
    "dipl.-ing.", "univ.-prof.",
)  # fmt: skip
# Titles that are also names or words of names: dropped only with two words left after them.
_NAME_LIKE = (
    "السيد", "آقا", "سرکار", "пан", "pan", "pani", "bay", "bayan", "don", "doña", "dona",
    "av.", "uz.", "ing.",
)  # fmt: skip


def strip_courtesy_titles(text: str) -> str:
    """`text` (case-folded) without the courtesy titles in front of it."""
    while True:
        match = _pattern().match(text)
        if match is None:
            return text
        rest = text[match.end() :]
        needed = 2 if match.lastgroup == "name_like" else 1
        if len(rest.split()) < needed:
            return text
        text = rest


# Academic degrees customer files write after a person's name ("Viktoria Gute B.Sc.", "Jane
# Doe PhD"), as lists never do; their letters were words of the name, "b" and "sc", and
# "Viktoria Gute B.Sc." met the company OOO TSK Vektor through them. Not MD, which is also
# Mohammad abbreviated ("RAHMAN, Md").
_DEGREES = (
    "b.a.", "b.sc.", "b.eng.", "m.a.", "m.sc.", "m.eng.", "mba", "ph.d.", "dds", "dvm", "ll.b.",
    "ll.m.",
)  # fmt: skip
# Words of the name a degree is dropped from that must remain.
_DEGREE_MIN_WORDS = 2


def strip_degrees(text: str) -> str:
    """`text` (case-folded) without the academic degrees after it, while enough is left."""
    while True:
        match = _degrees_pattern().search(text)
        if match is None or len(text[: match.start()].split()) < _DEGREE_MIN_WORDS:
            return text
        text = text[: match.start()]


@cache
def _degrees_pattern() -> re.Pattern[str]:
    return re.compile(rf"[\s,]+(?:{_alternation(_DEGREES)})\.?\s*$")


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:(?P<title>{_alternation(_TITLES)})|(?P<name_like>{_alternation(_NAME_LIKE)}))"
        r"(?:[\s.,]+|$)"
    )


def _alternation(titles: tuple[str, ...]) -> str:
    # Longest first, so "sig.ra" is tried before "sig."; separators written as optional.
    spelt = []
    for title in sorted(titles, key=len, reverse=True):
        parts = re.split(r"[.\-\s]+", title.rstrip("."))
        spelt.append(r"[.\-\s]*".join(re.escape(part) for part in parts))
    return "|".join(spelt)
