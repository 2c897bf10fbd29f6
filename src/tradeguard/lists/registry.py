"""Which loader reads which files: explicit `--format`, or sniffed from names and first bytes."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol, cast

from tradeguard.lists.base import ListData, ListFormatError

# Each entry is a module with FORMAT, MULTI_FILE, sniff(path) and load(paths).
# Order matters for sniffing: the most specific formats come first.
_MODULES: dict[str, str] = {
    "ofac": "tradeguard.lists.ofac",
    "un": "tradeguard.lists.un",
    "eu": "tradeguard.lists.eu",
    "eu-ojeu": "tradeguard.lists.eu_ojeu",
    "uk": "tradeguard.lists.uk",
    "csl": "tradeguard.lists.csl",
    "dpl": "tradeguard.lists.dpl",
    "ftm": "tradeguard.lists.ftm",
    "sample": "tradeguard.lists.sample",
}
FORMATS: tuple[str, ...] = tuple(_MODULES)


class Loader(Protocol):
    FORMAT: str
    # True when one list arrives as several files that must be read together (OFAC's trio).
    MULTI_FILE: bool

    def sniff(self, path: Path) -> bool: ...

    def load(self, paths: Sequence[Path]) -> ListData: ...


def loader(fmt: str) -> Loader:
    if fmt not in _MODULES:
        raise ValueError(f"unknown list format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    module: ModuleType = importlib.import_module(_MODULES[fmt])
    return cast(Loader, module)


def expand(paths: Sequence[Path]) -> list[Path]:
    """Folders stand for the files directly inside them, so `lists load ofac-folder/` works."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            visible = (p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            out.extend(sorted(visible))
        elif path.is_file():
            out.append(path)
        else:
            raise ListFormatError(path, None, "no such file or folder")
    return out


def detect(path: Path) -> str:
    for fmt in FORMATS:
        if loader(fmt).sniff(path):
            return fmt
    raise ListFormatError(
        path,
        None,
        "cannot tell which list format this is; pass --format with one of: " + ", ".join(FORMATS),
    )


def group(paths: Sequence[Path], fmt: str = "auto") -> list[tuple[str, list[Path]]]:
    """Split files into loader calls: one per file, except multi-file formats read together."""
    files = expand(paths)
    grouped: dict[str, list[Path]] = {}
    calls: list[tuple[str, list[Path]]] = []
    for path in files:
        chosen = detect(path) if fmt == "auto" else fmt
        if loader(chosen).MULTI_FILE:
            grouped.setdefault(chosen, []).append(path)
        else:
            calls.append((chosen, [path]))
    calls.extend(grouped.items())
    return calls
