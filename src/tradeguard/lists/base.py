"""What every list loader returns, and the error it raises on a broken file."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tradeguard.model import Entity

# Enough examples to debug a quirk without flooding the terminal on a 20,000-row file.
MAX_EXAMPLES = 20


class ListFormatError(ValueError):
    """A list file is malformed or truncated. Names the file, the place and the problem."""

    def __init__(self, path: Path | str, location: str | None, problem: str) -> None:
        self.path = str(path)
        self.location = location
        self.problem = problem
        where = f"{self.path}, {location}" if location else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(slots=True)
class Skipped:
    location: str
    reason: str


@dataclass(slots=True)
class LoadReport:
    """Counts a compliance officer checks after each load."""

    list_id: str
    files: list[str] = field(default_factory=list)
    entities: int = 0
    names: int = 0
    skipped: int = 0
    skipped_examples: list[Skipped] = field(default_factory=list)
    dangling: int = 0
    dangling_examples: list[str] = field(default_factory=list)

    def skip(self, location: str, reason: str) -> None:
        self.skipped += 1
        if len(self.skipped_examples) < MAX_EXAMPLES:
            self.skipped_examples.append(Skipped(location, reason))

    def dangle(self, reference: str) -> None:
        """Count a reference to an entry absent from the primary file, and go on."""
        self.dangling += 1
        if len(self.dangling_examples) < MAX_EXAMPLES:
            self.dangling_examples.append(reference)

    def count(self, entities: Sequence[Entity]) -> None:
        self.entities = len(entities)
        self.names = sum(len(e.names) for e in entities)

    def summary(self) -> str:
        parts = [f"{self.entities} entities", f"{self.names} names"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.dangling:
            parts.append(f"{self.dangling} dangling references")
        return ", ".join(parts)


@dataclass(slots=True)
class ListData:
    """A parsed list: its entities, the load report, the as-of date and a content hash."""

    list_id: str
    title: str
    entities: list[Entity]
    report: LoadReport
    as_of: str | None  # ISO date the publisher gives for the file, if any
    content_hash: str


def content_hash(paths: Iterable[Path]) -> str:
    """SHA-256 over the files' bytes, in name order so that argument order does not matter."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: (p.name, str(p))):
        digest.update(path.name.encode())
        digest.update(b"\0")
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


def read_text(path: Path, encodings: Sequence[str] = ("utf-8-sig", "cp1252")) -> str:
    """Read a text file, trying UTF-8 first and falling back to the publisher's legacy code page."""
    raw = path.read_bytes()
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ListFormatError(path, None, f"not readable as any of {', '.join(encodings)}")
