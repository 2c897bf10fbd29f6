"""The default backend: a fork-based process pool on this machine, all cores by default.

Workers inherit the parent's `Matcher` through fork, so the index is built or unpickled once
and shared copy-on-write instead of loaded per worker. At most two chunks per worker are in
flight, so a slow pool never lets the reader pull the whole file into memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from multiprocessing.pool import AsyncResult, Pool

from tradeguard.batchscreen.backend import Chunk, Scored
from tradeguard.batchscreen.score import screen_rows
from tradeguard.matching.matcher import Matcher

IN_FLIGHT_PER_WORKER = 2

# Set in the parent just before the pool forks; each worker reads its inherited copy.
_MATCHER: Matcher | None = None
_OPTIONS: tuple[int, float | None] = (5, None)


def _score_chunk(chunk: Chunk) -> Scored:
    assert _MATCHER is not None, "the pool must be forked after LocalBackend set the matcher"
    number, rows = chunk
    table, counts = screen_rows(_MATCHER, rows, *_OPTIONS)
    return number, table, counts


class LocalBackend:
    def __init__(
        self, matcher: Matcher, top: int, threshold: float | None, workers: int | None = None
    ) -> None:
        self.matcher = matcher
        self.top = top
        self.threshold = threshold
        self.workers = max(1, workers or os.cpu_count() or 1)

    def score(self, chunks: Iterator[Chunk]) -> Iterator[Scored]:
        global _MATCHER, _OPTIONS
        _MATCHER, _OPTIONS = self.matcher, (self.top, self.threshold)
        if self.workers == 1:
            yield from map(_score_chunk, chunks)
            return
        # Objects that exist before the fork move out of the collector's generations, so its
        # passes in the workers do not write to (and so copy) the shared index pages.
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(self.workers) as pool:
                yield from _bounded(pool, chunks, self.workers * IN_FLIGHT_PER_WORKER)
        finally:
            gc.unfreeze()


def _bounded(pool: Pool, chunks: Iterator[Chunk], limit: int) -> Iterator[Scored]:
    pending: deque[AsyncResult[Scored]] = deque()
    for chunk in chunks:
        pending.append(pool.apply_async(_score_chunk, (chunk,)))
        if len(pending) >= limit:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()
