"""A Spark Python worker unpickles the broadcast index once, not once per task.

Spark ships the scoring closure to every task with cloudpickle, by value; this test does the
same, twice, in this process, and checks that the second task finds the first task's matcher
instead of unpickling the index again (which cost 8-20 s per task in local mode)."""

from __future__ import annotations

import pyarrow as pa
import pytest

from batchscreen.queries import QUERY_ROWS
from tradeguard.engine import Engine

pytest.importorskip("pyspark")


class _Loaded:
    """Stands in for the Spark broadcast of an index this worker has already unpickled."""

    @property
    def value(self) -> bytes:
        raise AssertionError("the index was unpickled although this worker already had it")


def test_every_task_reuses_the_workers_matcher(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyspark import cloudpickle

    import tradeguard.spark as spark

    key = "test-index"
    # The driver pickles the closure before any worker has a matcher...
    monkeypatch.delitem(spark._MATCHERS, key, raising=False)
    payload = cloudpickle.dumps(spark._scorer(_Loaded(), key, 3, 0.0))  # type: ignore[arg-type]
    # ...and this worker's first task has since unpickled the index.
    monkeypatch.setitem(spark._MATCHERS, key, engine.matcher())
    batch = pa.RecordBatch.from_pylist(
        [
            {
                "row": n,
                "id": r[0],
                "name": r[1],
                "schema": r[2],
                "birth_date": r[3],
                "country": r[4],
            }
            for n, r in enumerate(QUERY_ROWS[:6], start=1)
        ]
    )
    for _task in range(2):
        shipped = cloudpickle.loads(payload)
        out = pa.Table.from_batches(list(shipped(iter([batch]))))
        assert out.num_rows > 0
