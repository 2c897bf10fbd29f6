"""The local backend readies its heap for the forked workers, and gives it back after."""

from __future__ import annotations

import gc

from tradeguard.batchscreen.local import LocalBackend, share_heap
from tradeguard.engine import Engine
from tradeguard.matching.query import make_query
from tradeguard.names.phonetic import phonetic_key

ROWS = [
    (0, "a", "Kim Jong Un", "Person", "", ""),
    (1, "b", "Ким Чен Ын", "Person", "", ""),
    (2, "c", "Aurus LLC", "Company", "", ""),
]


def test_workers_answer_as_before_the_heap_was_readied(engine: Engine) -> None:
    matcher = engine.matcher()
    expected = [
        [(m.entity.entry_id, m.score) for m in matcher.match(make_query(name, schema), top=3)]
        for _, _, name, schema, _, _ in ROWS
    ]
    joined = matcher.index.table.joined
    backend = LocalBackend(matcher, 3, None, workers=2)
    ((number, table, counts),) = list(backend.score(iter([(0, list(ROWS))])))
    assert number == 0 and counts.rows == len(ROWS)
    # The strings the kernel gathers were copied together before the fork.
    assert matcher.index.table.joined is not joined
    assert gc.get_freeze_count() == 0  # unfrozen once the pool is done
    hits = table.to_pylist()
    for row, want in zip(ROWS, expected, strict=True):
        got = [(h["entry_id"], h["score"]) for h in hits if h["row"] == row[0]]
        assert got == want, row[2]
    assert any(expected)


def test_sharing_the_heap_freezes_what_is_alive(engine: Engine) -> None:
    phonetic_key("kim")
    held = share_heap(engine.matcher())
    try:
        assert gc.get_freeze_count() > 0
        # The memos of per-word results were emptied, for the workers to fill their own.
        assert phonetic_key.cache_info().currsize == 0
    finally:
        gc.unfreeze()
        del held
