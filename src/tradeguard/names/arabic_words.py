"""The table of vowelled spellings for common Arabic-script name words (data/arabic_words.tsv)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# Spelling variants that do not change a word: hamza seats (Persian writes رضائی and رضایی,
# Arabic ضياء and ضيا), alif maqsura, ta marbuta, the Persian forms of kaf and ya; harakat
# (U+064B-U+065F), hamza on the line and dagger alif are dropped.
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ئ": "ي", "ؤ": "و", "ء": None, "ى": "ي",
        "ی": "ي", "ة": "ه", "ۀ": "ه", "ک": "ك", "ھ": "ه", "ۃ": "ه", "ے": "ي", "ہ": "ه", "ۂ": "ه",
        "ۓ": "ي", "\u0670": None,
        **{chr(code): None for code in range(0x064B, 0x0660)},
    }
)  # fmt: skip


def lookup_key(word: str) -> str:
    """The form under which a word is looked up: spelling variants folded together."""
    return word.translate(_FOLD)


@cache
def _table() -> dict[str, tuple[str, str]]:
    text = files(__package__).joinpath("data", "arabic_words.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, arabic, *persian = line.split("\t")
        table[lookup_key(word)] = (arabic, persian[0] if persian else arabic)
    return table


@cache
def latin_spellings() -> frozenset[str]:
    """Every word of the table's Latin spellings, in Arabic and in Persian style."""
    return frozenset(
        word
        for spellings in _table().values()
        for spelling in spellings
        for word in spelling.split()
    )


def vowelled(word: str, persian: bool) -> str | None:
    """The vowelled Latin spelling of a known name word, in Arabic or Persian style."""
    entry = _table().get(lookup_key(word))
    if entry is None:
        return None
    return entry[1] if persian else entry[0]
