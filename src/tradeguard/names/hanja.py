"""Korean readings of Hanja names (金正恩 -> 김정은), from the optional `hanja` package.

The package's table gives each character its base reading, with the initial ㄹ that North
Korean spelling keeps (李 리, 龍 룡); the Korean surname table carries the South Korean
spellings. 金 is read 김 as a surname, not 금. Without the package, no Korean forms are made.
"""

from __future__ import annotations

import importlib
from functools import cache

from .korean import render_hangul
from .model import Context, Rendering

_SURNAME_READINGS = {"金": "김"}


@cache
def _reading_table() -> dict[str, str]:
    try:
        module = importlib.import_module("hanja.table")
    except ImportError:
        return {}
    table: dict[str, str] = module.hanja_table
    return table


def hanja_available() -> bool:
    """Whether Korean readings of Hanja can be made on this installation."""
    return bool(_reading_table())


def to_hangul(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """Each token read in Korean, or None if some character has no reading."""
    table = _reading_table()
    words = []
    for position, token in enumerate(tokens):
        chars = [
            _read(char, table, surname=position == index == 0) for index, char in enumerate(token)
        ]
        if not all(chars):
            return None
        words.append("".join(chars))
    return tuple(words)


def hanja_renderings(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """Korean forms when the language hint is Korean and every character has a reading."""
    if context.lang != "ko":
        return []
    hangul = to_hangul(tokens)
    return render_hangul(hangul, context) if hangul else []


def _read(char: str, table: dict[str, str], surname: bool) -> str:
    if surname and char in _SURNAME_READINGS:
        return _SURNAME_READINGS[char]
    return table.get(char, "")
