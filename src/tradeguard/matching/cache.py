"""The built index, pickled beside the store and keyed by what it was built from.

Building the index analyses every listed name (seconds); loading the pickle takes a fraction
of that, so each CLI call does not pay the build. The key covers the list versions and the
source of the name and matching code, so a code change can never serve a stale index.
"""

from __future__ import annotations

import hashlib
import pickle
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from tradeguard.atomic_files import replace_atomically
from tradeguard.heap import collector_paused
from tradeguard.matching.index import NameIndex

_CODE_PACKAGES = ("names", "matching")
# A temporary cache file untouched this long was left by a writer that died.
ABANDONED_AFTER_SECONDS = 600


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for package in _CODE_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".json", ".yaml", ".yml", ".txt", ".tsv"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(content_hashes: Sequence[str]) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for value in sorted(content_hashes):
        digest.update(value.encode())
    return digest.hexdigest()[:24]


def load_or_build(folder: Path, key: str, build: Callable[[], NameIndex]) -> NameIndex:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"index-{key}.pkl"
    if path.exists():
        try:
            # Unpickling makes about a million objects; collector passes over them would
            # double the time (6 s against 3 s with every list loaded), as in a build.
            with path.open("rb") as handle, collector_paused():
                index = pickle.load(handle)
            if isinstance(index, NameIndex):
                return index
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a torn or outdated cache file is rebuilt, never trusted
    index = build()
    _write_atomically(path, index)
    for old in folder.glob("index-*.pkl"):
        if old != path:
            old.unlink(missing_ok=True)
    _remove_abandoned(folder)
    return index


def _remove_abandoned(folder: Path) -> None:
    """Delete temporary files a killed writer left behind (each is the size of an index).

    Only old ones: a younger file may belong to another process writing the cache right now.
    """
    cutoff = time.time() - ABANDONED_AFTER_SECONDS
    for tmp in folder.glob(".index-*.tmp"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except FileNotFoundError:
            continue  # its writer finished or another process removed it


def _write_atomically(path: Path, index: NameIndex) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)

    # The prefix and suffix `_remove_abandoned` looks for.
    replace_atomically(path, write, prefix=".index-", suffix=".tmp")
