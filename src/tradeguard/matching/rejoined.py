"""A query's words joined or parted where a listed name writes them the other way.

Compound given names and trade names are written in one word or two: "Hamid Reza" and
"Hamidreza", "Khair Ullah" and "Khairullah", "Yong-Won" and "Yongwon", "Paek Sol" and
"Paeksol", "Chang Guang" and "Changguang". Compared word by word, "EMADI Hamid Reza" shares
only its surname with "Hamidreza EMADI" (0.30), and "KOREA PAEK SOL TRADING" never reaches
PAEKSOL TRADING CORPORATION as a candidate. A query therefore gets one more form with two
neighbouring words joined where the joined word is a listed word (or three: "NAM CHON GANG"
and NAMCHONGANG), and a word parted in two where a listed name has the two parts one after the
other ("hamidreza" and "hamid reza" are both listed; "alex ander" and "tra ding" are not).
Only listed names decide, so a form is added only where some listed name writes it so. The last
word and the first are neighbours too: a name written surname first ("ZADEH, Mohammed
Khalil") reads "Mohammed Khalil Zadeh", and KHALILZADEH is one listed word.
"""

from __future__ import annotations

from tradeguard.matching.listed_words import ListedWords, rewritten_forms
from tradeguard.names import NameForm

# The method suffix of a rejoined form.
REJOINED = "+rejoined"
# Each word joined, and each part of a parted word, has at least this many letters: shorter
# ones ("al", "ul", "de") are particles that `arabic_particles` handles, and would join or part
# too many words by chance.
MIN_PART = 3


def rejoined_forms(forms: tuple[NameForm, ...], listed: ListedWords) -> tuple[NameForm, ...]:
    """The rejoined forms of `forms` that differ from all of them."""
    return rewritten_forms(forms, listed, rejoined, REJOINED)


def rejoined(tokens: tuple[str, ...], listed: ListedWords) -> tuple[str, ...]:
    """`tokens` with neighbours joined into a listed word, or a word parted into two listed
    neighbours, left to right."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        # Three words first: Korean trade names are three syllables written apart or together
        # ("NAM CHON GANG" and NAMCHONGANG), and two of them joined make no listed word.
        for width in (3, 2):
            if i + width <= len(tokens) and _joinable(tokens[i : i + width], listed):
                out.append("".join(tokens[i : i + width]))
                i += width
                break
        else:
            out.extend(_parted(tokens[i], listed))
            i += 1
    # Rotated into reading order, the last word comes before the first. Three words at least:
    # of two, joined the other way round, the rotation is only a swap.
    rotated = len(out) >= 3 and out[0] == tokens[0] and out[-1] == tokens[-1]
    if rotated and _joinable((tokens[-1], tokens[0]), listed):
        return (tokens[-1] + tokens[0], *out[1:-1])
    return tuple(out)


def _joinable(words: tuple[str, ...], listed: ListedWords) -> bool:
    return all(w.isalpha() and len(w) >= MIN_PART for w in words) and listed.word("".join(words))


def _parted(token: str, listed: ListedWords) -> tuple[str, ...]:
    if len(token) < 2 * MIN_PART or not token.isalpha():
        return (token,)
    # The most even split first: "hamid|reza" before "ham|idreza".
    middle = len(token) / 2
    for cut in sorted(range(MIN_PART, len(token) - MIN_PART + 1), key=lambda c: abs(c - middle)):
        if listed.pair(token[:cut], token[cut:]):
            return (token[:cut], token[cut:])
    return (token,)
