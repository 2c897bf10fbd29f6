"""Retrieval scores: each name form's summed key weight over the posting lists a query reads.

A query reads a few dozen posting lists, a few thousand record ids in all, most of them
distinct. Summing per record with `np.unique(..., return_inverse=True)` and `bincount` sorted
every id with a stable argsort, and that sort was the largest cost of candidate generation.
Here a compiled loop adds each list's weight into a dense per-record array and notes the
records in the order it first meets them; only the touched cells are read back and reset.
"""

from __future__ import annotations

import numpy as np

from tradeguard.matching.jit import compiled
from tradeguard.matching.scratch import zeroed


def _accumulate(
    postings: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    weights: np.ndarray,
    base: np.ndarray,
    totals: np.ndarray,
    seen: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Add weights[k] to base[r] for every r in list k; return each r once, with its total.

    The scratch arrays (totals, seen) are left all zero again. Plain loops: compiled by numba.
    """
    touched = np.empty(sizes.sum(), dtype=postings.dtype)
    n = 0
    for k in range(len(starts)):
        weight = weights[k]
        for p in range(starts[k], starts[k] + sizes[k]):
            record = postings[p]
            if not seen[record]:
                seen[record] = True
                touched[n] = record
                n += 1
                totals[record] = base[record]
            totals[record] += weight
    ids = touched[:n].copy()
    sums = np.empty(n)
    for i in range(n):
        record = ids[i]
        sums[i] = totals[record]
        totals[record] = 0.0
        seen[record] = False
    return ids, sums


def sum_postings(
    postings: np.ndarray,
    starts: list[int],
    sizes: list[int],
    weights: list[float],
    base: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """The distinct record ids in the given posting slices, and each one's summed weight.

    A record's sum starts from its `base` value (one float per record of the index), and its
    weights are added in list order. Ids come in the order they are first met.
    """
    records = len(base)
    totals = zeroed("postings.totals", records, np.float64)
    seen = zeroed("postings.seen", records, np.bool_)
    found: tuple[np.ndarray, np.ndarray] = compiled(_accumulate)(
        postings,
        np.asarray(starts, dtype=np.int64),
        np.asarray(sizes, dtype=np.int64),
        np.asarray(weights, dtype=np.float64),
        base,
        totals,
        seen,
    )
    return found


def sums_among(
    ids: np.ndarray, sums: np.ndarray, wanted: np.ndarray, excluded: np.ndarray, records: int
) -> tuple[np.ndarray, np.ndarray]:
    """The `wanted` ids that are not `excluded`, each once (in the order first met) with its
    sum in (`ids`, `sums`), or 0 where it has none; `records` is the index's number of
    records."""
    totals = zeroed("postings.totals", records, np.float64)
    seen = zeroed("postings.seen", records, np.bool_)
    found: tuple[np.ndarray, np.ndarray] = compiled(_among)(
        ids, sums, wanted, excluded, totals, seen
    )
    return found


def _among(
    ids: np.ndarray,
    sums: np.ndarray,
    wanted: np.ndarray,
    excluded: np.ndarray,
    totals: np.ndarray,
    seen: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """sums_among, compiled by numba; the scratch arrays are left all zero again."""
    for i in range(len(ids)):
        totals[ids[i]] = sums[i]
    for i in range(len(excluded)):
        seen[excluded[i]] = True
    chosen = np.empty(len(wanted), dtype=wanted.dtype)
    chosen_sums = np.empty(len(wanted))
    n = 0
    for i in range(len(wanted)):
        record = wanted[i]
        if not seen[record]:
            seen[record] = True
            chosen[n] = record
            chosen_sums[n] = totals[record]
            n += 1
    for i in range(len(ids)):
        totals[ids[i]] = 0.0
    for i in range(len(excluded)):
        seen[excluded[i]] = False
    for i in range(n):
        seen[chosen[i]] = False
    return chosen[:n].copy(), chosen_sums[:n].copy()


def best_records(ids: np.ndarray, sums: np.ndarray, limit: int) -> np.ndarray:
    """The `limit` ids with the highest sums, highest first; equal sums by lower id."""
    chosen: np.ndarray = compiled(_best)(ids, sums, limit)
    return chosen


def _best(ids: np.ndarray, sums: np.ndarray, limit: int) -> np.ndarray:
    """best_records, compiled by numba: a handful of numpy calls on a few thousand ids cost
    more in call overhead than this single pass."""
    if len(ids) > limit:
        cut = np.partition(sums, len(sums) - limit)[len(sums) - limit]  # the limit-th highest
        above = sums > cut  # fewer than `limit` of these, so at least one tied id fits
        tied = ids[sums == cut]
        room = limit - np.count_nonzero(above)
        if room < len(tied):
            tied = np.sort(tied)[:room]  # the lowest tied ids
        ids = np.concatenate((ids[above], tied))
        sums = np.concatenate((sums[above], np.full(len(tied), cut)))
    # By id, then stably by descending sum: numba has no lexsort.
    by_id = np.argsort(ids, kind="mergesort")
    ids, sums = ids[by_id], sums[by_id]
    return ids[np.argsort(-sums, kind="mergesort")]
