"""SQLite writers queue on a lock of their own, across threads and across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from tradeguard.store import audit
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
