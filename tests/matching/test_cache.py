"""The index cache: rebuilt when torn, and temporary files of dead writers cleaned up."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tradeguard.matching.cache import ABANDONED_AFTER_SECONDS, load_or_build
from tradeguard.matching.index import NameIndex

from factories import person


def _build() -> NameIndex:
    return NameIndex([person("Kim Jong Un")])


def test_a_torn_cache_file_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / "index-k.pkl").write_bytes(b"\x80\x05truncated")
    index = load_or_build(tmp_path, "k", _build)
    assert [e.caption for e in index.entities] == ["Kim Jong Un"]
    assert load_or_build(tmp_path, "k", lambda: NameIndex([])).entities  # read back, not rebuilt


def test_abandoned_temporary_files_are_removed_and_fresh_ones_kept(tmp_path: Path) -> None:
    abandoned = tmp_path / ".index-dead.tmp"
    in_progress = tmp_path / ".index-live.tmp"
    abandoned.write_bytes(b"x" * 10)
    in_progress.write_bytes(b"x" * 10)
    old = time.time() - ABANDONED_AFTER_SECONDS - 60
    os.utime(abandoned, (old, old))
    load_or_build(tmp_path, "k", _build)
    assert not abandoned.exists()
    assert in_progress.exists()
