"""Group commit: concurrent jobs share a write, each caller gets its own result or error."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest

from tradeguard.store.groupcommit import GroupCommit


class _Recorder:
    """A stand-in for a transaction: remembers each batch, slow enough for others to queue."""

    def __init__(self, seconds: float = 0.02) -> None:
        self.seconds = seconds
        self.batches: list[list[int]] = []

    def __call__(self, items: Sequence[int]) -> list[int]:
        if any(i < 0 for i in items):
            raise ValueError("negative")
        time.sleep(self.seconds)
        self.batches.append(list(items))
        return [i * 10 for i in items]


def _submit_all(group: GroupCommit[int, int], items: list[int]) -> dict[int, object]:
    results: dict[int, object] = {}

    def run(i: int) -> None:
        try:
            results[i] = group.submit(i)
        except ValueError as error:
            results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


def test_concurrent_jobs_share_batches_and_get_their_own_results() -> None:
    write = _Recorder()
    group = GroupCommit(write)
    results = _submit_all(group, list(range(1, 21)))
    assert results == {i: i * 10 for i in range(1, 21)}
    assert sorted(i for batch in write.batches for i in batch) == list(range(1, 21))
    assert len(write.batches) < 20 and group.batches == len(write.batches)


def test_a_failing_job_fails_only_its_own_caller() -> None:
    write = _Recorder()
    group = GroupCommit(write)
    results = _submit_all(group, [1, 2, -3, 4, 5, 6])
    assert isinstance(results.pop(-3), ValueError)
    assert results == {1: 10, 2: 20, 4: 40, 5: 50, 6: 60}
    assert all(-3 not in batch for batch in write.batches)


def test_a_lone_job_is_written_at_once_and_the_writer_ends_when_idle() -> None:
    group = GroupCommit(_Recorder(0), idle_seconds=0.05)
    started = time.monotonic()
    assert group.submit(7) == 70
    assert time.monotonic() - started < 1
    deadline = time.monotonic() + 10  # a loaded machine may wake the writer late
    while time.monotonic() < deadline and _writer_alive(group):
        time.sleep(0.05)
    assert not _writer_alive(group)
    assert group.submit(8) == 80  # a new writer starts for the next job


def test_batches_are_capped() -> None:
    write = _Recorder()
    group = GroupCommit(write, max_batch=3)
    _submit_all(group, list(range(1, 13)))
    assert max(len(batch) for batch in write.batches) <= 3


class _Fatal(BaseException):
    pass


# The writer thread ends with the error it re-raises, which pytest reports as a warning.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_that_is_not_an_exception_still_answers_its_callers() -> None:
    writers: list[threading.Thread] = []

    def write(items: Sequence[int]) -> list[int]:
        writers.append(threading.current_thread())
        if len(writers) == 1:
            raise _Fatal
        return [i * 10 for i in items]

    group: GroupCommit[int, int] = GroupCommit(write)
    with pytest.raises(_Fatal):
        group.submit(1)
    writers[0].join(10)  # it ends with the error (reported while this test still runs)
    assert group.submit(2) == 20  # and a new writer serves the next job


def _ours(group: GroupCommit[int, int]) -> list[threading.Thread]:
    thread = group._thread  # noqa: SLF001 - whether the writer ended is the point here
    return [thread] if thread is not None else []


def _writer_alive(group: GroupCommit[int, int]) -> bool:
    return any(t.name == "tradeguard-group-commit" and t.is_alive() for t in _ours(group))


def test_a_batch_waits_for_announced_jobs_and_only_for_them() -> None:
    write = _Recorder(0)
    group: GroupCommit[int, int] = GroupCommit(write, linger_seconds=5.0)
    got: list[int] = []
    with group.expect() as first, group.expect() as second:
        # The first job is submitted while the second is still being prepared: the batch
        # waits for it (well within the linger) instead of going alone.
        thread = threading.Thread(target=lambda: got.append(first.submit(1)))
        thread.start()
        time.sleep(0.1)
        assert write.batches == []
        got.append(second.submit(2))
        thread.join(10)
    assert sorted(got) == [10, 20] and write.batches == [[1, 2]]
    started = time.monotonic()
    with group.expect():
        pass  # withdrawn: nothing is awaited any more
    assert group.submit(3) == 30 and time.monotonic() - started < 2.5


def test_an_announced_job_is_submitted_once() -> None:
    group: GroupCommit[int, int] = GroupCommit(_Recorder(0))
    with group.expect() as job:
        assert job.submit(1) == 10
        with pytest.raises(RuntimeError):
            job.submit(2)
