"""Each candidate entity's best (name form, query form) pair, in one compiled pass.

A query's candidates are name forms; an entity has several (aliases, scripts, orders). The
matcher keeps, per entity, the first pair in candidate order that has the entity's highest
score, and only entities whose best beats the floor. As numpy (a lexsort of all pairs, then a
run-start mask) that cost more than scoring the pairs' evidence.
"""

from __future__ import annotations

import numpy as np

from tradeguard.matching.jit import compiled
from tradeguard.matching.scratch import zeroed


def _best_pairs(
    scores: np.ndarray,
    records: np.ndarray,
    weak: np.ndarray,
    weak_factor: float,
    record_entity: np.ndarray,
    floor: float,
    slots: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entities (first-seen order), their best pair's index and score (weak aliases
    discounted), for entities whose best is above `floor`. `slots` is a zeroed array over
    the entities, left zeroed again. Compiled by numba."""
    n = len(scores)
    entities = np.empty(n, dtype=record_entity.dtype)
    best = np.empty(n, dtype=np.int64)
    best_scores = np.empty(n)
    found = 0
    for p in range(n):
        record = records[p]
        score = scores[p] * (weak_factor if weak[record] else 1.0)
        entity = record_entity[record]
        slot = slots[entity]
        if slot == 0:
            entities[found] = entity
            best[found] = p
            best_scores[found] = score
            found += 1
            slots[entity] = found
        elif score > best_scores[slot - 1]:  # strictly: the first of equal pairs stays
            best[slot - 1] = p
            best_scores[slot - 1] = score
    kept = 0
    for k in range(found):
        slots[entities[k]] = 0
        if best_scores[k] > floor:
            entities[kept] = entities[k]
            best[kept] = best[k]
            best_scores[kept] = best_scores[k]
            kept += 1
    return entities[:kept].copy(), best[:kept].copy(), best_scores[:kept].copy()


def best_pairs(
    scores: np.ndarray,
    records: np.ndarray,
    weak: np.ndarray,
    weak_factor: float,
    record_entity: np.ndarray,
    entities: int,
    floor: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per entity above `floor`: the entity, the index of its best pair, and that score.

    `records` holds each pair's record; `entities` is the number of entities in the index.
    """
    slots = zeroed("per_entity.slots", entities, np.int32)
    found: tuple[np.ndarray, np.ndarray, np.ndarray] = compiled(_best_pairs)(
        scores, records, weak, weak_factor, record_entity, floor, slots
    )
    return found
