"""The default backend: a fork-based process pool on this machine, all cores by default.

Workers inherit the parent's `Matcher` through fork, so the index is built or unpickled once
and shared copy-on-write instead of loaded per worker (`share_heap` keeps what the workers
copy of it small). A chunk (the checkpoint unit) is sent as tasks of at most `TASK_ROWS` rows,
so the last chunk of a run does not leave one core scoring alone while the others idle; a few
tasks per worker are in flight, so a slow pool never lets the reader pull the whole file into
memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from multiprocessing.pool import AsyncResult, Pool

import pyarrow as pa

from tradeguard import heap
from tradeguard.batchscreen.backend import Chunk, Scored
from tradeguard.batchscreen.score import Counts, InputRow, screen_rows
from tradeguard.matching.matcher import Matcher

# About half a second of one core's scoring with every list loaded: small enough that the run's
# tail is short, large enough that the pool's per-task cost (pickling, a pipe write) is noise.
TASK_ROWS = 500
IN_FLIGHT_PER_WORKER = 4

# One name per script the name pipeline handles differently. Screened once in the parent before
# the fork, so the compiled kernel, the ICU transliterators, the calibration table and the
# modules pyarrow imports lazily (pandas, on the first table built) are loaded once and shared,
# instead of each worker spending one to two seconds on them.
WARM_UP = (
    ("Maria Garcia", "Person"),
    ("Acme Trading GmbH", "Company"),
    ("Иван Петров", "Person"),
    ("ООО Ромашка", "Company"),
    ("محمد علي", "Person"),
    ("王伟", "Person"),
    ("김민준", "Person"),
    ("山田太郎", "Person"),
    ("Γιάννης Παπαδόπουλος", "Person"),
)

# Set in the parent just before the pool forks; each worker reads its inherited copy.
_MATCHER: Matcher | None = None
_OPTIONS: tuple[int, float | None] = (5, None)

# (chunk number, rows, whether this is the chunk's last task)
_Task = tuple[int, list[InputRow], bool]


def _score_task(task: _Task) -> tuple[pa.Table, Counts]:
    assert _MATCHER is not None, "the pool must be forked after LocalBackend set the matcher"
    return screen_rows(_MATCHER, task[1], *_OPTIONS)


def _score_chunk(chunk: Chunk) -> Scored:
    number, rows = chunk
    table, counts = _score_task((number, rows, True))
    return number, table, counts


def warm_up(matcher: Matcher) -> None:
    rows = [(n, "", name, schema, "", "") for n, (name, schema) in enumerate(WARM_UP)]
    screen_rows(matcher, rows, 1, None)


def share_heap(matcher: Matcher) -> list[object]:
    """Ready this process's heap to be shared copy-on-write by forked workers, so that each
    copies as little of the index as it can; returns objects to keep alive until they end.

    The workers' peak memory (issue 7: 2 GB for a million rows) is mostly the index pages they
    copy, not their own objects. Three writes copied them: their new objects placed in the
    free blocks between the index's objects, the reference counts of the strings the kernel
    gathers, and the collector's passes. Measured in one worker after 20,000 rows with every
    list loaded, 227 MB of private memory became 149. A fourth was the memos of per-word
    results, when the index was built in this process (`heap.clear_word_memos`)."""
    heap.clear_word_memos()
    held = heap.fill_free_blocks()
    matcher.index.table.copy_strings_together()
    held += heap.fill_free_blocks()  # those the strings' old copies left
    # Out of the collector's generations: its passes in the workers skip the shared objects.
    gc.freeze()
    return held


class LocalBackend:
    def __init__(
        self,
        matcher: Matcher,
        top: int,
        threshold: float | None,
        workers: int | None = None,
        task_rows: int = TASK_ROWS,
    ) -> None:
        self.matcher = matcher
        self.top = top
        self.threshold = threshold
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.task_rows = max(1, task_rows)

    def score(self, chunks: Iterator[Chunk]) -> Iterator[Scored]:
        global _MATCHER, _OPTIONS
        _MATCHER, _OPTIONS = self.matcher, (self.top, self.threshold)
        if self.workers == 1:
            yield from map(_score_chunk, chunks)
            return
        warm_up(self.matcher)
        held = share_heap(self.matcher)
        try:
            with multiprocessing.get_context("fork").Pool(self.workers) as pool:
                tasks = _tasks(chunks, self.task_rows)
                done = _bounded(pool, tasks, self.workers * IN_FLIGHT_PER_WORKER)
                yield from _gather(done)
        finally:
            gc.unfreeze()
            del held


def _tasks(chunks: Iterator[Chunk], size: int) -> Iterator[_Task]:
    for number, rows in chunks:
        # An empty chunk (every row a repeat, see memo.py) still needs its one result.
        starts = range(0, len(rows), size) if rows else range(1)
        for start in starts:
            yield number, rows[start : start + size], start + size >= len(rows)


def _bounded(
    pool: Pool, tasks: Iterator[_Task], limit: int
) -> Iterator[tuple[_Task, pa.Table, Counts]]:
    """Results in submission order, with at most `limit` tasks queued or running."""
    pending: deque[tuple[_Task, AsyncResult[tuple[pa.Table, Counts]]]] = deque()
    for task in tasks:
        pending.append((task, pool.apply_async(_score_task, (task,))))
        if len(pending) >= limit:
            sent, result = pending.popleft()
            yield sent, *result.get()
    while pending:
        sent, result = pending.popleft()
        yield sent, *result.get()


def _gather(done: Iterator[tuple[_Task, pa.Table, Counts]]) -> Iterator[Scored]:
    """Each chunk's task results, in order, joined back into one scored chunk."""
    tables: list[pa.Table] = []
    counts = Counts()
    for (number, _, last), table, task_counts in done:
        tables.append(table)
        counts.add(task_counts)
        if last:
            joined = pa.concat_tables(tables) if len(tables) > 1 else tables[0]
            yield number, joined, counts
            tables, counts = [], Counts()
