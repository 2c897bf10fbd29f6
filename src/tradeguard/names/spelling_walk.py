"""The spelling of a word written by its sound in another script (katakana, Hangul), or in
Cyrillic or Arabic script, that listed names use: a walk over the letters each sound may
stand for.

Each sound of the word has a few source spellings, likeliest first, so a word of ten sounds
has thousands. The walk goes depth first in order of likelihood and asks the listed words at
each letter whether any word starts so, which prunes all but a few branches; of the first
MAX_FOUND spellings that are listed words, the one whose rarest word most listed parties
write wins. A word may be two listed words where the script runs them on (ジョンウン, Jong
Un), but one is tried first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import islice, product
from typing import NamedTuple

# The method suffix of a name's form read back into listed spellings by its sound, with the
# vowels its script adds or leaves out (katakana, Hangul, Arabic): no such form is a listed
# name's initials (`transcribed_forms`).
LISTED_SPELLING = "+listed"
# ... read letter for letter (Cyrillic), which may be an acronym (ЦСТ, CST; ООО ‘АСК’, the
# Aviation Systems and Complexes, ASC) ...
LISTED_LETTERS = "+letters"
# ... but not with its likeliest vowels: no acronym (НАМИ read "name" is not the NEW ANSARI
# MONEY EXCHANGE's NAME, nor ОАК "aac" Ansar al Charia's AAC).
LISTED_VOWELS = "+vowels"
# The forms whose letters the walk chose, so that they meet no listed name's initials
# (`matching.namesim.kept_apart`).
READ_BACK = (LISTED_SPELLING, LISTED_VOWELS)
# Most letters one word is tried with: a bound on the walk for words no listed word starts
# like. The names read need at most about 1,200; random katakana took 0.58 s at 20,000.
MAX_STEPS = 4_000
# Listed spellings of one word weighed against each other.
MAX_FOUND = 16
# A word is read as at most this many listed words, each of at least MIN_PART letters: a
# Korean given name is one word in kana (ジョンウン) and two in most lists. A listed word of
# one letter is an initial, no reading of a word.
MAX_WORDS = 2
MIN_PART = 2


class Sounds(NamedTuple):
    """A word written by its sound, as the letters each sound may stand for, likeliest first
    (`choices`), whether a listed word may start at each sound (`opens`), at most how many
    sounds may take other than their likeliest letters (`departures`; any number if None),
    and the most letters the walk tries (`steps`)."""

    choices: tuple[tuple[str, ...], ...]
    opens: tuple[bool, ...]
    departures: int | None = None
    steps: int = MAX_STEPS

    def listed(
        self,
        is_word: Callable[[str], bool],
        starts_word: Callable[[str], bool],
        count: Callable[[str], int] = lambda _: 1,
    ) -> tuple[str, ...] | None:
        """The listed words the sounds spell (`listed_spelling`)."""
        return listed_spelling(
            self.choices, self.opens, is_word, starts_word, count, self.departures, self.steps
        )

    def likeliest(self) -> str:
        """The likeliest letters, without the vowels the script adds: the spelling of a word
        no listed name writes."""
        return "".join(first for first, *_ in self.choices)

    def spellings(self, limit: int = 1000) -> Iterator[str]:
        """Every spelling the walk may choose from, likeliest first, at most `limit`: for
        reading what a word may be."""
        return ("".join(letters) for letters in islice(product(*self.choices), limit))


def listed_spelling(
    choices: Sequence[tuple[str, ...]],
    opens: Sequence[bool],
    is_word: Callable[[str], bool],
    starts_word: Callable[[str], bool],
    count: Callable[[str], int] = lambda _: 1,
    departures: int | None = None,
    steps: int = MAX_STEPS,
) -> tuple[str, ...] | None:
    """The listed words a word's sounds spell, given each sound's `choices` of letters,
    likeliest first, whether a listed word may start at each sound (`opens`), and at most
    how many sounds may take other than their likeliest letters (`departures`). Of the first
    MAX_FOUND found, with as few word breaks as any, the one whose rarest word `count` counts
    most wins. None if none is found within `steps` letters tried."""
    if not choices:
        return None
    found = _Walk(choices, opens, is_word, starts_word, departures, steps).run()
    if not found:
        return None
    return max(found, key=lambda words: (min(map(count, words)), sum(map(count, words))))


class _Walk:
    """A depth-first walk of the spellings, likeliest first, with as few word breaks as
    the listed words allow: none, then one, up to MAX_WORDS words."""

    def __init__(
        self,
        choices: Sequence[tuple[str, ...]],
        opens: Sequence[bool],
        is_word: Callable[[str], bool],
        starts_word: Callable[[str], bool],
        departures: int | None = None,
        steps: int = MAX_STEPS,
    ) -> None:
        self.choices = choices
        self.departures = len(choices) if departures is None else departures
        self.opens = opens
        self.is_word = is_word
        self.starts_word = starts_word
        self.budget = steps
        self.breaks = 0
        self.found: list[tuple[str, ...]] = []
        # The likeliest letters from each sound on: the only spelling left once no sound
        # may depart from them.
        self.tails = ["".join(first for first, *_ in choices[at:]) for at in range(len(choices))]

    def run(self) -> list[tuple[str, ...]]:
        for breaks in range(MAX_WORDS):
            self.breaks = breaks
            self._from(0, "", (), 0)
            if self.found or self.budget < 0:
                break
        return self.found

    def _from(self, at: int, word: str, done: tuple[str, ...], departed: int) -> bool:
        """Walk on from choice `at`, `departed` sounds so far spelt by other than their
        likeliest letters; False once the walk is to stop."""
        if at == len(self.choices):
            # A listed word of one letter is an initial, no reading of a word (MIN_PART).
            if len(word) >= MIN_PART and self.is_word(word):
                self.found.append((*done, word))
            return len(self.found) < MAX_FOUND
        if departed == self.departures and len(done) == self.breaks:
            # One spelling is left: one lookup, not a prefix test per letter.
            self.budget -= 1
            return self._from(len(self.choices), word + self.tails[at], done, departed)
        for rank, choice in enumerate(self.choices[at]):
            if rank and departed == self.departures:
                break
            self.budget -= 1
            if self.budget < 0:
                return False
            spelt = word + choice
            if choice and not self.starts_word(spelt):
                continue
            if not self._from(at + 1, spelt, done, departed + (rank > 0)):
                return False
        # One word ends here and another begins: the listed name writes them apart.
        breaks = len(done) < self.breaks and self.opens[at]
        if breaks and len(word) >= MIN_PART and self.is_word(word):
            return self._from(at, "", (*done, word), departed)
        return True
