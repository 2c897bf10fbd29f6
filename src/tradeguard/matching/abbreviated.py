"""An organisation query's run of words written as their initials where a listed name does so.

Lists often abbreviate the words that say what an organisation is and keep its trade name:
"LLC TC FLY BRIDGE" for Technological Company Fly Bridge, "LLC SC Lyukstrans" for Shipping
Company Lyukstrans, "PJSC PZ Signal" for Pribornyy Zavod Signal, "JSC SDB Turbina" for
Special Design Bureau Turbina. Word by word, the query's descriptive words find nothing and
the trade name alone reads 0.4 to 0.7. A query therefore gets one more form with a run of two
to four words written as their initials, where some listed name has those initials as a word
next to the same neighbour the run has in the query ("tc" beside "fly", on either side): a
listed word alone would abbreviate any run whose initials happen to be a vessel's or a
person's name.
"""

from __future__ import annotations

from tradeguard.matching.listed_words import ListedWords, rewritten_forms
from tradeguard.names import NameForm
from tradeguard.names.initials import NO_INITIALS, SKIPPED

# The method suffix of an abbreviated form.
ABBREVIATED = "+abbreviated"
# Runs of this many words: a one-word run is no abbreviation, and lists rarely abbreviate more
# than four words before a name.
MIN_RUN, MAX_RUN = 2, 4
# Words an abbreviation skips inside a run ("Research and Production": RP): those
# `names.initials` skips, and the Russian "i" (and) and "po" (for) of romanised names.
_SKIPPED = SKIPPED | {"i", "po"}
# Two-letter initials with a vowel are also syllables of romanised names ("si kai", "li ye" in
# pinyin), so a listed pair confirms nothing: "Salemi Ioakeim kai yioi" read "si kai yioi" and
# met a Hong Kong company's pinyin. Two-letter acronyms need two consonants (TC, PZ, SC).
_VOWELS = frozenset("aeiouy")


def abbreviated_forms(forms: tuple[NameForm, ...], listed: ListedWords) -> tuple[NameForm, ...]:
    """The abbreviated forms of `forms` that differ from all of them; none of a name written
    in an abjad (`NO_INITIALS`), whose words read as initials are chance: the company
    "الحلواني-القرجولي" (al-Halwani al-Qarjuli) was read as "al haq", and met 'Abd Al-Haq at
    0.90."""
    written = tuple(form for form in forms if form.script not in NO_INITIALS)
    return rewritten_forms(written, listed, abbreviated, ABBREVIATED)


def abbreviated(tokens: tuple[str, ...], listed: ListedWords) -> tuple[str, ...]:
    """`tokens` with each run of words whose initials a listed name writes beside the run's
    neighbour replaced by those initials, left to right, the longest run first."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for length in range(MAX_RUN, MIN_RUN - 1, -1):
            initials = _initials(tokens[i : i + length]) if i + length <= len(tokens) else None
            if initials and _confirmed(initials, tokens, i + length, out, listed):
                out.append(initials)
                i += length
                break
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def _initials(run: tuple[str, ...]) -> str | None:
    """The initials of a run of words that starts and ends with a word of its own."""
    if run[0] in _SKIPPED or run[-1] in _SKIPPED:
        return None
    if not all(word.isalpha() for word in run):
        return None
    initials = "".join(word[0] for word in run if word not in _SKIPPED)
    if len(initials) == 2 and any(letter in _VOWELS for letter in initials):
        return None
    return initials


def _confirmed(
    initials: str, tokens: tuple[str, ...], end: int, before: list[str], listed: ListedWords
) -> bool:
    """Whether a listed name has the initials as a word beside the run's neighbour: the word
    before the run (as already written), or the one after it, written out or as the initials
    of the next run ("Научно-Исследовательский Институт Космического Приборостроения" is
    listed as NII KP, where neither abbreviation stands beside a written-out word)."""
    if not listed.word(initials):
        return False
    if before and _beside(listed, before[-1], initials):
        return True
    if end >= len(tokens):
        return False
    if _beside(listed, initials, tokens[end]):
        return True
    return any(
        (following := _initials(tokens[end : end + length])) is not None
        and listed.pair(initials, following)
        for length in range(MIN_RUN, min(MAX_RUN, len(tokens) - end) + 1)
    )


def _beside(listed: ListedWords, first: str, second: str) -> bool:
    """Whether a listed name has the two words side by side, in either order: "Bank Severny
    Morskoy Put" is listed as "SMP Bank"."""
    return listed.pair(first, second) or listed.pair(second, first)
