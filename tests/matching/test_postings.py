"""Retrieval sums and the top-`limit` cut, against plain-Python references."""

from __future__ import annotations

import threading
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.matching.postings import best_records, sum_postings, sums_among
from tradeguard.matching.scratch import zeroed

RECORDS = 50


def reference_sums(
    postings: list[int], starts: list[int], sizes: list[int], weights: list[float]
) -> dict[int, float]:
    sums: dict[int, float] = defaultdict(float)
    for start, size, weight in zip(starts, sizes, weights, strict=True):
        for record in postings[start : start + size]:
            sums[record] += weight
    return dict(sums)


@st.composite
def posting_lists(draw: st.DrawFn) -> tuple[list[int], list[int], list[int], list[float]]:
    lists = draw(
        st.lists(
            st.lists(st.integers(0, RECORDS - 1), unique=True, max_size=20), min_size=1, max_size=8
        )
    )
    postings = [r for records in lists for r in records]
    sizes = [len(records) for records in lists]
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int).tolist()
    # Weights from a small set, so that equal sums (the cut's tie-break) are common.
    weights = draw(
        st.lists(st.sampled_from([0.5, 0.7, 1.0, 2.0]), min_size=len(lists), max_size=len(lists))
    )
    return postings, starts, sizes, weights


@settings(max_examples=300, deadline=None)
@given(posting_lists())
def test_sums_equal_reference_and_leave_scratch_clean(
    case: tuple[list[int], list[int], list[int], list[float]],
) -> None:
    postings, starts, sizes, weights = case
    array = np.array(postings, dtype=np.int32)
    for _ in range(2):  # a second call sees the scratch arrays the first one used
        ids, sums = sum_postings(array, starts, sizes, weights, np.zeros(RECORDS))
        assert len(set(ids.tolist())) == len(ids)
        assert dict(zip(ids.tolist(), sums.tolist(), strict=True)) == reference_sums(
            postings, starts, sizes, weights
        )


@settings(max_examples=100, deadline=None)
@given(posting_lists(), st.lists(st.floats(-1.0, 0.0), min_size=RECORDS, max_size=RECORDS))
def test_each_sum_starts_from_its_records_base(
    case: tuple[list[int], list[int], list[int], list[float]], base: list[float]
) -> None:
    postings, starts, sizes, weights = case
    array = np.array(postings, dtype=np.int32)
    for _ in range(2):
        ids, sums = sum_postings(array, starts, sizes, weights, np.array(base))
        expected = reference_sums(postings, starts, sizes, weights)
        assert dict(zip(ids.tolist(), sums.tolist(), strict=True)) == pytest.approx(
            {r: base[r] + total for r, total in expected.items()}
        )


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.integers(0, 10_000), st.sampled_from([0.5, 1.0, 1.5, 2.0]), max_size=60),
    st.integers(1, 30),
)
def test_best_records_are_the_top_by_sum_then_id(sums: dict[int, float], limit: int) -> None:
    ids = np.array(list(sums), dtype=np.int32)
    values = np.array(list(sums.values()), dtype=np.float64)
    expected = sorted(sums, key=lambda r: (-sums[r], r))[:limit]
    assert best_records(ids, values, limit).tolist() == expected


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.integers(0, RECORDS - 1), st.sampled_from([0.5, 1.0, 2.0]), max_size=30),
    st.lists(st.integers(0, RECORDS - 1), max_size=20),  # repeats: a record under two keys
    st.lists(st.integers(0, RECORDS - 1), unique=True, max_size=10),
)
def test_sums_among_are_the_wanted_not_excluded_once_with_their_sums(
    sums: dict[int, float], wanted: list[int], excluded: list[int]
) -> None:
    ids = np.array(list(sums), dtype=np.int32)
    values = np.array(list(sums.values()), dtype=np.float64)
    for _ in range(2):  # a second call sees the scratch arrays the first one used
        chosen, their_sums = sums_among(
            ids,
            values,
            np.array(wanted, dtype=np.int32),
            np.array(excluded, dtype=np.int32),
            RECORDS,
        )
        expected = list(dict.fromkeys(r for r in wanted if r not in excluded))
        assert chosen.tolist() == expected
        assert their_sums.tolist() == [sums.get(r, 0.0) for r in expected]
    assert not zeroed("postings.totals", RECORDS, np.float64).any()
    assert not zeroed("postings.seen", RECORDS, np.bool_).any()


def test_threads_do_not_share_scratch() -> None:
    postings = np.arange(RECORDS, dtype=np.int32)
    results: list[dict[int, float]] = []

    def run(weight: float) -> None:
        for _ in range(200):
            ids, sums = sum_postings(postings, [0], [RECORDS], [weight], np.zeros(RECORDS))
            results.append(dict(zip(ids.tolist(), sums.tolist(), strict=True)))

    threads = [threading.Thread(target=run, args=(w,)) for w in (1.0, 2.0)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(set(r.values()) in ({1.0}, {2.0}) and len(r) == RECORDS for r in results)
