from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import update

from tradeguard.cli import main
from tradeguard.engine import Engine
from tradeguard.store.schema import audit_log


def _three_records(runner: CliRunner) -> None:
    for role in ("screener", "reviewer", "admin"):
        assert runner.invoke(main, ["keys", "create", "--role", role]).exit_code == 0


def test_verify_then_tamper(tg_home: Path) -> None:
    runner = CliRunner()
    _three_records(runner)
    ok = runner.invoke(main, ["audit", "verify"])
    assert ok.exit_code == 0 and "3 records" in ok.output
    with Engine.open().store.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.seq == 2).values(actor="someone"))
    broken = runner.invoke(main, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "record 2" in broken.output


def test_export_jsonl_and_csv(tg_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    _three_records(runner)
    jsonl = runner.invoke(main, ["audit", "export", "--from", "2000-01-01", "--to", "2999-01-01"])
    assert jsonl.exit_code == 0, jsonl.output
    lines = [json.loads(line) for line in jsonl.stdout.splitlines() if line.startswith("{")]
    assert [r["seq"] for r in lines] == [1, 2, 3]
    assert lines[0]["payload"]["role"] == "screener"
    target = tmp_path / "audit.csv"
    result = runner.invoke(main, ["audit", "export", "--format", "csv", "-o", str(target)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert [r["kind"] for r in rows] == ["key.create"] * 3
    assert rows[1]["prev_hash"] == rows[0]["hash"]
    empty = runner.invoke(main, ["audit", "export", "--to", "2000-01-01"])
    assert not [line for line in empty.stdout.splitlines() if line.startswith("{")]
