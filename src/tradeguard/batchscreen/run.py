"""`screen_file`: stream an input file through a backend into a resumable set of parts, then
assemble the output. The library call behind `tradeguard batch screen`."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tradeguard.batchscreen.assemble import assemble, output_format
from tradeguard.batchscreen.backend import Backend, Chunk
from tradeguard.batchscreen.memo import DEFAULT_CAPACITY, Memo
from tradeguard.batchscreen.parts import Parts
from tradeguard.batchscreen.score import Counts
from tradeguard.batchscreen.source import Source, guess_format

# Large enough that per-chunk overhead (a part file, a manifest rewrite, a Spark job) is
# noise; small enough that an interruption loses at most a few minutes of one core's work.
DEFAULT_CHUNK_SIZE = 5000

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Job:
    input: Path
    output: Path
    mapping: dict[str, str]
    input_format: str | None = None
    output_format: str | None = None
    rejects: Path | None = None
    top: int = 5
    threshold: float | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    fresh: bool = False
    # Distinct queries remembered so repeated rows are not screened again; 0 screens every
    # row. Not in the checkpoint fingerprint: it changes the work done, never the output.
    memo_capacity: int = DEFAULT_CAPACITY

    @property
    def parts_folder(self) -> Path:
        return self.output.with_name(self.output.name + ".parts")

    @property
    def rejects_path(self) -> Path:
        return self.rejects or self.output.with_name(self.output.name + ".rejects.csv")


@dataclass(slots=True)
class Summary:
    counts: Counts
    output: Path
    rejects: Path
    resumed_rows: int = 0
    seconds: float = 0.0
    # Rows of this run whose query repeated an earlier row's, so were not screened again.
    repeated_rows: int = 0


def _fingerprint(job: Job, fmt: str, lists_key: str) -> dict[str, object]:
    # Anything that changes which rows land in which chunk, or what they score, is here;
    # the backend and worker count are not, so a local run may be resumed on Spark.
    stat = job.input.stat()
    return {
        "input": str(job.input.resolve()),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "format": fmt,
        "mapping": job.mapping,
        "top": job.top,
        "threshold": job.threshold,
        "chunk_size": job.chunk_size,
        "lists": lists_key,
    }


def screen_file(
    job: Job, backend: Backend, lists_key: str, progress: Progress | None = None
) -> Summary:
    started = time.perf_counter()
    fmt = guess_format(job.input, job.input_format)
    out_fmt = output_format(job.output, job.output_format)
    source = Source(job.input, fmt, job.mapping)
    total = source.count()
    parts = Parts(job.parts_folder, _fingerprint(job, fmt, lists_key), job.fresh)
    resumed = parts.total().rows
    report = progress or (lambda _done, _total: None)
    report(resumed, total)
    todo: Iterator[Chunk] = (c for c in source.chunks(job.chunk_size) if c[0] not in parts.done)
    done = resumed
    memo = Memo(job.memo_capacity)
    scored = memo.score(backend, todo) if job.memo_capacity > 0 else backend.score(todo)
    for number, table, counts in scored:
        parts.commit(number, table, counts)
        done += counts.rows
        report(done, total)
    assemble(parts.files(), job.output, out_fmt, job.rejects_path)
    counts = parts.total()
    shutil.rmtree(job.parts_folder)
    seconds = time.perf_counter() - started
    return Summary(counts, job.output, job.rejects_path, resumed, seconds, memo.stats.repeats)
