"""Write src/tradeguard/names/data/hanja.txt: the Korean reading of each Chinese character.

    apt-get install unicode-data && .venv/bin/python tools/hanja_readings.py [--unihan DIR]

Korean names are written in Hanja too (金正恩, 김정은, Kim Jong Un), and Chinese lists write
North Korean names in simplified characters (崔龙海, Choe Ryong Hae). `names.hanja` reads each
character with this table.

Source: the Unicode Character Database's Unihan (Unihan_Readings.txt, Unihan_Variants.txt;
the Unicode license, www.unicode.org/copyright.html), as Debian's unicode-data package installs
it under /usr/share/unicode. Each character's kHangul reading of Korean education and of names
(flags E and N), in its form with the initial ㄹ that North Korean spelling writes (李 리, 龍 룡),
else its first (`_reading`). A simplified character takes the reading of its first
traditional variant with one (龙 -> 龍 룡). No sanctions-list data goes into it.
"""

from __future__ import annotations

import argparse
import bz2
import re
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/tradeguard/names/data/hanja.txt"
DEFAULT_UNIHAN = Path("/usr/share/unicode")
# A kHangul value: the Hangul syllable, then the sources and flags ("김:0N", "해:0EN").
_READING = re.compile(r"^(?P<hangul>[\uac00-\ud7a3]):(?P<flags>[0-9A-Z]*)$")
# Hangul syllables are numbered by initial, then medial and final: 588 to an initial.
_PER_INITIAL, _NIEUN, _RIEUL, _IEUNG = 588, 2, 5, 11

HEADER = """\
# The Korean reading of each Chinese character: the character, a tab, one Hangul syllable.
# Written by tools/hanja_readings.py, do not edit. Source: the Unihan database of Unicode
# {version} (kHangul; kTraditionalVariant for simplified characters), under the Unicode
# license, www.unicode.org/copyright.html. Copyright (c) Unicode, Inc.
"""


def _lines(directory: Path, name: str) -> Iterator[str]:
    plain, packed = directory / name, directory / f"{name}.bz2"
    if plain.exists():
        yield from plain.read_text(encoding="utf-8").splitlines()
    elif packed.exists():
        yield from bz2.decompress(packed.read_bytes()).decode("utf-8").splitlines()
    else:
        raise SystemExit(f"{plain}(.bz2) not found: apt-get install unicode-data, or --unihan DIR")


def _fields(directory: Path, name: str, field: str) -> Iterator[tuple[str, str]]:
    """(character, value) for each line of a Unihan file that gives `field`."""
    for line in _lines(directory, name):
        if line.startswith("#") or not line.strip():
            continue
        code, key, value = line.split("\t", 2)
        if key == field:
            yield chr(int(code[2:], 16)), value


def _reading(value: str) -> tuple[str, bool] | None:
    """The reading both of education and of names (flags E and N), else of education, else of
    names, else the first; then its form with the initial ㄹ, if the character has one. With it,
    whether the character is of KS X 1001's common Hanja (source 0)."""
    readings = [(m["hangul"], m["flags"]) for m in map(_READING.match, value.split()) if m]
    if not readings:
        return None
    chosen, flags = next(
        (
            (hangul, flags)
            for test in (_EDUCATION_AND_NAMES, _EDUCATION, _NAMES)
            for hangul, flags in readings
            if test(flags)
        ),
        readings[0],
    )
    # South Korean spelling drops an initial ㄹ (李 이, 盧 노, 寧 녕), North Korean keeps it
    # (Ri, Ro, Ryong), and `korean` romanises the ㄹ form both ways; from the other it cannot.
    rieul = next((hangul for hangul, _ in readings if _with_rieul(chosen) == hangul), chosen)
    return rieul, flags.startswith("0")


def _with_rieul(syllable: str) -> str:
    """The syllable with ㄹ for an initial ㄴ or ㅇ (녕 -> 령, 이 -> 리)."""
    code = ord(syllable) - 0xAC00
    initial, rest = divmod(code, _PER_INITIAL)
    if initial in (_NIEUN, _IEUNG):
        return chr(0xAC00 + _RIEUL * _PER_INITIAL + rest)
    return syllable


def _EDUCATION_AND_NAMES(flags: str) -> bool:
    return "E" in flags and "N" in flags


def _EDUCATION(flags: str) -> bool:
    return "E" in flags


def _NAMES(flags: str) -> bool:
    return "N" in flags


def _version(directory: Path) -> str:
    for line in _lines(directory, "Unihan_Readings.txt"):
        if line.startswith("# Unicode version:"):
            return line.split(":", 1)[1].strip()
    return "version unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--unihan", type=Path, default=DEFAULT_UNIHAN)
    directory = parser.parse_args().unihan
    readings: dict[str, str] = {}
    common: set[str] = set()
    for char, value in _fields(directory, "Unihan_Readings.txt", "kHangul"):
        found = _reading(value)
        if found:
            readings[char] = found[0]
            if found[1]:
                common.add(char)
    simplified = 0
    own = dict(readings)
    for char, value in _fields(directory, "Unihan_Variants.txt", "kTraditionalVariant"):
        # A simplified character's own reading, outside the common Hanja, is an old and rare
        # one (体 분, for 體 체); a common one stays (借 차, though 藉 is its traditional form).
        if char in common:
            continue
        for code in value.split():
            traditional = chr(int(code[2:], 16))
            if traditional != char and traditional in own:
                readings[char] = own[traditional]
                simplified += 1
                break
    body = "".join(f"{char}\t{readings[char]}\n" for char in sorted(readings))
    OUT.write_text(HEADER.format(version=_version(directory)) + body, encoding="utf-8")
    print(f"{len(readings)} characters ({simplified} simplified) -> {OUT}")


if __name__ == "__main__":
    main()
