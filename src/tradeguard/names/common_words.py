"""How common a name word is whatever list is loaded (data/common_words.tsv).

Token weights count the loaded entities that use a word. A handful of entities (the bundled
sample list, a customer's own short list) use every word once, so "Sergei Viktorovich" would
weigh as much as a surname, and "Sergei Viktorovich Ivanov" would alert against "Sergey
Viktorovich CHEMEZOV". The table, written by tools/common_words.py from Faker's person-name
tables and the project's Russian organisation-word glossary (no list data), says which words
are common given names and patronymics, family names, or organisation words. The index adds a
typical count for such a word while it holds too few entities to count it itself.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

# How many of the about 38,000 entities of every official list typically use a word of each
# class (given names and patronymics: sergei 493, vladimirovich 629; family names: ivanov 52,
# petrov 37; organisation words: bank 396, company 418). Class medians' order of magnitude,
# not any word's own count.
TYPICAL_ENTITIES = {"given": 300, "family": 40, "org": 300}


@cache
def _table() -> dict[str, str]:
    text = files(__package__).joinpath("data", "common_words.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            token, kind = line.split("\t")
            table[token] = kind
    return table


def word_class(token: str) -> str | None:
    """ "given", "family" or "org" for a common name word (as `analyze_name` renders it)."""
    return _table().get(token)


def typical_entities(token: str) -> int:
    """How many entities of every official list typically use a word of the token's class;
    0 for a word not known to be common."""
    kind = word_class(token)
    return TYPICAL_ENTITIES[kind] if kind else 0
