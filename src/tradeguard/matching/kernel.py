"""Name scores for every (query form, candidate form) pair of a query at once.

`namesim.compare_tokens` is the reference: it scores one pair and keeps the evidence. A query
meets about 120 candidate forms, and scoring them one at a time in Python was most of a
query's time. This module computes the same numbers for all pairs
(tests/matching/test_kernel.py holds it to exact equality); the matcher asks compare_tokens
only for the explanation of the hits it returns.

Token similarities come from rapidfuzz's `cdist` (C++) for every query token against every
distinct token of the candidates, then are lifted by shared phonetic keys. The candidates'
layout, the lift and the greedy one-to-one alignment run as plain loops compiled by numba
(`jit.py`); the alignment visits cells in row-major order and keeps only strictly better ones,
so ties break exactly as the reference's sort does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import cdist

from tradeguard.matching.jit import compiled
from tradeguard.matching.named_countries import word_territory
from tradeguard.matching.namesim import (
    CLOSE_SPELLING,
    CONCAT_FACTOR,
    CONTAINED_QUERY_WEIGHT,
    EXACT_ONLY_FLOOR,
    GENERIC_ONLY_FACTOR,
    INFLECTED_LETTER_GAP,
    INFLECTED_SAME,
    LATIN_SCRIPT,
    LISTED_TOKEN_WEIGHT,
    ORDER_FACTOR,
    ORDER_MIN_TOKENS,
    PHONETIC_CLOSE,
    PHONETIC_FLOOR,
    PLACE_SPELLING,
    RELATIVE_SIMILARITY,
    SKELETON_FACTOR,
    TOKEN_FLOOR,
    VOWEL_CLOSE,
    consonant_key,
    containable,
    contained_words,
    lift_key,
    may_contain,
    own_words,
    spelling_key,
    spelling_lift,
    syllables_ordered,
)
from tradeguard.matching.scratch import zeroed
from tradeguard.names import QUERY_INITIALS, NameForm, compared_skeleton
from tradeguard.names.english_stems import english_stem, english_stems
from tradeguard.names.generic_org_names import generic_org_name
from tradeguard.names.han import is_syllabic
from tradeguard.names.korean_latin import is_korean_spelling, one_syllable
from tradeguard.names.name_variants import variant_stem
from tradeguard.names.spelling_walk import READ_BACK

# Phonetic-key ids that can never equal a listed token's id (listed empty keys are -1).
_EMPTY_QUERY_KEY = -3
_UNSEEN_QUERY_KEY = -2


@dataclass(slots=True, frozen=True)
class PairScores:
    """One row per (candidate record, query form) pair, record-major in candidate order."""

    records: np.ndarray  # record id of each pair
    forms: np.ndarray  # query form index of each pair
    scores: np.ndarray  # name similarity in [0, 1], before the weak-alias factor


@dataclass(slots=True, frozen=True)
class QueryTokens:
    """The query side, prepared once per query."""

    forms: tuple[NameForm, ...]
    tokens: list[str]  # distinct tokens over all forms (one per kind: see `syllabic`)
    index: np.ndarray  # [forms, Qmax] positions in `tokens`; only the first lengths[f] are read
    weights: np.ndarray  # [forms, Qmax] token weights, padded with 0
    lengths: np.ndarray  # [forms]
    weight_sums: np.ndarray  # [forms], summed in Python order, as the reference does
    phonetic: np.ndarray  # [len(tokens)] phonetic-key ids
    spelling: np.ndarray  # [len(tokens)] phonetic-spelling ids
    consonant: np.ndarray  # [len(tokens)] consonant-key ids
    stems: np.ndarray  # [len(tokens)] English-stem ids (namesim.org_token_similarity)
    letters: np.ndarray  # [len(tokens)] each token's length (namesim.inflected_spelling)
    person: bool  # whether one stem in two forms is capped (namesim.compare_tokens)
    syllabic: np.ndarray  # [len(tokens)] bool: Chinese syllables, which no key lifts
    syllabic_forms: np.ndarray  # [forms] bool: forms of Chinese syllables
    latin_forms: np.ndarray  # [forms] bool: of names written in Latin letters
    containing: np.ndarray  # [forms] bool: namesim.may_contain
    ordered: np.ndarray  # [forms] bool: namesim.syllables_ordered
    korean: frozenset[str] | None  # namesim.korean_reading: one syllable's spellings are one word
    variant_stems: np.ndarray  # [len(tokens)] ids of `name_variants` stems
    variant: np.ndarray  # [len(tokens)] bool: which of the stem's two forms
    vowelless: np.ndarray  # [forms] bool
    acronym: np.ndarray  # [forms] bool: QUERY_INITIALS forms, matched only by a whole name
    own: np.ndarray  # [len(tokens)] bool: an organisation's own words (namesim.own_left)
    sounded: np.ndarray  # [forms] bool: forms read back by sound or letter: meet no initials
    joined: list[str]  # per form, tokens joined; then per form, reversed and joined


class TokenTable:
    """Per-token and per-record arrays the kernel reads; built once with the index."""

    def __init__(
        self,
        records: Sequence[Sequence[str]],
        vowelless: Sequence[bool],
        weak: Sequence[bool],
        weight: dict[str, float],
        exact_only: Sequence[bool],
        syllabic: Sequence[bool],
        wade_giles: Sequence[bool],
    ) -> None:
        token_ids: dict[str, int] = {}
        flat: list[int] = []
        offsets = [0]
        for tokens in records:
            for token in tokens:
                flat.append(token_ids.setdefault(token, len(token_ids)))
            offsets.append(len(flat))
        vocab = list(token_ids)
        # Object arrays: gathering a candidate's tokens is one fancy index, not a Python loop.
        self.vocab_array = np.array(vocab, dtype=object)
        self.offsets = np.array(offsets, dtype=np.int64)
        self.tokens = np.array(flat, dtype=np.int32)
        self.lengths = np.diff(self.offsets).astype(np.int32)
        self.skeletons = np.array([compared_skeleton(t) for t in vocab], dtype=object)
        self.phonetic, self.phonetic_ids = _key_ids([lift_key(t) for t in vocab])
        self.spelling, self.spelling_ids = _key_ids([spelling_key(t) for t in vocab])
        self.consonant, self.consonant_ids = _key_ids([consonant_key(t) for t in vocab])
        self.stems, self.stem_ids = _key_ids(english_stems(vocab))
        self.letters = np.array([len(t) for t in vocab], dtype=np.int32)
        # Indexed by spelling id: the lift two tokens with that spelling get, in an
        # organisation's name and in a person's.
        self.spelling_lifts = (
            np.array([spelling_lift(k, False) for k in self.spelling_ids]),
            np.array([spelling_lift(k, True) for k in self.spelling_ids]),
        )
        variants = [variant_stem(t) for t in vocab]
        self.variant_stems, self.variant_stem_ids = _key_ids([v[0] if v else "" for v in variants])
        self.variant = np.array([bool(v and v[1]) for v in variants], dtype=bool)
        self.token_weights = np.array([weight[t] for t in vocab], dtype=np.float64)
        # Python's left-to-right sum, so totals equal the reference's to the last bit.
        self.weight_sums = np.array(
            [sum(weight[t] for t in tokens) for tokens in records], dtype=np.float64
        )
        self.vowelless = np.array(vowelless, dtype=bool)
        self.weak = np.array(weak, dtype=bool)
        self.exact_only = np.array(exact_only, dtype=bool)
        self.syllabic = np.array(syllabic, dtype=bool)
        self.wade_giles = np.array(wade_giles, dtype=bool)
        self.joined = np.array(["".join(tokens) for tokens in records], dtype=object)
        # namesim.align: a name long enough that a query containing it is forgiven the rest.
        self.containable = np.array(
            [
                containable(contained_words(tokens), len(name))
                for tokens, name in zip(records, self.joined, strict=True)
            ],
            dtype=np.bool_,
        )
        # namesim.align: a name of generic organisation words is never contained.
        self.generic = np.array([generic_org_name(tuple(t)) for t in records], dtype=np.bool_)
        # namesim.generic_only: an organisation's own words, as against generic ones.
        self.own = np.array(own_words(vocab), dtype=np.bool_)
        # namesim.countries_apart: the place each word names, "" for none.
        self.places = np.array([word_territory(t) or "" for t in vocab], dtype="<U10")

    def copy_strings_together(self) -> None:
        """Re-create the strings the kernel gathers by reference (`vocab_array`, `skeletons`,
        `joined`), one after another.

        A gather writes each string's reference count. In a worker forked to share the index
        copy-on-write (`batchscreen.local`), each such write copies the page the string sits
        on, and built or unpickled strings sit among the index's other objects: over a batch,
        the workers' gathers copied most of the index. Allocated together, after
        `heap.fill_free_blocks`, the strings fill pages of their own (about 20 MB with every
        list loaded), which is all a worker's gathers can copy."""
        self.vocab_array = _copied(self.vocab_array)
        self.skeletons = _copied(self.skeletons)
        self.joined = _copied(self.joined)

    def record_weights(self, record: int) -> tuple[float, ...]:
        """The weights of one record's tokens, in order (as compare_tokens takes them)."""
        start, end = self.offsets[record], self.offsets[record + 1]
        weights: list[float] = self.token_weights[self.tokens[start:end]].tolist()
        return tuple(weights)

    def prepare(
        self,
        forms: tuple[NameForm, ...],
        weights: Sequence[Sequence[float]],
        person: bool = False,
        korean: frozenset[str] | None = None,
    ) -> QueryTokens:
        # A token is one row per kind: syllables of one form and a word of another compare
        # differently (namesim.token_similarity), so "jinmingsheng" can be both.
        positions: dict[tuple[str, bool], int] = {}
        syllabic = [is_syllabic(form.method) for form in forms]
        for form, form_syllabic in zip(forms, syllabic, strict=True):
            for token in form.tokens:
                positions.setdefault((token, form_syllabic), len(positions))
        width = max((len(f.tokens) for f in forms), default=0)
        index = np.full((len(forms), max(width, 1)), len(positions), dtype=np.int64)
        padded = np.zeros((len(forms), max(width, 1)), dtype=np.float64)
        for f, (form, form_weights) in enumerate(zip(forms, weights, strict=True)):
            index[f, : len(form.tokens)] = [positions[t, syllabic[f]] for t in form.tokens]
            padded[f, : len(form.tokens)] = form_weights
        tokens = [token for token, _ in positions]
        phonetic = _query_ids([lift_key(t) for t in tokens], self.phonetic_ids)
        spelling = _query_ids([spelling_key(t) for t in tokens], self.spelling_ids)
        consonant = _query_ids([consonant_key(t) for t in tokens], self.consonant_ids)
        stems = _query_ids([english_stem(t) for t in tokens], self.stem_ids)
        variants = [variant_stem(t) for t in tokens]
        variant_stems = _query_ids([v[0] if v else "" for v in variants], self.variant_stem_ids)
        joined = ["".join(f.tokens) for f in forms] + ["".join(reversed(f.tokens)) for f in forms]
        return QueryTokens(
            forms=forms,
            tokens=tokens,
            index=index,
            weights=padded,
            lengths=np.array([len(f.tokens) for f in forms], dtype=np.int64),
            weight_sums=np.array([sum(w) for w in weights], dtype=np.float64),
            phonetic=phonetic,
            spelling=spelling,
            consonant=consonant,
            stems=stems,
            letters=np.array([len(t) for t in tokens], dtype=np.int32),
            person=person,
            syllabic=np.array([kind for _, kind in positions], dtype=bool),
            syllabic_forms=np.array(syllabic, dtype=bool),
            latin_forms=np.array([f.script == LATIN_SCRIPT for f in forms], dtype=bool),
            containing=np.array([may_contain(f, person) for f in forms], dtype=bool),
            ordered=np.array([syllables_ordered(f, person) for f in forms], dtype=bool),
            korean=korean,
            variant_stems=variant_stems,
            variant=np.array([bool(v and v[1]) for v in variants], dtype=bool),
            vowelless=np.array([f.vowelless for f in forms], dtype=bool),
            acronym=np.array([f.method == QUERY_INITIALS for f in forms], dtype=bool),
            own=np.array(own_words(tokens) if not person else [False] * len(tokens), dtype=bool),
            sounded=np.array([f.method.endswith(READ_BACK) for f in forms], dtype=bool),
            joined=joined,
        )


def _copied(strings: np.ndarray) -> np.ndarray:
    # Encoding and decoding makes a new string; slicing or str() would return the same one.
    return np.array(
        [s.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass") for s in strings],
        dtype=object,
    )


def _key_ids(keys: Sequence[str]) -> tuple[np.ndarray, dict[str, int]]:
    """A dense id per listed key (-1 for an empty key), and the key -> id map."""
    ids: dict[str, int] = {}
    array = np.array([ids.setdefault(k, len(ids)) if k else -1 for k in keys], dtype=np.int32)
    return array, ids


def _query_ids(keys: Sequence[str], ids: dict[str, int]) -> np.ndarray:
    """The query's key ids: never equal to a listed id unless the keys are equal."""
    return np.array(
        [ids.get(k, _UNSEEN_QUERY_KEY) if k else _EMPTY_QUERY_KEY for k in keys], dtype=np.int32
    )


def _rescale(raw: np.ndarray) -> np.ndarray:
    return np.where(
        raw <= TOKEN_FLOOR, 0.0, np.minimum(1.0, (raw - TOKEN_FLOOR) / (1.0 - TOKEN_FLOOR))
    )


def _token_similarity(query: QueryTokens, table: TokenTable, listed: np.ndarray) -> np.ndarray:
    """namesim.token_similarity for every query token against every listed token id."""
    raw = cdist(
        query.tokens,
        table.vocab_array[listed],
        scorer=Levenshtein.normalized_similarity,
        dtype=np.float64,
        score_cutoff=TOKEN_FLOOR,  # anything at or below rescales to 0: exact, and faster
    )
    lifted: np.ndarray = compiled(_lift)(
        raw,
        query.phonetic,
        query.spelling,
        table.phonetic,
        table.spelling,
        table.spelling_lifts[query.person],
        query.syllabic,
        query.consonant,
        table.consonant,
        listed,
    )
    if query.person:
        compiled(_cap_relatives)(
            lifted, query.variant_stems, query.variant, table.variant_stems, table.variant, listed
        )
    else:
        compiled(_lift_inflections)(
            lifted,
            raw,
            query.stems,
            table.stems,
            query.letters,
            table.letters,
            query.syllabic,
            listed,
        )
    if query.korean is not None:
        # namesim.token_matrix: two spellings of one Hangul syllable are one word. Korean
        # queries only, and few of their candidates' words are syllables at all.
        for j, token in enumerate(table.vocab_array[listed]):
            if is_korean_spelling(token):
                for i, own in enumerate(query.tokens):
                    if lifted[i, j] < 1.0 and one_syllable(own, token, query.korean):
                        lifted[i, j] = 1.0
    return lifted


def _lift_inflections(
    lifted: np.ndarray,
    raw: np.ndarray,
    q_stems: np.ndarray,
    stems: np.ndarray,
    q_letters: np.ndarray,
    letters: np.ndarray,
    q_syllabic: np.ndarray,
    listed: np.ndarray,
) -> None:
    """namesim.org_token_similarity's lift, in place: close spellings of one English stem
    (namesim.inflected_spelling; `raw` is 0 below TOKEN_FLOOR)."""
    rows, cols = lifted.shape
    for i in range(rows):
        if q_stems[i] < 0 or q_syllabic[i]:
            continue
        for j in range(cols):
            token = listed[j]
            if (
                stems[token] == q_stems[i]
                and lifted[i, j] < INFLECTED_SAME
                and (
                    raw[i, j] >= CLOSE_SPELLING
                    or (
                        raw[i, j] >= TOKEN_FLOOR
                        and abs(q_letters[i] - letters[token]) <= INFLECTED_LETTER_GAP
                    )
                )
            ):
                lifted[i, j] = INFLECTED_SAME


def _cap_relatives(
    lifted: np.ndarray,
    q_stems: np.ndarray,
    q_variant: np.ndarray,
    stems: np.ndarray,
    variant: np.ndarray,
    listed: np.ndarray,
) -> None:
    """namesim.person_token_similarity's cap, in place: one stem in two forms."""
    rows, cols = lifted.shape
    for i in range(rows):
        if q_stems[i] < 0:
            continue
        for j in range(cols):
            token = listed[j]
            if (
                stems[token] == q_stems[i]
                and variant[token] != q_variant[i]
                and lifted[i, j] > RELATIVE_SIMILARITY
            ):
                lifted[i, j] = RELATIVE_SIMILARITY


def _lift(
    raw: np.ndarray,
    q_phonetic: np.ndarray,
    q_spelling: np.ndarray,
    phonetic: np.ndarray,
    spelling: np.ndarray,
    spelling_lifts: np.ndarray,
    q_syllabic: np.ndarray,
    q_consonant: np.ndarray,
    consonant: np.ndarray,
    listed: np.ndarray,
) -> np.ndarray:
    """Rescaled edit similarities, lifted where the phonetic keys (and spellings) agree.

    One compiled pass over the matrix: as a dozen numpy expressions, each allocating a
    temporary, this was a quarter of the kernel's time.
    """
    rows, cols = raw.shape
    out = np.empty((rows, cols))
    for j in range(cols):
        key, spelt = phonetic[listed[j]], spelling[listed[j]]
        for i in range(rows):
            value = raw[i, j]
            if q_phonetic[i] != key:
                # namesim's rescale, written out: numba cannot call a plain Python function.
                if value <= TOKEN_FLOOR:
                    out[i, j] = 0.0
                else:
                    out[i, j] = min(1.0, (value - TOKEN_FLOOR) / (1.0 - TOKEN_FLOOR))
                if (
                    value >= CLOSE_SPELLING
                    and not q_syllabic[i]
                    and q_consonant[i] == consonant[listed[j]]
                ):
                    out[i, j] = max(out[i, j], VOWEL_CLOSE)
                continue
            floored = value if q_syllabic[i] else max(value, PHONETIC_FLOOR)
            lifted = 0.0
            if floored > TOKEN_FLOOR:
                lifted = min(1.0, (floored - TOKEN_FLOOR) / (1.0 - TOKEN_FLOOR))
            if value >= CLOSE_SPELLING and not q_syllabic[i]:
                lifted = max(lifted, PHONETIC_CLOSE)
            if q_spelling[i] == spelt:
                lifted = max(lifted, spelling_lifts[spelt])
            out[i, j] = lifted
    return out


def _gather(
    records: np.ndarray,
    offsets: np.ndarray,
    record_lengths: np.ndarray,
    tokens: np.ndarray,
    record_vowelless: np.ndarray,
    token_weights: np.ndarray,
    weight_sums: np.ndarray,
    q_lengths: np.ndarray,
    q_vowelless: np.ndarray,
    slots: np.ndarray,
) -> tuple[
    np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, bool, bool
]:
    """The candidates' side of the kernel, laid out in one compiled pass.

    Record r's tokens become positions starts[r]..starts[r]+lengths[r], each with its weight
    and its column among the distinct tokens (first-seen order): candidates share tokens (that
    is why they are candidates), and only about a third of the positions are distinct, so the
    similarity matrices are computed on distinct tokens only. `slots` is a zeroed array over
    the vocabulary, left zeroed again. Also: each record's weight sum, which (record, form)
    pairs compare consonant skeletons, and whether any pair needs skeletons or joined names.
    As a dozen numpy expressions this was a fifth of the kernel's time.
    """
    n_records, n_forms = len(records), len(q_lengths)
    starts = np.empty(n_records, dtype=np.int64)
    lengths = np.empty(n_records, dtype=np.int64)
    total = 0
    for r in range(n_records):
        starts[r] = total
        lengths[r] = record_lengths[records[r]]
        total += lengths[r]
    distinct = np.empty(total, dtype=tokens.dtype)
    columns = np.empty(total, dtype=np.int64)
    l_weights = np.empty(total)
    n = 0
    for r in range(n_records):
        first = offsets[records[r]]
        for j in range(lengths[r]):
            token = tokens[first + j]
            position = starts[r] + j
            l_weights[position] = token_weights[token]
            slot = slots[token]
            if slot == 0:
                distinct[n] = token
                n += 1
                slot = n
                slots[token] = slot
            columns[position] = slot - 1
    for k in range(n):
        slots[distinct[k]] = 0
    l_sums = np.empty(n_records)
    vowelless = np.empty((n_records, n_forms), dtype=np.bool_)
    any_vowelless = False
    any_concat = False
    for r in range(n_records):
        l_sums[r] = weight_sums[records[r]]
        for f in range(n_forms):
            flag = q_vowelless[f] or record_vowelless[records[r]]
            vowelless[r, f] = flag
            any_vowelless = any_vowelless or flag
            any_concat = any_concat or (not flag and q_lengths[f] != lengths[r])
    return (
        starts,
        lengths,
        distinct[:n].copy(),
        columns,
        l_weights,
        l_sums,
        vowelless,
        any_vowelless,
        any_concat,
    )


def _written_alike(
    scores: np.ndarray,
    query: QueryTokens,
    table: TokenTable,
    pair_records: np.ndarray,
    pair_forms: np.ndarray,
    vowelless: np.ndarray,
) -> None:
    """namesim.compare_tokens, in place: a vowelless pair written word for word alike is that
    name, 1.0. Joined names first, which are one comparison per pair; then the words of the
    few pairs whose joined names are equal."""
    forms = np.array(query.joined[: len(query.forms)], dtype=object)
    alike = vowelless.ravel() & (forms[pair_forms] == table.joined[pair_records])
    for p in np.flatnonzero(alike):
        record, start = pair_records[p], table.offsets[pair_records[p]]
        listed = table.vocab_array[table.tokens[start : start + table.lengths[record]]]
        if tuple(listed) == query.forms[pair_forms[p]].tokens:
            scores[p] = 1.0


def _skeleton_similarity(query: QueryTokens, table: TokenTable, listed: np.ndarray) -> np.ndarray:
    raw = cdist(
        [compared_skeleton(t) for t in query.tokens],
        table.skeletons[listed],
        scorer=Levenshtein.normalized_similarity,
        dtype=np.float64,
        score_cutoff=TOKEN_FLOOR,  # anything at or below rescales to 0: exact, and faster
    )
    return _rescale(raw) * SKELETON_FACTOR


def _align_pairs(
    spelled: np.ndarray,
    skeleton: np.ndarray,
    vowelless: np.ndarray,
    q_index: np.ndarray,
    q_weights: np.ndarray,
    q_lengths: np.ndarray,
    q_sums: np.ndarray,
    q_containing: np.ndarray,
    q_ordered: np.ndarray,
    starts: np.ndarray,
    lengths: np.ndarray,
    l_weights: np.ndarray,
    l_sums: np.ndarray,
    joined: np.ndarray,
    columns: np.ndarray,
    containable: np.ndarray,
    generic: np.ndarray,
    own: np.ndarray,
    q_own: np.ndarray,
) -> np.ndarray:
    """The reference's greedy alignment and concatenated fallback, pair by pair.

    Record r's tokens are positions starts[r]..starts[r]+lengths[r]; `spelled`/`skeleton` hold
    query token x distinct listed token similarities, position p's in column columns[p].
    `joined` holds the raw similarity of the joined names: form f's in row f, reversed in row
    forms + f, one column per record; `containable` whether each record's name is long enough
    to be contained (namesim.containable), and `generic` whether it is generic organisation
    words alone, which are never contained;
    `own` per distinct column whether the token is an organisation's own word
    (namesim.generic_only), all False for a person's query, and `q_own` per query token.
    Plain loops: compiled by numba.
    """
    n_records, n_forms = vowelless.shape
    scores = np.zeros(n_records * n_forms)
    used_rows = np.zeros(q_index.shape[1], dtype=np.bool_)
    used_cols = np.zeros(max(1, int(lengths.max()) if n_records else 1), dtype=np.bool_)
    # The listed position each query token was aligned with, -1 for none.
    aligned_to = np.zeros(q_index.shape[1], dtype=np.int64)
    for r in range(n_records):
        start, width = starts[r], lengths[r]
        for f in range(n_forms):
            height = q_lengths[f]
            if height == 0:
                continue
            sim = skeleton if vowelless[r, f] else spelled
            used_rows[:height] = False
            used_cols[:width] = False
            aligned_to[:height] = -1
            gained = 0.0
            matched_query = 0.0
            matched_cols = 0
            while True:
                best, best_i, best_j = 0.0, -1, -1
                for i in range(height):
                    if used_rows[i]:
                        continue
                    row = q_index[f, i]
                    for j in range(width):
                        if not used_cols[j]:
                            value = sim[row, columns[start + j]]
                            if value > best:
                                best, best_i, best_j = value, i, j
                if best_i < 0:
                    break
                used_rows[best_i] = True
                used_cols[best_j] = True
                aligned_to[best_i] = best_j
                gained += best * (
                    q_weights[f, best_i] + LISTED_TOKEN_WEIGHT * l_weights[start + best_j]
                )
                matched_query += q_weights[f, best_i]
                matched_cols += 1
            query_total = q_sums[f]
            if q_containing[f] and matched_cols == width and containable[r] and not generic[r]:
                query_total = matched_query + CONTAINED_QUERY_WEIGHT * (query_total - matched_query)
            total = query_total + LISTED_TOKEN_WEIGHT * l_sums[r]
            score = min(1.0, gained / total) if total != 0.0 else 0.0
            if 0 < matched_cols < height:
                # namesim.generic_only: met only in generic words and countries, with words
                # of its own left, and query words left too.
                has_own = False
                met_own = False
                for j in range(width):
                    if own[columns[start + j]]:
                        has_own = True
                        if used_cols[j]:
                            met_own = True
                # namesim.own_left: a name of generic words alone, with a query word of
                # its own left.
                own_left = False
                if generic[r]:
                    for i in range(height):
                        if not used_rows[i] and q_own[q_index[f, i]]:
                            own_left = True
                if (has_own and not met_own) or own_left:
                    score *= GENERIC_ONLY_FACTOR
            if q_ordered[f] and matched_cols >= ORDER_MIN_TOKENS:
                # namesim._listed_positions: a word repeated on either side has its positions
                # taken in the other side's order ...
                for i in range(height):
                    if aligned_to[i] < 0:
                        continue
                    for k in range(i + 1, height):
                        if (
                            aligned_to[k] >= 0
                            and aligned_to[k] < aligned_to[i]
                            and (
                                q_index[f, k] == q_index[f, i]
                                or columns[start + aligned_to[k]] == columns[start + aligned_to[i]]
                            )
                        ):
                            aligned_to[i], aligned_to[k] = aligned_to[k], aligned_to[i]
                # ... and namesim.in_syllable_order: at most one descent going round.
                descents = 0
                first, previous = -1, -1
                for i in range(height):
                    if aligned_to[i] < 0:
                        continue
                    if first < 0:
                        first = aligned_to[i]
                    elif previous > aligned_to[i]:
                        descents += 1
                    previous = aligned_to[i]
                if previous > first:
                    descents += 1
                if descents > 1:
                    score *= ORDER_FACTOR
            if height != width and not vowelless[r, f]:
                # The names written as one word, either order: namesim's concatenated fallback.
                raw = max(joined[f, r], joined[n_forms + f, r])
                concat = 0.0
                if raw > TOKEN_FLOOR:
                    concat = min(1.0, (raw - TOKEN_FLOOR) / (1.0 - TOKEN_FLOOR))
                concat *= CONCAT_FACTOR
                if concat > score:
                    score = concat
            scores[r * n_forms + f] = score
    return scores


def score_pairs(query: QueryTokens, table: TokenTable, records: np.ndarray) -> PairScores:
    """compare_tokens(...).score for every (record, form) pair, record-major."""
    n_forms, n_records = len(query.forms), len(records)
    pair_records = np.repeat(records, n_forms)
    pair_forms = np.arange(n_records * n_forms) % max(n_forms, 1)  # np.tile, without its overhead
    if n_forms == 0 or n_records == 0 or not query.tokens:
        return PairScores(pair_records, pair_forms, np.zeros(len(pair_records)))

    starts, lengths, distinct, columns, l_weights, l_sums, vowelless, any_vowelless, concat = (
        compiled(_gather)(
            records,
            table.offsets,
            table.lengths,
            table.tokens,
            table.vowelless,
            table.token_weights,
            table.weight_sums,
            query.lengths,
            query.vowelless,
            zeroed("kernel.slots", len(table.vocab_array), np.int32),
        )
    )
    spelled = _token_similarity(query, table, distinct)
    skeleton = _skeleton_similarity(query, table, distinct) if any_vowelless else np.zeros((1, 1))
    if not query.person:
        # namesim.countries_apart: a word naming a place meets only that place's words, or a
        # near spelling of it that names none.
        places = table.places[distinct]
        for i, token in enumerate(query.tokens):
            place = word_territory(token)
            if place is not None:
                other = places != place
                spelled[i, other & ((places != "") | (spelled[i] < PLACE_SPELLING))] = 0.0
                if any_vowelless:
                    skeleton[i, other & ((places != "") | (skeleton[i] < PLACE_SPELLING))] = 0.0
    if any_vowelless and query.person:
        # namesim.token_matrix: a person's vowelled words are compared by spelling too.
        skeleton = np.maximum(skeleton, spelled * SKELETON_FACTOR)
    if concat:
        # [2 * forms, records]: each form joined, then each form reversed and joined.
        joined = cdist(
            query.joined,
            table.joined[records],
            scorer=Levenshtein.normalized_similarity,
            dtype=np.float64,
            score_cutoff=TOKEN_FLOOR,  # anything at or below rescales to 0: exact, and faster
        )
    else:
        joined = np.zeros((1, 1))  # never read: no pair falls back to the joined names
    scores = compiled(_align_pairs)(
        spelled,
        skeleton,
        vowelless,
        query.index,
        query.weights,
        query.lengths,
        query.weight_sums,
        query.containing,
        query.ordered,
        starts,
        lengths,
        l_weights,
        l_sums,
        joined,
        columns,
        table.containable[records],
        table.generic[records],
        table.own[distinct] if not query.person else np.zeros(len(distinct), dtype=np.bool_),
        query.own,
    )
    if any_vowelless:
        _written_alike(scores, query, table, pair_records, pair_forms, vowelless)
    # An acronym form matches only the acronym itself: "Gnatz" is no spelling of KNAAZ; and
    # a query's initials only a listed name that is that acronym, never a listed one's.
    scores[table.exact_only[pair_records] & (scores < EXACT_ONLY_FLOOR)] = 0.0
    acronym = query.acronym[pair_forms]
    scores[acronym & ((scores < EXACT_ONLY_FLOOR) | table.exact_only[pair_records])] = 0.0
    # Pairs namesim.kept_apart keeps apart.
    scores[~query.latin_forms[pair_forms] & table.wade_giles[pair_records]] = 0.0
    scores[query.sounded[pair_forms] & table.exact_only[pair_records]] = 0.0
    if not query.person:
        scores[query.syllabic_forms[pair_forms] & table.syllabic[pair_records]] = 0.0
    return PairScores(pair_records, pair_forms, scores)
