"""Crash safety, small: a few SIGKILLs of `lists load` and of `tradeguard serve` mid-burst, on
each store backend. bench/crash_safety.py is the full run (200+ kills on the real lists); these
call its functions with synthetic OFAC files so CI keeps checking the same properties.
"""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from sqlalchemy import select

from tradeguard.store.schema import list_versions

BENCH = Path(__file__).resolve().parents[2] / "bench" / "crash_safety.py"


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_safety", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is being made.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


crash = _harness()


def write_sdn(path: Path, count: int) -> Path:
    """An OFAC SDN primary file of `count` made-up people plus Kim Jong Un, who the checks
    query; different counts give different versions of the same list."""
    nulls = ",".join(["-0-"] * 8)
    rows = ['1,"KIM, Jong Un","individual","DPRK3",' + nulls]
    rows += [f'{i},"PERSON {i:05d}, Test","individual","SDGT",' + nulls for i in range(2, count)]
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(rows) + "\n")
    return path


def test_a_killed_list_update_leaves_the_old_or_the_new_version(
    db_url: str, tmp_path: Path
) -> None:
    versions = (
        write_sdn(tmp_path / "a" / "sdn.csv", 1500),
        write_sdn(tmp_path / "b" / "sdn.csv", 1800),
    )
    target = crash.Target("test", tmp_path / "home", db_url)
    # Within 80 % of a load's duration, so that three kills rarely need more than three runs.
    runs = crash.update_series(target, 3, random.Random(9), versions, "Kim Jong Un", scale=0.8)
    assert sum(r.killed for r in runs) == 3
    assert [r.problems for r in runs] == [[] for _ in runs]
    assert all(r.verify and r.served in {"old", "new"} for r in runs)


def test_a_killed_server_loses_no_acknowledged_screening(db_url: str, tmp_path: Path) -> None:
    target = crash.Target("test", tmp_path / "home", db_url)
    runs = crash.screening_series(target, 3, random.Random(9), 1.5, 4, workers=(1,))
    assert sum(r.killed for r in runs) == 3
    assert [r.problems for r in runs] == [[] for _ in runs]
    assert all(r.verify for r in runs)
    assert sum(r.lost for r in runs) == 0


# Dies right where the list versions are written and their audit record is about to be.
_DIE_BEFORE_AUDIT = """
import os, signal, sys
from pathlib import Path
from tradeguard.engine import Engine
from tradeguard.store import audit
from tradeguard.store.snapshots import SnapshotStore
from tradeguard.updates.apply import apply_files

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

audit.append = die
engine = Engine(Path(sys.argv[1]), SnapshotStore(sys.argv[2]))
apply_files(engine, [Path(sys.argv[3])], force=True, actor="test")
"""


def test_a_version_is_never_active_without_its_audit_record(db_url: str, tmp_path: Path) -> None:
    """Regression: the version swap and its `list.update` record were two transactions, so a
    kill between them left the new version serving with no trace in the audit log."""
    home = tmp_path / "home"
    first = write_sdn(tmp_path / "a" / "sdn.csv", 30)
    second = write_sdn(tmp_path / "b" / "sdn.csv", 40)
    engine = crash.Target("test", home, db_url).engine()
    crash.apply_files(engine, [first], actor="test")
    before = [v.id for v in engine.versions()]
    died = subprocess.run(
        [sys.executable, "-c", _DIE_BEFORE_AUDIT, str(home), db_url, str(second)], check=False
    )
    assert died.returncode == -9
    with engine.store.engine.connect() as conn:
        active = conn.execute(select(list_versions.c.id).where(list_versions.c.active)).all()
        kinds = [r.kind for r in crash.audit.records(conn)]
    assert [row.id for row in active] == before
    assert kinds.count("list.update") == 1
    engine.store.engine.dispose()
