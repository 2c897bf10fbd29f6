"""Korean readings of Hanja names (金正恩 -> 김정은, 崔龙海 -> 최룡해).

The table (data/hanja.txt, written by tools/hanja_readings.py from Unicode's Unihan database)
gives each character its standard reading, with the initial ㄹ that North Korean spelling keeps
(李 리, 龍 룡), and a simplified character its traditional one's (龙 룡); the Korean surname
table carries the South Korean spellings. 金 is read 김 as a surname, not 금, and 車 차.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from .korean import render_hangul
from .model import Context, Rendering

_SURNAME_READINGS = {"金": "김", "車": "차"}


@cache
def _reading_table() -> dict[str, str]:
    text = files("tradeguard.names").joinpath("data/hanja.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {char: reading for char, reading in rows}


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
    """Korean forms of the name, if every character has a reading."""
    hangul = to_hangul(tokens)
    return render_hangul(hangul, context) if hangul else []


def _read(char: str, table: dict[str, str], surname: bool) -> str:
    if surname and char in _SURNAME_READINGS:
        return _SURNAME_READINGS[char]
    return table.get(char, "")
