"""Several spellings written into one name field: "Abas Rashidi; Abbas Rashedi", "Olga
Valerievna POZDNYAKOVA / Olga Valeryevna POZDNYAKOVA", "Khaled/Khalid Zubaidi/Zubedi".

A semicolon or a spaced slash separates whole names; a slash inside a word separates
spellings of that word, and the n-th name takes the n-th spelling of every such word ("Khaled
Zubaidi", "Khalid Zubedi"). A slash between short or numeric parts is left alone: it is part
of the name ("GU/GRU", "J/V", "Department 140/16").
"""

from __future__ import annotations

import re

_NAMES = re.compile(r"\s*;\s*|\s+/\s*|\s*/\s+")
_WORD_SPELLINGS = re.compile(r"[^\W\d_]{3,}(?:/[^\W\d_]{3,})+")


def alternatives(name: str) -> tuple[str, ...]:
    """The names written in `name` besides itself, or () when it holds one."""
    if ";" not in name and "/" not in name:
        return ()
    parts = [part for part in _NAMES.split(name) if part.strip()]
    if (
        len(parts) > 1
        and len(parts[0].split()) > 1
        and all(len(part.split()) == 1 for part in parts[1:])
    ):
        # "ARTEMENKO / ARTIOMENKO" after a full name: a second spelling of its last word.
        parts = [parts[0], *(parts[0].rsplit(maxsplit=1)[0] + " " + p for p in parts[1:])]
    out: list[str] = []
    for part in parts:
        out.extend(_word_spellings(part))
    found = tuple(dict.fromkeys(part.strip() for part in out))
    return found if found != (name.strip(),) else ()


def _word_spellings(name: str) -> list[str]:
    matches = list(_WORD_SPELLINGS.finditer(name))
    if not matches:
        return [name]
    groups = [match.group().split("/") for match in matches]
    names = []
    for n in range(max(len(group) for group in groups)):
        pieces, cursor = [], 0
        for match, group in zip(matches, groups, strict=True):
            pieces += [name[cursor : match.start()], group[min(n, len(group) - 1)]]
            cursor = match.end()
        names.append("".join([*pieces, name[cursor:]]))
    return names
