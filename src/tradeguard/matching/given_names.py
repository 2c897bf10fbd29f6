"""A listed person's name met inside one word of the query's, the others left unmet.

Uzbek, Tajik and Pakistani names write a compound given name as one word: Muhammadaziz,
Abdulhamid, Muhammadyusuf. Parted, as the lists write such names ("Muhammad Aziz", `rejoined`,
`names.arabic_particles`), its two parts are a whole listed name of two words (AZIZ,
Mohammad; HAMID, Abdul), and "Muhammadaziz Jahongirov" met AZIZ, Mohammad at 0.97 while its
surname met nothing. A listed name that only a query's given name spells is another person's:
the pair keeps what `conflicting_raw` leaves it, as for names that name different places.

Persian and Arabic writing joins such names too (محمدحسین نامور, Mohammadhossein Namvar), and
`names.arabic` parts them: innocent Iranian names met HUSAYN, Muhammad by their given name
alone. There the parts are the tokens of the joined word's own forms, read alone.

Read on a person's name in Latin or Arabic letters only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tradeguard.matching.namesim import LATIN_SCRIPT
from tradeguard.names import NameForm, analyze_name
from tradeguard.names.arabic import names_in_word
from tradeguard.names.honorifics import is_honorific

ARABIC_SCRIPT = "Arabic"
# The original words of a query this short or shorter are one word, whose parts may be all of a
# listed name ("Hamidreza" is Hamid Reza EMADI's given name, and a query of it alone is that).
_MIN_WORDS = 2
# The article a joined word's forms keep apart (عبدالحمید as abd al hamid): no name of its own.
_ARTICLE = "al"
# The styles of a Persian, Urdu or Pashto name (its first form's method), which a word read
# alone must be read in: محمدحسين, with an Arabic ya, alone is Arabic.
_PERSIAN_STYLES = frozenset({"fa", "ur", "ps"})
# What parts the names one field writes in Arabic letters: commas (Latin and Arabic) and
# semicolons. Unlike a Latin "SURNAME, Given", a name in Arabic letters has none inside it.
_APART = re.compile("[,،;؛]")


@dataclass(frozen=True, slots=True)
class WrittenParts:
    """The query's written words that hold more than one name, each with the tokens its
    names are spelt in, and the tokens that spell a written word whole."""

    words: tuple[str, ...]
    parts: tuple[frozenset[str], ...]
    wholes: frozenset[str]

    def derived(self, form: NameForm) -> bool:
        """Whether a query form has a token that is a part, so that a pair through it may meet
        only parts: the cheap test before aligning. A respelt form ("sergey lavrov" of Sergej
        Lawrow) has none."""
        return any(token in part for token in form.tokens for part in self.parts)

    def word_met(self, matched: Iterable[str]) -> str | None:
        """The written word whose parts are all the query tokens a pair matched, if any: the
        listed name met the query's given name, not its other words. A pair that met a word
        written whole, or parts of two words ("Abdulpatta Escalon Abubakar", Abdul Patta Abu
        Bakar), met more. The article is read with the word it is written in."""
        met = set(matched) - {_ARTICLE}
        if not met:
            return None
        return next(
            (w for w, part in zip(self.words, self.parts, strict=True) if met <= part), None
        )


NO_PARTS = WrittenParts((), (), frozenset())


def written_parts(
    name: str, schema: str | None, forms: Sequence[NameForm], person: bool
) -> WrittenParts:
    """A person's `WrittenParts`; none for another's name, a name of one word (honorifics
    left out), or a name in another script."""
    if not person or not forms:
        return NO_PARTS
    if forms[0].script == LATIN_SCRIPT:
        return _latin(forms)
    if forms[0].script == ARABIC_SCRIPT:
        return _arabic(name, schema, forms)
    return NO_PARTS


def _latin(forms: Sequence[NameForm]) -> WrittenParts:
    """A Latin name's first form is its words as written; a part is a token of any form that
    is the start or end of one of them, and shorter."""
    # An honorific is no word of the name a listed one should meet ("HAYATULLAH, Haji").
    words = tuple(token for token in forms[0].tokens if not is_honorific(token))
    if len(words) < _MIN_WORDS:
        return NO_PARTS
    wholes = frozenset(words)
    tokens = {token for form in forms for token in form.tokens} - wholes
    found = [(word, frozenset(t for t in tokens if _part_of(t, word))) for word in words]
    kept = [(word, part) for word, part in found if part]
    return WrittenParts(tuple(w for w, _ in kept), tuple(p for _, p in kept), wholes)


def _arabic(name: str, schema: str | None, forms: Sequence[NameForm]) -> WrittenParts:
    """Each written word read alone: a word of two names (`names_in_word`) gives its forms'
    tokens as parts, any other word its tokens as wholes. A word none of whose tokens the
    whole name's forms have is a title the name drops (جناب آقای دکتر). Names the field writes
    apart by commas are read apart: in "صقررستم, صقرأسعدالرستم" the first is Saqr Rustom
    written as one word, and all of a name."""
    named = {token for form in forms for token in form.tokens}
    lang = forms[0].method if forms[0].method in _PERSIAN_STYLES else None
    joined: list[tuple[str, set[str]]] = []
    wholes: set[str] = set()
    for apart in _APART.split(name):
        read = [(word, analyze_name(word, schema, lang)) for word in apart.split()]
        words = [
            (word, own, tokens)
            for word, own in read
            if (tokens := {token for form in own for token in form.tokens}) & named
            and not all(is_honorific(token) for token in tokens)
        ]
        for word, own, tokens in words:
            if len(words) < _MIN_WORDS or names_in_word(word) < _MIN_WORDS:
                wholes |= tokens
                continue
            # The word's spellings as one token (عبیدالله's obeidollah) are the word whole.
            whole = {form.tokens[0] for form in own if len(form.tokens) == 1}
            wholes |= whole
            joined.append((word, {t for form in own if len(form.tokens) > 1 for t in form.tokens}))
    found = [(word, frozenset(part - wholes - {_ARTICLE})) for word, part in joined]
    kept = [(word, part) for word, part in found if part]
    if not kept:
        return NO_PARTS
    return WrittenParts(tuple(w for w, _ in kept), tuple(p for _, p in kept), frozenset(wholes))


def _part_of(token: str, word: str) -> bool:
    return len(token) < len(word) and (word.startswith(token) or word.endswith(token))
