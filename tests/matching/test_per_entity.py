"""Each entity's best pair, against the plain numpy formulation it replaced."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.matching.per_entity import best_pairs

ENTITIES = 6
RECORD_ENTITY = np.array([0, 0, 1, 2, 2, 2, 3, 4, 5, 5], dtype=np.int32)
WEAK = np.array([False, True, False, False, False, True, False, True, False, False])
FACTOR = 0.9


def reference(
    scores: np.ndarray, records: np.ndarray, floor: float
) -> dict[int, tuple[int, float]]:
    discounted = scores * np.where(WEAK[records], FACTOR, 1.0)
    entities = RECORD_ENTITY[records]
    order = np.lexsort((np.arange(len(discounted)), -discounted, entities))
    best: dict[int, tuple[int, float]] = {}
    for p in order:
        entity = int(entities[p])
        if entity not in best and discounted[p] > floor:
            best[entity] = (int(p), float(discounted[p]))
        best.setdefault(entity, (-1, 0.0))
    return {e: v for e, v in best.items() if v[0] >= 0}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(RECORD_ENTITY) - 1), st.sampled_from([0.0, 0.4, 0.5, 0.9, 1.0])
        ),
        max_size=30,
    ),
    st.sampled_from([float("-inf"), 0.0, 0.4, 0.45]),
)
def test_best_pairs_equal_reference(pairs: list[tuple[int, float]], floor: float) -> None:
    records = np.array([r for r, _ in pairs], dtype=np.int64)
    scores = np.array([s for _, s in pairs], dtype=np.float64)
    for _ in range(2):  # the second call reuses the scratch slots the first one left
        entities, best, found = best_pairs(
            scores, records, WEAK, FACTOR, RECORD_ENTITY, ENTITIES, floor
        )
        got = {int(e): (int(p), float(s)) for e, p, s in zip(entities, best, found, strict=True)}
        assert got == reference(scores, records, floor)
