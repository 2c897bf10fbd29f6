"""Group commit on an event loop: one transaction per pass of the loop, answers after the
commit, and the loop keeps running while another writer holds SQLite's queue."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from tradeguard.store.database import open_database, write_transaction
from tradeguard.store.loopcommit import LoopCommit


@pytest.fixture()
def engine(tmp_path: Path) -> Engine:
    engine = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE items (n INTEGER NOT NULL)"))
    return engine


class _Writer:
    """Inserts each item, refuses negative ones; remembers its batches."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []

    def __call__(self, conn: Connection, items: Sequence[int]) -> list[int]:
        for n in items:
            if n < 0:
                raise ValueError("negative")
            conn.execute(text("INSERT INTO items (n) VALUES (:n)"), {"n": n})
        self.batches.append(list(items))
        return [n * 10 for n in items]


def _stored(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        return sorted(n for (n,) in conn.execute(text("SELECT n FROM items")))


def test_jobs_of_one_pass_share_a_transaction_and_get_their_own_results(engine: Engine) -> None:
    write = _Writer()
    group: LoopCommit[int, int] = LoopCommit(engine, write)

    async def main() -> list[int]:
        return list(await asyncio.gather(*(group.submit(n) for n in range(1, 9))))

    assert asyncio.run(main()) == [n * 10 for n in range(1, 9)]
    assert write.batches == [list(range(1, 9))] and group.batches == 1
    assert _stored(engine) == list(range(1, 9))


def test_a_result_comes_only_after_its_commit(engine: Engine) -> None:
    group: LoopCommit[int, int] = LoopCommit(engine, _Writer())

    async def main() -> list[int]:
        await group.submit(5)
        return _stored(engine)  # another connection: sees only committed rows

    assert asyncio.run(main()) == [5]


def test_a_failing_job_fails_only_its_own_caller(engine: Engine) -> None:
    write = _Writer()
    group: LoopCommit[int, int] = LoopCommit(engine, write)

    async def main() -> list[int | BaseException]:
        jobs = (group.submit(n) for n in [1, 2, -3, 4])
        return list(await asyncio.gather(*jobs, return_exceptions=True))

    results = asyncio.run(main())
    assert results[:2] == [10, 20] and results[3] == 40
    assert isinstance(results[2], ValueError)
    assert _stored(engine) == [1, 2, 4]  # the failed batch was rolled back, then retried alone
    assert [-3] not in write.batches


def test_batches_are_capped(engine: Engine) -> None:
    write = _Writer()
    group: LoopCommit[int, int] = LoopCommit(engine, write, max_batch=3)

    async def main() -> None:
        await asyncio.gather(*(group.submit(n) for n in range(10)))

    asyncio.run(main())
    assert max(len(batch) for batch in write.batches) == 3
    assert _stored(engine) == list(range(10))


def test_the_loop_keeps_serving_while_another_writer_holds_the_queue(engine: Engine) -> None:
    group: LoopCommit[int, int] = LoopCommit(engine, _Writer())
    holding, release = threading.Event(), threading.Event()

    def other_writer() -> None:  # another thread's write transaction, as a sync route makes
        with write_transaction(engine) as conn:
            conn.execute(text("INSERT INTO items (n) VALUES (100)"))
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=other_writer)
    thread.start()
    assert holding.wait(10)

    async def main() -> tuple[int, int, float]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.005)

        ticking = asyncio.ensure_future(ticker())
        job = asyncio.ensure_future(group.submit(7))
        await asyncio.sleep(0.3)
        assert not job.done()  # waits for the queue...
        before = ticks
        threading.Timer(0.05, release.set).start()
        started = time.monotonic()
        result = await job
        ticking.cancel()
        return result, before, time.monotonic() - started

    result, ticks_while_waiting, waited = asyncio.run(main())
    thread.join(10)
    assert result == 70 and waited < 5
    assert ticks_while_waiting >= 20  # ...without blocking the loop meanwhile
    assert _stored(engine) == [7, 100]
