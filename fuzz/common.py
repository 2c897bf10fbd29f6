"""What every atheris harness shares: the seed corpus, the file writer and the libFuzzer run.

A harness turns the fuzzer's bytes into one or more list files (or a deal file), loads them,
and lets anything but the documented error escape, which libFuzzer records as a crash. Seeds
are small slices of the real lists in ../shared/data, cut at record boundaries and written to
fuzz/corpus/<name>/ on the first run; the lists themselves never enter the project.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import atheris

FUZZ = Path(__file__).resolve().parent
PROJECT = FUZZ.parent
SHARED = PROJECT.parent / "shared" / "data"
CORPUS = FUZZ / "corpus"
# Several files travel as one fuzz input, joined by this line; a mutation that breaks it just
# yields fewer files, which the loader must handle too.
SEPARATOR = b"\n--tradeguard-fuzz-file--\n"
# Rows per seed: enough for grouping and links to occur, few enough for thousands of runs a second.
ROWS = 12
SEEDS_PER_FILE = 6


def record_spans(text: str, delimiter: str = ",") -> list[str]:
    """The file's text split into whole records, so a quoted line break stays in its record."""
    lines = text.splitlines(keepends=True)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    spans: list[str] = []
    start = 0
    try:
        for _ in reader:
            spans.append("".join(lines[start : reader.line_num]))
            start = reader.line_num
    except csv.Error:
        pass  # a cut last row (the CSL subset) ends the seeds, as it ends the file
    return spans


def csv_seeds(path: Path, head: int = 1, delimiter: str = ",") -> list[bytes]:
    """The first `head` records (header, preamble) plus ROWS consecutive records from spread-out
    places in the file, byte for byte as published."""
    # Latin-1 maps every byte to one character and back, so any encoding survives the slicing.
    spans = record_spans(path.read_bytes().decode("latin-1"), delimiter)
    preamble, body = "".join(spans[:head]), spans[head:]
    if not body:
        return [preamble.encode("latin-1")]
    step = max(len(body) // SEEDS_PER_FILE, 1)
    starts = list(range(0, len(body), step))[:SEEDS_PER_FILE]
    return [(preamble + "".join(body[i : i + ROWS])).encode("latin-1") for i in starts]


def write_corpus(name: str, seeds: Callable[[], Iterable[bytes]]) -> Path:
    """fuzz/corpus/<name>/, holding the seeds when it is first made; later runs keep what the
    fuzzer added."""
    folder = CORPUS / name
    if folder.is_dir() and any(folder.iterdir()):
        return folder
    if not SHARED.is_dir():
        sys.exit(f"the real lists are not at {SHARED}; the seed corpus is built from them")
    folder.mkdir(parents=True, exist_ok=True)
    for index, seed in enumerate(seeds()):
        (folder / f"seed-{index:03d}").write_bytes(seed)
    return folder


class Files:
    """One scratch folder per process; each input overwrites the files of the last one."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="tradeguard-fuzz-"))

    def write(self, names: Sequence[str], data: bytes) -> list[Path]:
        for old in self.folder.iterdir():
            old.unlink()
        parts = data.split(SEPARATOR) if len(names) > 1 else [data]
        paths = []
        for name, part in zip(names, parts, strict=False):
            path = self.folder / name
            path.write_bytes(part)
            paths.append(path)
        return paths


def main(name: str, seeds: Callable[[], Iterable[bytes]], test: Callable[[bytes], None]) -> None:
    """Build the corpus if needed and hand over to libFuzzer with the command line's options."""
    corpus = write_corpus(name, seeds)
    crashes = CORPUS / f"{name}-crashes"
    crashes.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], *sys.argv[1:], f"-artifact_prefix={crashes}/", str(corpus)]
    atheris.Setup(argv, test)
    atheris.Fuzz()
