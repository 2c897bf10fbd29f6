"""`--engine spark`: the run's chunks are scored on a Spark cluster (or `local[N]`).

The driver still reads the input and writes the checkpointed parts, so resume, rejects and
progress work exactly as on the local backend; Spark spreads each chunk's scoring, which is
where the time goes, over its executors. Data that already lives in the cluster is better
screened with `tradeguard.spark.screen` in a spark-submit job (docs/batch.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pyarrow as pa
from pyspark.sql import SparkSession

from tradeguard.batchscreen.backend import Chunk, Scored
from tradeguard.batchscreen.columns import OUTPUT_SCHEMA
from tradeguard.batchscreen.score import Counts, reason_kind
from tradeguard.matching.index import NameIndex
from tradeguard.spark import IndexPayload, screen_with

_INPUT_SCHEMA = pa.schema(
    [("row", pa.int64())]
    + [(f, pa.string()) for f in ("id", "name", "schema", "birth_date")]
    + [("country", pa.string())]
)


class SparkBackend:
    def __init__(self, index: NameIndex, top: int, threshold: float | None, master: str) -> None:
        self.index = index
        self.top = top
        self.threshold = threshold
        self.master = master

    def _session(self) -> SparkSession:
        if self.master.startswith("local"):
            # Local workers must import tradeguard, so they run this interpreter, not `python3`;
            # the JVM started below inherits the variable and passes it to its workers.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = SparkSession.builder.master(self.master).appName("tradeguard-batch")
        builder = builder.config("spark.ui.enabled", "false")
        # Spark's own console bar would garble the rich progress bar on the same terminal.
        session = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
        session.sparkContext.setLogLevel("WARN")
        return session

    def score(self, chunks: Iterator[Chunk]) -> Iterator[Scored]:
        session = self._session()
        payload: IndexPayload | None = None
        parallelism = session.sparkContext.defaultParallelism
        for number, rows in chunks:
            if not rows:
                # Every row repeated an earlier query (memo.py): nothing for Spark to do.
                yield number, OUTPUT_SCHEMA.empty_table(), Counts()
                continue
            columns = zip(*rows, strict=True)
            arrays = [pa.array(c, f.type) for c, f in zip(columns, _INPUT_SCHEMA, strict=True)]
            table = pa.Table.from_arrays(arrays, schema=_INPUT_SCHEMA)
            df = session.createDataFrame(table).repartition(parallelism)
            payload = payload or IndexPayload(df, self.index)
            scored = screen_with(df, payload, None, self.top, self.threshold).toArrow()
            scored = scored.sort_by([("row", "ascending"), ("rank", "ascending")])
            yield number, scored, _counts(scored, len(rows))


def _counts(table: pa.Table, rows: int) -> Counts:
    # Recounted on the driver from the output itself: Spark has no cheap side channel for
    # the per-partition counts, and the output carries everything they would say.
    counts = Counts(rows=rows)
    for error, alert in zip(
        table.column("error").to_pylist(), table.column("alert").to_pylist(), strict=True
    ):
        if error is not None:
            kind = reason_kind(error)
            counts.rejected[kind] = counts.rejected.get(kind, 0) + 1
        else:
            counts.hits += 1
            counts.alerts += int(bool(alert))
    return counts
