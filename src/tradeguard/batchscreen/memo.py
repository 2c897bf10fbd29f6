"""Screen each distinct query once per run; a repeated row copies the first one's outcome.

Customer files repeat parties (the same company on many accounts, the same listed name in many
payments), and a row's hits depend only on the query fields it hands `make_query`: the stripped
name and schema, the birth date and the country. So the parent keeps the outcome (hits, or the
reject message) of every distinct query it has sent, sends a backend only rows whose query is
new, and fills the repeats in itself. The output is what screening every row would give: the
same hits and scores, ranks and reject messages, with each row's own number, id and name.

Chunks are finished in the order they were read, whatever order the backend returns them in,
so a repeat's first occurrence (in an earlier or the same chunk) is always known by then.
Memory is bounded: keys are 16-byte digests, and after `capacity` distinct queries new ones
are no longer remembered (they are simply screened each time they occur).
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyarrow as pa

from tradeguard.batchscreen.backend import Backend, Chunk, Scored
from tradeguard.batchscreen.columns import OUTPUT_SCHEMA
from tradeguard.batchscreen.score import Counts, InputRow, reason_kind

# About 130 bytes a key (digest plus dict slot): a million distinct queries hold ~130 MB.
DEFAULT_CAPACITY = 1_000_000

# One hit as the output columns after `query_name`: rank, score, list, entry_id, schema,
# matched_name, caption, alert.
Hit = tuple[object, ...]
# A row's outcome: its reject message, or its hits in rank order (often none).
Outcome = str | tuple[Hit, ...]

_HIT_COLUMNS = OUTPUT_SCHEMA.names[3:-1]
_NO_HITS: tuple[Hit, ...] = ()


def query_key(row: InputRow) -> bytes:
    """The fields `screen_rows` builds the query from, exactly as it sees them, digested.

    repr() of the tuple is an unambiguous encoding of four strings; BLAKE2b-128 makes a
    collision between two different queries vanishingly unlikely (about 1e-27 for a million)."""
    _, _, name, schema, birth_date, country = row
    text = repr((name.strip(), schema.strip(), birth_date, country))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass(slots=True)
class _Plan:
    """What was sent for one chunk and which of its rows repeat an earlier query."""

    number: int
    sent: dict[int, bytes] = field(default_factory=dict)  # row number -> key to remember
    repeats: list[tuple[InputRow, bytes]] = field(default_factory=list)


@dataclass(slots=True)
class MemoStats:
    rows: int = 0
    repeats: int = 0

    @property
    def repeat_rate(self) -> float:
        return self.repeats / self.rows if self.rows else 0.0


class Memo:
    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self.stats = MemoStats()
        # None while the query's first occurrence is still being screened.
        self._outcomes: dict[bytes, Outcome | None] = {}

    def score(self, backend: Backend, chunks: Iterator[Chunk]) -> Iterator[Scored]:
        """`backend.score`, with each distinct query sent once; chunks come back in order."""
        plans: deque[_Plan] = deque()

        def unique(source: Iterator[Chunk]) -> Iterator[Chunk]:
            for number, rows in source:
                plan, send = self._plan(number, rows)
                plans.append(plan)
                yield number, send

        returned: dict[int, Scored] = {}
        for scored in backend.score(unique(chunks)):
            returned[scored[0]] = scored
            while plans and plans[0].number in returned:
                plan = plans.popleft()
                yield self._finish(plan, returned.pop(plan.number))

    def _plan(self, number: int, rows: list[InputRow]) -> tuple[_Plan, list[InputRow]]:
        plan = _Plan(number)
        send: list[InputRow] = []
        for row in rows:
            key = query_key(row)
            if key in self._outcomes:
                plan.repeats.append((row, key))
                continue
            send.append(row)
            if len(self._outcomes) < self.capacity:
                self._outcomes[key] = None
                plan.sent[row[0]] = key
        self.stats.rows += len(rows)
        self.stats.repeats += len(plan.repeats)
        return plan, send

    def _remember(self, plan: _Plan, table: pa.Table) -> None:
        found: dict[int, Outcome] = {}
        columns = table.select(["row", *_HIT_COLUMNS, "error"]).to_pydict()
        rows, errors = columns["row"], columns["error"]
        hits = list(zip(*(columns[c] for c in _HIT_COLUMNS), strict=True))
        for row, hit, error in zip(rows, hits, errors, strict=True):
            if row not in plan.sent:
                continue
            if error is not None:
                found[row] = error
            else:
                previous = found.get(row, _NO_HITS)
                assert isinstance(previous, tuple)
                found[row] = (*previous, hit)
        for row, key in plan.sent.items():
            self._outcomes[key] = found.get(row, _NO_HITS)

    def _finish(self, plan: _Plan, scored: Scored) -> Scored:
        number, table, sent_counts = scored
        self._remember(plan, table)
        if not plan.repeats:
            return number, table, sent_counts
        counts = Counts()
        counts.add(sent_counts)
        copied: dict[str, list[object]] = {name: [] for name in OUTPUT_SCHEMA.names}
        for row, key in plan.repeats:
            outcome = self._outcomes[key]
            assert outcome is not None, "a repeat is finished after its first occurrence"
            counts.rows += 1
            if isinstance(outcome, str):
                kind = reason_kind(outcome)
                counts.rejected[kind] = counts.rejected.get(kind, 0) + 1
                _append(copied, row, (None,) * len(_HIT_COLUMNS), outcome)
                continue
            for hit in outcome:
                counts.hits += 1
                counts.alerts += int(bool(hit[-1]))
                _append(copied, row, hit, None)
        if not copied["row"]:
            return number, table, counts
        extra = pa.Table.from_pydict(copied, schema=OUTPUT_SCHEMA)
        merged = pa.concat_tables([table.cast(OUTPUT_SCHEMA), extra])
        return number, merged.sort_by([("row", "ascending"), ("rank", "ascending")]), counts


def _append(columns: dict[str, list[object]], row: InputRow, hit: Hit, error: str | None) -> None:
    for name, value in zip(OUTPUT_SCHEMA.names, (row[0], row[1], row[2], *hit, error), strict=True):
        columns[name].append(value)
