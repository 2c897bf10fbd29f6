"""The words of the listed names, and which word follows which: what decides whether a query
gets a rejoined or an abbreviated form (`rejoined`, `abbreviated`)."""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from tradeguard.matching.index import NameIndex
from tradeguard.names import INITIALS, QUERY_INITIALS, NameForm
from tradeguard.names.spelling_walk import Sounds

# At most this many words' listed spellings are kept (`ListedWords.reading`) before the
# store starts afresh: a bound on memory for a long-running matcher.
MAX_SPELLINGS = 100_000
# At most this many forms of a query are rewritten: the others are further romanisations of
# the same words, and every form costs a pass over the candidates.
MAX_SOURCES = 2


class ListedWords:
    """The words of the listed names, which follow which, how they start and how many
    parties' names have each: an index's, or one name's."""

    def __init__(
        self,
        word: Callable[[str], bool],
        pair: Callable[[str, str], bool],
        prefix: Callable[[str], bool],
        count: Callable[[str], int],
        acronym: Callable[[str], bool] = lambda _: False,
    ) -> None:
        self.word = word
        self.pair = pair
        self.prefix = prefix
        self.count = count
        self.acronym = acronym
        self._spellings: dict[str, tuple[tuple[str, ...], bool, bool]] = {}

    def reading(
        self, word: str, sounds_of: Callable[[str], Sounds], acronyms: bool = True
    ) -> tuple[tuple[str, ...], bool, bool]:
        """A word written by its sound (`transcribed_forms`) as the listed words it spells,
        and True; or as its likeliest letters, and False; and whether the spelling has the
        vowels of the likeliest letters (a Cyrillic acronym's, `spelling_walk.LISTED_VOWELS`).
        Without `acronyms`, no word that only listed names' initials are is a reading. Kept,
        since the walk costs tenths of a millisecond and a file of names repeats its given
        names and patronymics (a word's script, so its reader and `acronyms`, is always the
        same); the vowels with it, as the word's sounds are read only when it is first met."""
        found = self._spellings.get(word)
        if found is None:
            sounds = sounds_of(word)
            is_word = self.word if acronyms else self._spelt_word
            spelt = sounds.listed(is_word, self.prefix, self.count)
            likeliest = sounds.likeliest()
            if spelt:
                found = (spelt, True, _vowels("".join(spelt)) == _vowels(likeliest))
            else:
                found = ((likeliest,), False, True)
            if len(self._spellings) >= MAX_SPELLINGS:
                self._spellings.clear()
            self._spellings[word] = found
        return found

    def forget_spellings(self) -> None:
        """Drop the kept spellings: a benchmark's pass as on words never seen."""
        self._spellings.clear()

    def _spelt_word(self, word: str) -> bool:
        return self.word(word) and not self.acronym(word)

    @classmethod
    def of_index(cls, index: NameIndex) -> ListedWords:
        """One per index, so that every matcher and pairwise comparison on it shares the
        words' spellings (`reading`)."""
        found = _OF_INDEX.get(index)
        if found is None:
            found = _OF_INDEX[index] = cls(
                index.is_listed_word,
                index.is_listed_pair,
                index.starts_listed_word,
                index.word_entities,
                index.is_acronym,
            )
        return found

    @classmethod
    def of_forms(cls, forms: tuple[NameForm, ...]) -> ListedWords:
        words = {token for form in forms for token in form.tokens}
        spelt = {token for form in forms if form.method != INITIALS for token in form.tokens}
        pairs = {pair for form in forms for pair in zip(form.tokens, form.tokens[1:], strict=False)}
        # A Cyrillic or Arabic word's walk asks hundreds of prefixes; one name's words have a
        # few dozen.
        prefixes = {word[:end] for word in words for end in range(1, len(word) + 1)}
        return cls(
            words.__contains__,
            lambda first, second: (first, second) in pairs,
            prefixes.__contains__,
            lambda word: int(word in words),
            lambda word: word in words and word not in spelt,
        )


def rewritten_forms(
    forms: tuple[NameForm, ...],
    listed: ListedWords,
    rewrite: Callable[[tuple[str, ...], ListedWords], tuple[str, ...]],
    suffix: str,
) -> tuple[NameForm, ...]:
    """The first MAX_SOURCES spelt-out forms rewritten as listed names write their words, where
    that differs from all of `forms`; each method ends with `suffix`."""
    have = {form.tokens for form in forms}
    made: list[NameForm] = []
    sources = [f for f in forms if not f.vowelless and f.method not in (INITIALS, QUERY_INITIALS)]
    for form in sources[:MAX_SOURCES]:
        tokens = rewrite(form.tokens, listed)
        if tokens != form.tokens and tokens not in have:
            have.add(tokens)
            made.append(NameForm(tokens, form.legal_forms, form.script, form.method + suffix))
    return tuple(made)


def _vowels(letters: str) -> str:
    return "".join(char for char in letters if char in "aeiouy")


_OF_INDEX: WeakKeyDictionary[NameIndex, ListedWords] = WeakKeyDictionary()
