"""The one small interface every batch backend fills: scored chunks out for chunks in.

Reading, checkpointing and writing stay in `run.py`, written once; a backend only decides
where `score.screen_rows` runs. Chunks may come back in any order; each carries its number.
A chunk may have no rows (each of its rows repeated an earlier query, see memo.py) and still
needs its (empty) result.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import pyarrow as pa

from tradeguard.batchscreen.score import Counts, InputRow

Chunk = tuple[int, list[InputRow]]
Scored = tuple[int, pa.Table, Counts]


class Backend(Protocol):
    def score(self, chunks: Iterator[Chunk]) -> Iterator[Scored]: ...
