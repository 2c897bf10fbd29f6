"""Score a batch of input rows with the library's `Matcher`: the only scoring code in batch mode.

The local pool and the Spark executors both call `screen_rows`, so a row gets the same hits and
scores whichever backend ran it, and the same as `Matcher.match` on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyarrow as pa

from tradeguard.batchscreen.columns import OUTPUT_SCHEMA
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import QueryError, make_query

# (row number, id, name, schema, birth_date, country), each text field "" when absent.
InputRow = tuple[int, str, str, str, str, str]


@dataclass(slots=True)
class Counts:
    rows: int = 0
    hits: int = 0
    alerts: int = 0
    rejected: dict[str, int] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        self.rows += other.rows
        self.hits += other.hits
        self.alerts += other.alerts
        for reason, n in other.rejected.items():
            self.rejected[reason] = self.rejected.get(reason, 0) + n


def reason_kind(message: str) -> str:
    # QueryError messages start with the field ("birth_date: ..."), which groups the summary.
    return message.partition(":")[0] or "invalid"


def screen_rows(
    matcher: Matcher, rows: Iterable[InputRow], top: int, threshold: float | None
) -> tuple[pa.Table, Counts]:
    columns: dict[str, list[object]] = {f.name: [] for f in OUTPUT_SCHEMA}
    counts = Counts()

    def emit(row: InputRow, error: str | None = None, **hit: object) -> None:
        values = {"row": row[0], "query_id": row[1], "query_name": row[2], "error": error, **hit}
        for name, column in columns.items():
            column.append(values.get(name))

    for row in rows:
        counts.rows += 1
        _, _, name, schema, birth_date, country = row
        try:
            query = make_query(name.strip(), schema.strip() or None, birth_date, country)
        except QueryError as error:
            kind = reason_kind(str(error))
            counts.rejected[kind] = counts.rejected.get(kind, 0) + 1
            emit(row, error=str(error))
            continue
        for rank, hit in enumerate(matcher.match(query, top=top, threshold=threshold), start=1):
            counts.hits += 1
            counts.alerts += int(hit.alert)
            emit(
                row,
                rank=rank,
                score=hit.score,
                list=hit.entity.list_id,
                entry_id=hit.entity.entry_id,
                schema=hit.entity.schema,
                matched_name=hit.matched_name,
                caption=hit.entity.caption,
                alert=hit.alert,
            )
    return pa.Table.from_pydict(columns, schema=OUTPUT_SCHEMA), counts
