"""Screen a Spark DataFrame of parties against the loaded lists: `screen(df, lists)`.

    from tradeguard.spark import screen
    hits = screen(spark.read.parquet("s3://bucket/customers/"), "/srv/tradeguard",
                  mapping={"name": "customer_name", "birth_date": "dob"})

The index is pickled once on the driver and broadcast; every executor's Python worker unpickles
it once and scores Arrow batches with the library's `Matcher` (mapInArrow), so Spark gives the
same hits and scores as `tradeguard match` and the local batch backend.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pyarrow as pa

try:
    from pyspark import Broadcast
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import functions as F
except ImportError as error:  # pragma: no cover - exercised only without pyspark
    raise ImportError(
        "tradeguard.spark needs pyspark; install it with: pip install 'tradeguard[spark]'"
    ) from error

from tradeguard.batchscreen.columns import FIELDS, OUTPUT_SCHEMA, parse_map, present
from tradeguard.batchscreen.score import InputRow, screen_rows
from tradeguard.engine import Engine
from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Matcher

_SPARK_TYPES = {pa.int64(): "bigint", pa.int32(): "int", pa.float64(): "double"}
_SPARK_TYPES |= {pa.string(): "string", pa.bool_(): "boolean"}
OUTPUT_DDL = ", ".join(f"`{f.name}` {_SPARK_TYPES[f.type]}" for f in OUTPUT_SCHEMA)

# Per Python worker process: the unpickled index of each broadcast it has seen. Spark reuses
# workers across tasks, so a worker pays the unpickle once, not once per partition.
_MATCHERS: dict[str, Matcher] = {}

Lists = Engine | NameIndex | str | Path


class IndexPayload:
    """The pickled index as a Spark broadcast, with a key naming its content."""

    def __init__(self, df_or_context: DataFrame, index: NameIndex) -> None:
        data = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
        self.key = hashlib.sha256(data).hexdigest()[:16]
        context = df_or_context.sparkSession.sparkContext
        self.broadcast: Broadcast[bytes] = context.broadcast(data)


def resolve_index(lists: Lists) -> NameIndex:
    if isinstance(lists, NameIndex):
        return lists
    engine = lists if isinstance(lists, Engine) else Engine.open(lists)
    return engine.index()


def screen(
    df: DataFrame,
    lists: Lists,
    mapping: Mapping[str, str] | None = None,
    top: int = 5,
    threshold: float | None = None,
) -> DataFrame:
    """Hits and rejects for every row of `df`, in the batch output layout.

    `lists` is a tradeguard home folder, an `Engine` or a `NameIndex`. `mapping` maps the query
    fields (id, name, schema, birth_date, country) to columns of `df`. Rejected rows have
    `error` set and no rank. A `row` column in `df` numbers the rows; without one, rows get
    unique but not consecutive numbers.
    """
    payload = IndexPayload(df, resolve_index(lists))
    return screen_with(df, payload, mapping, top, threshold)


def screen_with(
    df: DataFrame,
    payload: IndexPayload,
    mapping: Mapping[str, str] | None,
    top: int,
    threshold: float | None,
) -> DataFrame:
    chosen = present(mapping or parse_map(None), df.columns)
    row: Column = F.col("row") if "row" in df.columns else F.monotonically_increasing_id() + 1
    selected = [row.cast("bigint").alias("row")] + [
        (F.col(chosen[f]) if f in chosen else F.lit(None)).cast("string").alias(f) for f in FIELDS
    ]
    scorer = _scorer(payload.broadcast, payload.key, top, threshold)
    return df.select(*selected).mapInArrow(scorer, OUTPUT_DDL)


def _matcher(broadcast: Broadcast[bytes], key: str) -> Matcher:
    """This worker's matcher for the broadcast index, unpickled on its first task only.

    A module-level function, so cloudpickle ships it by reference and it reads the worker's
    own `_MATCHERS`. The closure below is shipped by value, with a copy of every global it
    names; had it used `_MATCHERS` itself, each task would get an empty copy and unpickle the
    index again (measured: 8-20 s per task in local mode)."""
    if key not in _MATCHERS:
        _MATCHERS[key] = Matcher(pickle.loads(broadcast.value))
    return _MATCHERS[key]


def _scorer(
    broadcast: Broadcast[bytes], key: str, top: int, threshold: float | None
) -> Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]:
    def score(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        matcher = _matcher(broadcast, key)
        for batch in batches:
            table, _ = screen_rows(matcher, _rows(batch), top, threshold)
            yield from table.to_batches()

    return score


def _rows(batch: pa.RecordBatch) -> list[InputRow]:
    rows, *fields = (batch.column(i).to_pylist() for i in range(batch.num_columns))
    return [
        (int(r), i or str(r), n or "", s or "", b or "", c or "")
        for r, i, n, s, b, c in zip(rows, *fields, strict=True)
    ]
