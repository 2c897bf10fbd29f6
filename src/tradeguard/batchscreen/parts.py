"""Numbered part files and a checkpoint manifest: the run's resumable state.

Each finished chunk is written to a temporary file and renamed into place, then the manifest
is rewritten the same way. A chunk is done only once the manifest says so; a part file left by
a run killed between those two steps is simply overwritten when the chunk is redone. So an
interrupted run, rerun, yields each input row exactly once.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tradeguard.atomic_files import replace_atomically
from tradeguard.batchscreen.score import Counts

MANIFEST = "manifest.json"


class ResumeMismatch(RuntimeError):
    """The parts folder belongs to a run with other input or options."""


def _write_json(path: str, state: dict[str, object]) -> None:
    Path(path).write_text(json.dumps(state, indent=1), encoding="utf-8")


class Parts:
    def __init__(self, folder: Path, fingerprint: dict[str, object], fresh: bool) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self.done: dict[int, Counts] = {}
        if fresh and folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True, exist_ok=True)
        manifest = folder / MANIFEST
        if manifest.exists():
            state = json.loads(manifest.read_text(encoding="utf-8"))
            if state["fingerprint"] != fingerprint:
                raise ResumeMismatch(
                    f"{folder} holds a run with other input, lists or options; "
                    "rerun with --fresh to start over"
                )
            self.done = {int(k): Counts(**v) for k, v in state["chunks"].items()}

    def path(self, chunk: int) -> Path:
        return self.folder / f"part-{chunk:06d}.parquet"

    def commit(self, chunk: int, table: pa.Table, counts: Counts) -> None:
        replace_atomically(self.path(chunk), lambda tmp: pq.write_table(table, tmp))
        self.done[chunk] = counts
        state = {
            "fingerprint": self.fingerprint,
            "chunks": {str(k): asdict(v) for k, v in sorted(self.done.items())},
        }
        replace_atomically(self.folder / MANIFEST, lambda tmp: _write_json(tmp, state))

    def total(self) -> Counts:
        total = Counts()
        for counts in self.done.values():
            total.add(counts)
        return total

    def files(self) -> list[Path]:
        return [self.path(k) for k in sorted(self.done)]
