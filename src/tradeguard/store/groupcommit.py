"""Group commit: concurrent writers of one process share one transaction and one fsync.

With SQLite at `synchronous=FULL`, every commit is an fsync made while holding the store's
writer lock, so commits, not CPU, capped screening at about 1 / (lock time) ~ 120 per second.
Here one writer thread per database takes every job queued so far, writes them in one
transaction and, after the commit, completes their futures; jobs that arrive meanwhile make the
next batch. A job can be announced before it is ready (`expect`: a screening still matching),
and a batch being gathered waits a few ms for announced jobs. The thread starts with the first
job and ends after a few idle seconds.

A job's future completes only after the commit that holds it, so "answered" still means
"durably stored". When a batch fails, each of its jobs is retried in a transaction of its own,
so one bad job fails only its own caller.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

# Jobs per transaction. Bounds the time one batch holds the writer lock (and so other
# processes' wait); a process rarely has this many screenings in flight anyway.
MAX_BATCH = 64
# Seconds the writer thread waits for work before it ends (a later job starts a new one).
IDLE_SECONDS = 5.0
# Longest the writer holds a batch open for jobs announced as coming (`expect`), in seconds.
# A transaction costs ~2.5 ms of CPU whatever its size, and a process's concurrent screenings
# finish matching a few ms apart: without waiting, most batches held one screening. With
# nothing announced the batch goes at once, so a lone request never waits.
LINGER_SECONDS = 0.005


class GroupCommit(Generic[In, Out]):
    """Runs `write(items) -> results` (one transaction, results in item order) on batches."""

    def __init__(
        self,
        write: Callable[[Sequence[In]], list[Out]],
        max_batch: int = MAX_BATCH,
        idle_seconds: float = IDLE_SECONDS,
        linger_seconds: float = LINGER_SECONDS,
    ) -> None:
        self._write = write
        self._max_batch = max_batch
        self._idle_seconds = idle_seconds
        self._linger_seconds = linger_seconds
        self._ready = threading.Condition()
        self._pending: deque[tuple[In, Future[Out]]] = deque()
        self._thread: threading.Thread | None = None
        self._expected = 0  # jobs announced (`expect`) and not yet submitted
        self.batches = 0  # transactions committed so far (tests and benchmarks read it)

    def submit(self, item: In) -> Out:
        """Write `item` (with whatever else is queued) and return its result once committed."""
        return self.future(item).result()

    @contextmanager
    def expect(self) -> Iterator[Expected[In, Out]]:
        """Announce a job that is still being prepared (a screening still matching): a batch
        being gathered waits for it, up to LINGER_SECONDS. Submit it through the yielded
        handle; leaving the block without submitting withdraws the announcement."""
        with self._ready:
            self._expected += 1
        handle = Expected(self)
        try:
            yield handle
        finally:
            if not handle.submitted:
                with self._ready:
                    self._expected -= 1
                    self._ready.notify()

    def future(self, item: In, announced: bool = False) -> Future[Out]:
        done: Future[Out] = Future()
        with self._ready:
            if announced:
                self._expected -= 1
            self._pending.append((item, done))
            if self._thread is None:
                self._start()
            else:
                self._ready.notify()
        return done

    def _start(self) -> None:  # with self._ready held
        self._thread = threading.Thread(
            target=self._serve, name="tradeguard-group-commit", daemon=True
        )
        self._thread.start()

    def _serve(self) -> None:
        while True:
            with self._ready:
                if not self._pending:
                    self._ready.wait(self._idle_seconds)
                if not self._pending:
                    self._thread = None
                    return
                deadline = time.monotonic() + self._linger_seconds
                while self._expected > 0 and len(self._pending) < self._max_batch:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._ready.wait(left)
                count = min(len(self._pending), self._max_batch)
                batch = [self._pending.popleft() for _ in range(count)]
            try:
                self._run(batch)
            except BaseException as error:  # not an Exception: the thread ends, but no caller
                for _, done in batch:  # may be left waiting for an answer that never comes
                    if not done.done():
                        done.set_exception(error)
                with self._ready:
                    self._thread = None
                    if self._pending:
                        self._start()
                raise

    def _run(self, batch: list[tuple[In, Future[Out]]]) -> None:
        try:
            results = self._write([item for item, _ in batch])
        except Exception as error:
            if len(batch) == 1:
                batch[0][1].set_exception(error)
                return
            for job in batch:  # whose job broke the batch? Each again, on its own
                self._run([job])
            return
        self.batches += 1
        for (_, done), result in zip(batch, results, strict=True):
            done.set_result(result)


class Expected(Generic[In, Out]):
    """A job announced to a group commit, to be submitted once prepared."""

    def __init__(self, group: GroupCommit[In, Out]) -> None:
        self.group = group
        self.submitted = False

    def submit(self, item: In) -> Out:
        if self.submitted:
            raise RuntimeError("an announced job is submitted once")
        self.submitted = True
        return self.group.future(item, announced=True).result()
