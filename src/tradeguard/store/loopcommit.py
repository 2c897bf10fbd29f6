"""Group commit on an event loop, for SQLite: the jobs queued during one pass of the loop share
one transaction and one fsync, written by the loop's own thread.

The thread group commit (`groupcommit.py`) hands each batch to a writer thread. Beside a busy
event loop that thread got the interpreter lock back only after a switch interval (5 ms) after
each statement it sent to SQLite, so a commit of about a millisecond of work held the writers'
lock, and with it every other server process, for 10-20 ms: that lock, busy nine tenths of the
time, was what capped the service. Written by the loop itself, a commit holds the lock for its
own work and fsync only. The loop never blocks on the lock: while another writer has it, the
batch is tried again after POLL_SECONDS and the loop goes on serving meanwhile.

A job's future completes only after the commit that holds it. When a batch fails, each of its
jobs is tried again in a transaction of its own, so one bad job fails only its own caller.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from tradeguard.store.database import write_transaction_if_free

In = TypeVar("In")
Out = TypeVar("Out")

# Jobs per transaction: bounds how long one batch holds the writers' lock (and the loop).
MAX_BATCH = 64
# Seconds between tries while another writer holds the lock. uvloop's timers count whole
# milliseconds, and a shorter wait would only spin the loop.
POLL_SECONDS = 0.001


@dataclass(slots=True)
class _Job(Generic[In, Out]):
    item: In
    done: asyncio.Future[Out]
    alone: bool = False  # its batch failed: it goes in a transaction of its own


class LoopCommit(Generic[In, Out]):
    """Runs `write(conn, items) -> results` (inside one SQLite write transaction, results in
    item order) on the batches that one event loop queues."""

    def __init__(
        self,
        engine: Engine,
        write: Callable[[Connection, Sequence[In]], list[Out]],
        max_batch: int = MAX_BATCH,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self._engine = weakref.ref(engine)  # kept per engine: must not keep it alive
        self._write = write
        self._max_batch = max_batch
        self._poll_seconds = poll_seconds
        self._pending: deque[_Job[In, Out]] = deque()
        self._scheduled = False
        self.batches = 0  # transactions committed so far (tests and benchmarks read it)

    async def submit(self, item: In) -> Out:
        """Write `item` with whatever else this loop queues meanwhile; its result once committed."""
        loop = asyncio.get_running_loop()
        job: _Job[In, Out] = _Job(item, loop.create_future())
        self._pending.append(job)
        if not self._scheduled:
            # call_soon: after the callbacks already due, so the requests of this pass of the
            # loop that are still matching get to queue their screenings into the same batch.
            self._scheduled = True
            loop.call_soon(self._flush, loop)
        return await job.done

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        self._scheduled = False
        batch = self._next_batch()
        if not batch:
            return
        engine = self._engine()
        assert engine is not None  # a caller holds the engine while it waits
        try:
            with write_transaction_if_free(engine) as conn:
                if conn is None:
                    self._scheduled = True
                    loop.call_later(self._poll_seconds, self._flush, loop)
                    return
                results = self._write(conn, [job.item for job in batch])
        except Exception as error:
            self._failed(batch, error)
        except BaseException as error:  # the loop stops; its callers must not wait for ever
            for job in batch:
                self._pending.remove(job)
                _fail(job, error)
            raise
        else:
            self.batches += 1
            for job, result in zip(batch, results, strict=True):
                self._pending.popleft()
                if not job.done.done():  # a caller that went away (cancelled) is not answered
                    job.done.set_result(result)
        if self._pending and not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush, loop)

    def _next_batch(self) -> list[_Job[In, Out]]:
        """The oldest jobs, up to MAX_BATCH of them; a job that broke a batch goes alone."""
        batch: list[_Job[In, Out]] = []
        for job in self._pending:
            if job.alone or len(batch) == self._max_batch:
                return batch or [job]
            batch.append(job)
        return batch

    def _failed(self, batch: list[_Job[In, Out]], error: Exception) -> None:
        if len(batch) == 1:
            self._pending.popleft()
            _fail(batch[0], error)
            return
        for job in batch:  # whose job broke the batch? Each again, on its own
            job.alone = True


def _fail(job: _Job[In, Out], error: BaseException) -> None:
    if not job.done.done():
        job.done.set_exception(error)
