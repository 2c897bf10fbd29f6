"""The name index: every Latin form of every listed name, and inverted postings over its keys.

Candidate generation never loops over entities in Python. Each query key (token, phonetic key,
consonant skeleton, joined name) maps to a slice of one posting array (CSR layout), and the
slices are summed with numpy. Only the best few hundred name forms are then scored.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from tradeguard.heap import collector_paused
from tradeguard.matching.kernel import TokenTable
from tradeguard.matching.postings import best_records, sum_postings, sums_among
from tradeguard.model import Entity
from tradeguard.names import (
    INITIALS,
    NameForm,
    consonant_skeleton,
    phonetic_key,
)
from tradeguard.names.batch import NameKey, analysed_names, default_processes
from tradeguard.names.common_words import typical_entities
from tradeguard.names.han import is_syllabic
from tradeguard.names.pinyin_latin import WADE_GILES_METHOD

# Key prefixes: one namespace per kind of key in a single dictionary.
EXACT, PHONETIC, SKELETON, JOINED, ABJAD = "t:", "p:", "s:", "j:", "a:"
# How much a hit on each kind of key counts toward retrieval, relative to an exact token.
KEY_WEIGHTS = {EXACT: 1.0, PHONETIC: 0.8, SKELETON: 0.6, JOINED: 2.0, ABJAD: 1.0}
# Very common keys ("al", "mohammad") add little; past this many postings a key is only used
# when the query has nothing rarer.
POSTINGS_BUDGET = 60_000
# Passes over the query's rarest words one at a time (`NameIndex.candidates`): how many words,
# how many forms each adds at most, and each one's postings budget (a rare word's keys have
# few postings).
RARE_WORDS = 3
RARE_WORD_FORMS = 4
RARE_WORD_BUDGET = 5_000
# Per word of a listed form, off its retrieval weight: small enough to only order forms whose
# shared keys weigh the same.
TIE_PER_WORD = 1e-6
# Tokens this similar (normalised Levenshtein) to a query token are also looked up, for typos.
FUZZY_CUTOFF = 0.8
FUZZY_LIMIT = 8
MIN_FUZZY_LENGTH = 4
# Tokens whose fuzzy neighbours are remembered; the memo is dropped whole when full.
SIMILAR_CACHE = 100_000

# Indexes of at least this many entities weigh words by their own counts alone (OFAC's SDN
# list alone has about 15,000).
REFERENCE_ENTITIES = 5_000


@dataclass(slots=True, frozen=True)
class FormRecord:
    entity: int
    name: int
    form: NameForm

    def __reduce__(self) -> tuple[type[FormRecord], tuple[int, int, NameForm]]:
        return FormRecord, (self.entity, self.name, self.form)  # as NameForm.__reduce__


def token_weight(document_frequency: float) -> float:
    """Rarer tokens say more about identity: 1.0 for a unique token, about 0.4 for 1,000 uses."""
    return max(0.3, 1.0 / (1.0 + 0.5 * math.log10(max(1.0, document_frequency))))


def reference_share(entities: int) -> float:
    """How much of a common word's typical count (`names.common_words`) an index of this many
    entities adds to its own count: all of it for a handful, none from REFERENCE_ENTITIES on,
    where the index's own counts say enough (every official list: about 38,000)."""
    return max(0.0, 1.0 - entities / REFERENCE_ENTITIES)


def form_keys(form: NameForm) -> set[str]:
    if form.method == INITIALS:
        # Matched only as written (kernel.EXACT_ONLY_FLOOR): no sound-alike key finds it.
        return {EXACT + token for token in form.tokens}
    keys: set[str] = set()
    for token in form.tokens:
        if form.vowelless:
            # An Arabic-script name's letters as written ("rzq rymwn") are keys of their own: a
            # customer's name in the same letters meets it whole, and not only through the
            # consonants of its words, which hundreds of Latin names share.
            keys.add(_token_keys(token)[0])
            keys.add(ABJAD + token)
        else:
            keys.update(_token_keys(token))
    if len(form.tokens) > 1:
        joined = JOINED + ("=" if form.vowelless else "")
        keys.add(joined + "".join(form.tokens))
        keys.add(joined + "".join(sorted(form.tokens)))
    elif form.tokens and not form.vowelless:
        # A name of one word is also the joined key of the words it glues together: OFAC
        # lists DIVETECHNOSERVICES with the a.k.a. "DIVE TECHNO SERVICES".
        keys.add(JOINED + form.tokens[0])
    keys.discard(SKELETON)
    keys.discard(PHONETIC)
    return keys


@lru_cache(maxsize=1 << 17)
def _token_keys(token: str) -> tuple[str, str, str]:
    """The skeleton, exact and phonetic keys of a token (its skeleton first).

    Cached: the index holds about nine occurrences of each distinct token."""
    return SKELETON + consonant_skeleton(token), EXACT + token, PHONETIC + phonetic_key(token)


def _distinct_forms(
    entity: Entity, analysed: Mapping[NameKey, tuple[NameForm, ...]]
) -> Iterator[tuple[int, NameForm]]:
    """Each form of the entity's names with the index of its name, once.

    An entity's names often share forms ("KIM Jong Un", "Kim Jong-un"); a second record would
    score the same tokens again and take a second of the query's candidate places. Forms are
    kept apart where scoring differs: weak aliases, abjad forms, initials.
    """
    seen: set[tuple[tuple[str, ...], bool, bool, bool]] = set()
    for n_idx, name in enumerate(entity.names):
        weak = name.quality == "weak"
        for form in analysed[name.value, entity.schema, name.lang]:
            distinct = (form.tokens, form.vowelless, weak, form.method == INITIALS)
            if form.tokens and distinct not in seen:
                seen.add(distinct)
                yield n_idx, form


class NameIndex:
    """Immutable after build; safe to share between threads and to pickle."""

    def __init__(self, entities: Sequence[Entity], processes: int | None = None) -> None:
        """Index the entities' names. A large list's names are analysed on `processes` cores
        (default `names.batch.default_processes()`), with the same result as on one."""
        with collector_paused():
            self._build(entities, default_processes() if processes is None else processes)

    def _build(self, entities: Sequence[Entity], processes: int) -> None:
        self.entities = list(entities)
        self.reference_share = reference_share(len(self.entities))
        self.records: list[FormRecord] = []
        self._similar: dict[str, list[tuple[str, float]]] = {}
        analysed = analysed_names(
            (
                (name.value, entity.schema, name.lang)
                for entity in self.entities
                for name in entity.names
            ),
            processes,
        )
        # Postings as two flat columns (key number, record), grouped by key in `_freeze`:
        # a million appends to one list per key cost more than one sort.
        numbers: dict[str, int] = {}
        posting_keys: list[int] = []
        posting_records: list[int] = []
        for e_idx, entity in enumerate(self.entities):
            for n_idx, form in _distinct_forms(entity, analysed):
                r_idx = len(self.records)
                self.records.append(FormRecord(e_idx, n_idx, form))
                found = [numbers.setdefault(key, len(numbers)) for key in form_keys(form)]
                posting_keys.extend(found)
                posting_records.extend([r_idx] * len(found))
        self._freeze(numbers, posting_keys, posting_records)

    def _freeze(
        self, numbers: dict[str, int], posting_keys: list[int], posting_records: list[int]
    ) -> None:
        keys = sorted(numbers)
        self.key_ids = {key: i for i, key in enumerate(keys)}
        position = np.empty(len(keys), dtype=np.int64)
        position[[numbers[key] for key in keys]] = np.arange(len(keys))
        key_of_posting = position[np.array(posting_keys, dtype=np.int64)]
        # Stable, so each key's records stay in record order (`_entities_per_key` needs it).
        order = np.argsort(key_of_posting, kind="stable")
        self.postings = np.array(posting_records, dtype=np.int32)[order]
        sizes = np.bincount(key_of_posting, minlength=len(keys))
        self.offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(sizes, out=self.offsets[1:])
        # Plain-list copies: every query reads a few dozen of these, and indexing a numpy array
        # one element at a time costs several times a list lookup.
        self.key_sizes: list[int] = sizes.tolist()
        self.key_starts: list[int] = self.offsets[:-1].tolist()
        self.record_entity = np.fromiter(
            (r.entity for r in self.records), dtype=np.int32, count=len(self.records)
        )
        # Each form's retrieval sum starts below zero by its number of words: of names that
        # share the same keys, the one with fewest other words comes first. A query of one
        # common word ("YURI", "Center") must not lose a listed name that is that word alone
        # behind hundreds that merely contain it.
        self.record_base = -TIE_PER_WORD * np.fromiter(
            (len(r.form.tokens) for r in self.records), dtype=np.float64, count=len(self.records)
        )
        self.key_entities: list[int] = self._entities_per_key(sizes).tolist()
        vocab = [k[len(EXACT) :] for k in keys if k.startswith(EXACT)]
        # In order, as `keys` is: which listed words start so is one bisection (katakana
        # queries are read back into listed spellings letter by letter).
        self.vocabulary = vocab
        # Per initial, tokens by length: a token can only be FUZZY_CUTOFF-similar to tokens of
        # nearby length, so a lookup scans a few length groups instead of the whole initial.
        by_initial: dict[str, list[str]] = defaultdict(list)
        for token in vocab:
            by_initial[token[0]].append(token)
        self.vocab_by_initial: dict[str, list[str]] = {}
        self.length_starts: dict[str, list[int]] = {}
        for initial, tokens in by_initial.items():
            tokens.sort(key=len)  # stable: alphabetical within a length
            self.vocab_by_initial[initial] = tokens
            lengths = [len(t) for t in tokens]
            self.length_starts[initial] = [bisect_left(lengths, n) for n in range(lengths[-1] + 2)]
        record_tokens = [rec.form.tokens for rec in self.records]
        self.word_pairs = frozenset(
            f"{first} {second}"
            for rec in self.records
            if not rec.form.vowelless and rec.form.method != INITIALS
            for first, second in zip(rec.form.tokens, rec.form.tokens[1:], strict=False)
        )
        # Words that only listed names' initials are: a word read back from a script that
        # writes no such acronym is no reading of one (`ListedWords.reading`).
        spelt = {t for rec in self.records if rec.form.method != INITIALS for t in rec.form.tokens}
        self.acronyms = frozenset(
            t
            for rec in self.records
            if rec.form.method == INITIALS
            for t in rec.form.tokens
            if t not in spelt
        )
        # Once per distinct token: the records hold about nine occurrences of each.
        distinct = dict.fromkeys(t for tokens in record_tokens for t in tokens)
        weights = {t: self.weight(t) for t in distinct}
        self.table = TokenTable(
            record_tokens,
            [rec.form.vowelless for rec in self.records],
            [self.entities[r.entity].names[r.name].quality == "weak" for r in self.records],
            weights,
            [rec.form.method == INITIALS for rec in self.records],
            [is_syllabic(rec.form.method) for rec in self.records],
            [rec.form.method == WADE_GILES_METHOD for rec in self.records],
        )

    def _entities_per_key(self, sizes: np.ndarray) -> np.ndarray:
        """How many distinct entities have a form under each key.

        Records are numbered entity by entity and each posting list is in record order, so
        within a key an entity's records are adjacent: count where the entity changes.
        """
        if not len(self.postings):
            return np.zeros(len(sizes), dtype=np.int64)
        entities = self.record_entity[self.postings]
        starts_run = np.ones(len(entities), dtype=np.int64)
        starts_run[1:] = entities[1:] != entities[:-1]
        starts_run[self.offsets[:-1]] = 1  # every key's first posting (no key is empty)
        return np.add.reduceat(starts_run, self.offsets[:-1])

    def frequency(self, key: str) -> int:
        """How many name forms have the key."""
        key_id = self.key_ids.get(key)
        if key_id is None:
            return 0
        return self.key_sizes[key_id]

    def entity_frequency(self, key: str) -> int:
        """How many entities have a form with the key."""
        key_id = self.key_ids.get(key)
        if key_id is None:
            return 0
        return self.key_entities[key_id]

    def is_listed_word(self, token: str) -> bool:
        """Whether some listed name has the token as one of its words."""
        return EXACT + token in self.key_ids

    def is_acronym(self, token: str) -> bool:
        """Whether the token is a listed name's initials and no listed name's word."""
        return token in self.acronyms

    def word_entities(self, token: str) -> int:
        """How many entities have a name with the word."""
        return self.entity_frequency(EXACT + token)

    def starts_listed_word(self, prefix: str) -> bool:
        """Whether some listed name has a word that starts with `prefix`."""
        at = bisect_left(self.vocabulary, prefix)
        return at < len(self.vocabulary) and self.vocabulary[at].startswith(prefix)

    def is_listed_pair(self, first: str, second: str) -> bool:
        """Whether some listed name has the two words one after the other."""
        return f"{first} {second}" in self.word_pairs

    def weight(self, token: str) -> float:
        # Counted per entity, not per name form: a name with eight renderings would otherwise
        # count its words eight times, and a word would look commoner the more ways its
        # bearers' names are written.
        frequency: float = self.entity_frequency(EXACT + token) or self.entity_frequency(
            PHONETIC + phonetic_key(token)
        )
        if self.reference_share:
            frequency += self.reference_share * typical_entities(token)
        return token_weight(frequency)

    def similar_tokens(self, token: str) -> list[tuple[str, float]]:
        """Indexed tokens within a small edit distance, for misspelt queries.

        Remembered per token: a customer file repeats surnames the lists do not have, and the
        scan over the vocabulary was the largest single cost of such a query.
        """
        found = self._similar.get(token)
        if found is None:
            found = self._scan_similar(token)
            if len(self._similar) >= SIMILAR_CACHE:
                self._similar.clear()
            self._similar[token] = found
        return found

    def __getstate__(self) -> dict[str, object]:
        # The memo is rebuilt where the index is used; it is not part of the index.
        return {**self.__dict__, "_similar": {}}

    def _scan_similar(self, token: str) -> list[tuple[str, float]]:
        if len(token) < MIN_FUZZY_LENGTH:
            return []
        # The edit distance is at least the length difference, so similarity >= FUZZY_CUTOFF
        # needs the other length within [n * cutoff, n / cutoff]; the bounds are widened by one.
        starts = self.length_starts.get(token[0])
        if starts is None:
            return []
        shortest = min(math.floor(len(token) * FUZZY_CUTOFF), len(starts) - 1)
        longest = min(math.ceil(len(token) / FUZZY_CUTOFF) + 1, len(starts) - 1)
        bucket = self.vocab_by_initial[token[0]][starts[shortest] : starts[longest]]
        found = extract(
            token,
            bucket,
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=FUZZY_CUTOFF,
            limit=None,
        )
        # Best first, ties alphabetical: the order a scan of the whole vocabulary gives.
        ranked = sorted((-score, choice) for choice, score, _ in found if choice != token)
        return [(choice, -score) for score, choice in ranked[:FUZZY_LIMIT]]

    def query_keys(self, forms: Iterable[NameForm]) -> dict[str, float]:
        """Keys to look up for a query, each with the weight a hit on it adds."""
        weights: dict[str, float] = {}
        for form in forms:
            for key in form_keys(form):
                kind = key[:2]
                token = key[2:]
                if kind == JOINED:
                    base = 1.0
                elif kind == EXACT:
                    base = self.weight(token)
                elif kind == ABJAD:
                    base = token_weight(self.entity_frequency(key))
                else:
                    # A sound or a consonant skeleton many parties share ("al": 1,200 names
                    # in OFAC's list) says as little as such a word does.
                    base = 0.7 * token_weight(self.entity_frequency(key))
                value = KEY_WEIGHTS[kind] * base
                weights[key] = max(weights.get(key, 0.0), value)
            if form.vowelless:
                continue
            for token in form.tokens:
                if self.frequency(EXACT + token):
                    continue
                for similar, score in self.similar_tokens(token):
                    key = EXACT + similar
                    value = score * self.weight(similar) * 0.8
                    weights[key] = max(weights.get(key, 0.0), value)
        return weights

    def candidates(
        self, forms: Sequence[NameForm], limit: int, word_forms: int = RARE_WORD_FORMS
    ) -> np.ndarray:
        """Record ids of the best `limit` name forms by shared-key weight, best first, then
        for each of the query's RARE_WORDS rarest words, the best `word_forms` others of the
        forms that share a key with that word.

        Equal weights are ordered by the form's number of words, then by record id, so the cut
        at `limit` is reproducible. The passes by one word are for a rare surname spelt
        differently beside a common given name: "AQLYL, Ahmad" shares only the surname's sound
        with AGLEEL, Ahmed, and the 190 listed "X, Ahmad" outweigh it on the given name as
        written. Of the forms with that sound, AGLEEL, Ahmed is the best by all the query's keys.
        """
        ids, sums = self._summed(self.query_keys(forms), POSTINGS_BUDGET)
        found = best_records(ids, sums, limit)
        for word in self._rarest_words(forms) if word_forms else ():
            sharing = self._sharing(word)
            others, their_sums = sums_among(ids, sums, sharing, found, len(self.records))
            found = np.concatenate((found, best_records(others, their_sums, word_forms)))
        return found

    def _sharing(self, word: NameForm) -> np.ndarray:
        """The records under the keys `query_keys` reads for a query form of one word, the
        smallest keys first up to RARE_WORD_BUDGET postings; a record under two keys twice."""
        keys = form_keys(word)
        if not word.vowelless and not self.frequency(EXACT + word.tokens[0]):
            keys.update(EXACT + similar for similar, _ in self.similar_tokens(word.tokens[0]))
        found = sorted(key_id for key in keys if (key_id := self.key_ids.get(key)) is not None)
        slices = [
            self.postings[self.key_starts[key_id] : self.key_starts[key_id] + size]
            for key_id, size in self._within_budget(found, RARE_WORD_BUDGET)
        ]
        return np.concatenate(slices) if slices else self.postings[:0]

    def _rarest_words(self, forms: Sequence[NameForm]) -> list[NameForm]:
        """The RARE_WORDS rarest distinct words of the query's forms of several words, each as
        a form of its own; equal weights in the order the forms give them."""
        words: dict[str, NameForm] = {}
        for form in forms:
            if len(form.tokens) < 2 or form.method == INITIALS:
                continue
            for token in form.tokens:
                if token not in words:
                    words[token] = NameForm(
                        (token,), form.legal_forms, form.script, form.method, form.vowelless
                    )
        rarest = sorted(words, key=lambda token: -self.weight(token))[:RARE_WORDS]
        return [words[token] for token in rarest]

    def _summed(self, query: Mapping[str, float], budget: int) -> tuple[np.ndarray, np.ndarray]:
        """The records that share the query's keys, each with its summed weight; past the
        postings `budget`, larger keys are left out."""
        weights = {self.key_ids[k]: w for k, w in query.items() if k in self.key_ids}
        if not weights:
            return np.empty(0, dtype=np.int32), np.empty(0)
        kept = self._within_budget(list(weights), budget)
        return sum_postings(
            self.postings,
            [self.key_starts[key_id] for key_id, _ in kept],
            [size for _, size in kept],
            [weights[key_id] for key_id, _ in kept],
            self.record_base,
        )

    def _within_budget(self, key_ids: list[int], budget: int) -> list[tuple[int, int]]:
        """The keys to read, each with its number of postings: smallest first, a larger one
        only while the postings read stay within `budget`, and the smallest always.

        Keys of one size come in key order, not in the order given: a query's keys come from
        sets of strings, whose order changes with Python's hash seed, and the order decides
        both which keys fit the budget and the order in which floats are summed."""
        sizes = self.key_sizes
        kept: list[tuple[int, int]] = []
        for key_id in sorted(key_ids, key=lambda k: (sizes[k], k)):
            size = sizes[key_id]
            if kept and size > budget:
                continue
            budget -= size
            kept.append((key_id, size))
        return kept
