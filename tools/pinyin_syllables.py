"""Write src/tradeguard/names/data/pinyin_syllables.txt: every Hanyu Pinyin syllable, toneless.

    .venv/bin/python tools/pinyin_syllables.py

`names.pinyin_latin` needs the syllables to tell a Latin name written in pinyin ("Xi
Jinping") from other names. ICU's Han-Latin transform over the CJK Unified Ideographs block
gives them all (410); deriving them takes about a second, too long for every process that
analyses a name, so they are written out once.
"""

from __future__ import annotations

from pathlib import Path

from tradeguard.names.ascii import ascii_tokens
from tradeguard.names.icu import transliterate

OUT = Path(__file__).resolve().parent.parent / "src/tradeguard/names/data/pinyin_syllables.txt"
# The CJK Unified Ideographs block of Unicode 1.1, which holds every common character.
FIRST, LAST = 0x4E00, 0x9FA5


def main() -> None:
    characters = " ".join(chr(code) for code in range(FIRST, LAST + 1))
    syllables = sorted(set(ascii_tokens(transliterate("Han-Latin; Latin-ASCII", characters))))
    header = (
        "# Hanyu Pinyin syllables without tones; written by tools/pinyin_syllables.py from\n"
        "# ICU's Han-Latin transform of U+4E00..U+9FA5, do not edit.\n"
    )
    OUT.write_text(header + "\n".join(syllables) + "\n", encoding="utf-8")
    print(f"{len(syllables)} syllables -> {OUT}")


if __name__ == "__main__":
    main()
