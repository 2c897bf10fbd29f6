"""SQLite writers queue on a lock of their own, across threads and across processes."""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tradeguard.store import audit, database
from tradeguard.store.database import open_database, write_transaction

# Run in separate interpreters: processes, not threads, are what uvicorn --workers starts.
_APPEND_MANY = """
import sys
from tradeguard.store import audit
from tradeguard.store.database import open_database, write_transaction
engine = open_database(sys.argv[1])
for i in range(25):
    with write_transaction(engine) as conn:
        audit.append(conn, "test", "proc", {"i": i})
"""


def test_processes_appending_together_keep_one_chain(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    open_database(url)
    workers = [subprocess.Popen([sys.executable, "-c", _APPEND_MANY, url]) for _ in range(3)]
    assert [w.wait(120) for w in workers] == [0, 0, 0]
    with open_database(url).connect() as conn:
        result = audit.verify(conn)
    assert result.ok and result.records == 75
    assert (tmp_path / "store.sqlite.writer-lock").exists()


def test_a_failed_write_leaves_the_queue(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    try:
        with write_transaction(engine) as conn:
            audit.append(conn, "test", "a", {})
            raise RuntimeError("the caller fails after writing")
    except RuntimeError:
        pass
    with write_transaction(engine) as conn:  # would block for ever if the lock were kept
        audit.append(conn, "test", "b", {})
        count = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
    assert count == 1


def test_checkpoints_run_in_the_background_not_in_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "CHECKPOINT_SECONDS", 0.02)
    done: list[tuple[int, int, int]] = []
    real = database.checkpoint
    monkeypatch.setattr(
        database, "checkpoint", lambda engine: done.append(real(engine)) or done[-1]
    )
    engine = open_database(f"sqlite:///{tmp_path / 'store.sqlite'}")
    with engine.connect() as conn:  # pooled before: it must take the new setting too
        pass
    thread = database.checkpoint_in_background(engine)
    assert thread is not None and thread.is_alive()
    with engine.connect() as conn:  # commits no longer checkpoint until the backstop
        pages = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    assert pages == database.BACKSTOP_WAL_PAGES
    for i in range(20):
        with write_transaction(engine) as conn:
            audit.append(conn, "test", "a", {"i": i})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(copied for _, _, copied in done):
        time.sleep(0.02)
    assert any(copied for _, _, copied in done)  # the thread copied the WAL back
    with engine.connect() as conn:
        assert audit.verify(conn).ok
    del engine, conn
    # The thread may hold the engine for a moment (mid-checkpoint) when the first collection
    # runs; the engine sits in reference cycles, so only a later collection frees it.
    deadline = time.monotonic() + 10
    while thread.is_alive() and time.monotonic() < deadline:
        gc.collect()
        thread.join(0.1)
    assert not thread.is_alive()  # it ends with its engine


def test_no_background_checkpoints_without_a_sqlite_file() -> None:
    assert database.checkpoint_in_background(open_database("sqlite://")) is None
