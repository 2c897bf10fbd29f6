from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.atomic_files import replace_atomically


def test_the_new_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    path.write_text("old", encoding="utf-8")
    replace_atomically(path, lambda tmp: Path(tmp).write_text("new", encoding="utf-8"))
    assert path.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["table.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    path.write_text("old", encoding="utf-8")

    def broken(tmp: str) -> None:
        Path(tmp).write_text("half", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        replace_atomically(path, broken, prefix=".table-")
    assert path.read_text(encoding="utf-8") == "old"
    assert not list(tmp_path.glob(".table-*"))
