"""How alike two Latin name forms are, order-free, with the evidence for the explanation.

Tokens are aligned greedily by similarity (names are short: a handful of tokens each side), so
"KIM, Jong Un" and "Jong Un Kim" align fully. Unmatched query tokens cost more than unmatched
listed tokens: "Vladimir Putin" should still strongly match "Putin Vladimir Vladimirovich",
while "Kim Jong Nam" must not match "Kim Jong Un".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import cdist

from tradeguard.names import consonant_skeleton, phonetic_key

# Unmatched listed tokens (patronymics, extra given names) weigh this much of a query token.
LISTED_TOKEN_WEIGHT = 0.35
# Two spellings with the same phonetic key are this similar at least ("jong"/"chong").
PHONETIC_FLOOR = 0.9
# Abjad renderings carry no vowels, so a skeleton agreement is weaker evidence than spelling.
SKELETON_FACTOR = 0.9
# Below this raw similarity two tokens are different words and earn nothing.
TOKEN_FLOOR = 0.5
# A concatenated comparison ("xijinping" vs "xi jin ping") counts slightly less than tokens.
CONCAT_FACTOR = 0.97


@dataclass(slots=True, frozen=True)
class TokenPair:
    query: str
    listed: str
    similarity: float


@dataclass(slots=True, frozen=True)
class NameComparison:
    score: float
    pairs: tuple[TokenPair, ...]
    method: str  # "tokens" or "concatenated"


def _rescale(raw: np.ndarray) -> np.ndarray:
    return np.clip((raw - TOKEN_FLOOR) / (1.0 - TOKEN_FLOOR), 0.0, 1.0)


def token_matrix(query: Sequence[str], listed: Sequence[str], vowelless: bool) -> np.ndarray:
    """Similarity of every query token to every listed token, in [0, 1]."""
    if vowelless:
        q_skel = [consonant_skeleton(t) for t in query]
        l_skel = [consonant_skeleton(t) for t in listed]
        raw = cdist(q_skel, l_skel, scorer=Levenshtein.normalized_similarity, dtype=np.float32)
        return _rescale(raw) * SKELETON_FACTOR
    raw = cdist(query, listed, scorer=Levenshtein.normalized_similarity, dtype=np.float32)
    q_keys = [phonetic_key(t) for t in query]
    l_keys = [phonetic_key(t) for t in listed]
    for i, qk in enumerate(q_keys):
        for j, lk in enumerate(l_keys):
            if qk and qk == lk and raw[i, j] < PHONETIC_FLOOR:
                raw[i, j] = PHONETIC_FLOOR
    return _rescale(raw)


def align(
    sim: np.ndarray, q_weights: Sequence[float], l_weights: Sequence[float]
) -> tuple[float, list[tuple[int, int, float]]]:
    """Greedy one-to-one alignment; returns the weighted score and the chosen pairs."""
    rows, cols = sim.shape
    order = np.argsort(-sim, axis=None, kind="stable")
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    gained = 0.0
    for flat in order[: rows * cols]:
        i, j = divmod(int(flat), cols)
        value = float(sim[i, j])
        if value <= 0.0 or len(pairs) == min(rows, cols):
            break
        if i in used_rows or j in used_cols:
            continue
        used_rows.add(i)
        used_cols.add(j)
        pairs.append((i, j, value))
        gained += value * (q_weights[i] + LISTED_TOKEN_WEIGHT * l_weights[j])
    total = sum(q_weights) + LISTED_TOKEN_WEIGHT * sum(l_weights)
    return (min(1.0, gained / total) if total else 0.0), pairs


def concatenated(query: Sequence[str], listed: Sequence[str]) -> float:
    """Compare names with the spaces taken out, in the given and the reversed query order."""
    joined = "".join(listed)
    forward = Levenshtein.normalized_similarity("".join(query), joined)
    backward = Levenshtein.normalized_similarity("".join(reversed(query)), joined)
    return float(_rescale(np.array(max(forward, backward))) * CONCAT_FACTOR)


def compare_tokens(
    query: Sequence[str],
    q_weights: Sequence[float],
    listed: Sequence[str],
    l_weights: Sequence[float],
    vowelless: bool = False,
) -> NameComparison:
    if not query or not listed:
        return NameComparison(0.0, (), "tokens")
    sim = token_matrix(query, listed, vowelless)
    score, chosen = align(sim, q_weights, l_weights)
    pairs = tuple(TokenPair(query[i], listed[j], round(v, 3)) for i, j, v in chosen)
    if len(query) != len(listed) and not vowelless:
        joined = concatenated(query, listed)
        if joined > score:
            return NameComparison(joined, pairs, "concatenated")
    return NameComparison(score, pairs, "tokens")
