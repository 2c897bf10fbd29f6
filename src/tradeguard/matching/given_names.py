"""A listed person's name met inside one word of the query's, the others left unmet.

Uzbek, Tajik and Pakistani names write a compound given name as one word: Muhammadaziz,
Abdulhamid, Muhammadyusuf. Parted, as the lists write such names ("Muhammad Aziz", `rejoined`,
`names.arabic_particles`), its two parts are a whole listed name of two words (AZIZ,
Mohammad; HAMID, Abdul), and "Muhammadaziz Jahongirov" met AZIZ, Mohammad at 0.97 while its
surname met nothing. A listed name that only a query's given name spells is another person's:
the pair keeps what `conflicting_raw` leaves it, as for names that name different places.

Read on a Latin person's name only, whose first form is its words as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tradeguard.matching.namesim import LATIN_SCRIPT
from tradeguard.names import NameForm
from tradeguard.names.honorifics import is_honorific

# The original words of a query this short or shorter are one word, whose parts may be all of a
# listed name ("Hamidreza" is Hamid Reza EMADI's given name, and a query of it alone is that).
_MIN_WORDS = 2


def written_words(forms: Sequence[NameForm], person: bool) -> tuple[str, ...]:
    """The words a person's Latin name is written with (its first form), honorifics left out,
    for `within_one_word`; () where the rule does not apply: another script's name, or one
    word."""
    if not person or not forms or forms[0].script != LATIN_SCRIPT:
        return ()
    # An honorific is no word of the name a listed one should meet ("HAYATULLAH, Haji").
    words = tuple(token for token in forms[0].tokens if not is_honorific(token))
    return words if len(words) >= _MIN_WORDS else ()


def parts_only(form: NameForm, written: tuple[str, ...]) -> bool:
    """Whether a query form has a word that is part of a word as written, so that a pair
    through it may meet only parts: the cheap test before aligning. A respelt form
    ("sergey lavrov" of Sergej Lawrow) has none."""
    return any(
        token not in written and any(_part_of(token, word) for word in written)
        for token in form.tokens
    )


def within_one_word(written: tuple[str, ...], matched: Iterable[str]) -> bool:
    """Whether the query words a pair matched (`matched`) are all parts of one word as written
    (shorter, at its start or end), none a written word itself: the listed name met the
    query's given name, not its other words. A respelt word ("sergey" of Sergej) is no part,
    so a pair through a respelt form is never so read; nor one that met parts of two words
    ("Abdulpatta Escalon Abubakar", Abdul Patta Abu Bakar)."""
    met = list(matched)
    if not met:
        return False
    return any(all(_part_of(token, word) for token in met) for word in written)


def _part_of(token: str, word: str) -> bool:
    return len(token) < len(word) and (word.startswith(token) or word.endswith(token))
