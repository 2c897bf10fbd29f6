from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tradeguard.cli import main
from tradeguard.engine import Engine
from tradeguard.store.alerts import AlertStore


def test_import_screens_and_raises_alerts(tg_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["lists", "load", "--sample"]).exit_code == 0
    source = tmp_path / "customers.csv"
    source.write_text(
        "id,name,schema,country\n"
        "c1,Kim Jong Un,Person,North Korea\n"
        "c2,Harbour Fish Supplies,Company,no\n"
    )
    result = runner.invoke(main, ["counterparties", "import", str(source)])
    assert result.exit_code == 0, result.output
    assert "Registered 2 counterparties" in result.output and "1 new alerts" in result.output
    listed = runner.invoke(main, ["counterparties", "list"])
    assert "c1" in listed.output and "kp" in listed.output
    (alert,) = AlertStore(Engine.open().store.engine).find()
    assert alert.entity_id == "tradeguard-sample:kim-jong-un"
    again = runner.invoke(main, ["counterparties", "import", str(source)])
    assert "0 new alerts" in again.output


def test_bad_rows_name_the_problem(tg_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["lists", "load", "--sample"]).exit_code == 0
    source = tmp_path / "bad.csv"
    source.write_text("id,name,country\nc1,Ann Lee,Atlantis\n")
    result = runner.invoke(main, ["counterparties", "import", str(source)])
    assert result.exit_code == 2 and "country" in result.output
    missing = tmp_path / "missing-column.csv"
    missing.write_text("name\nAnn Lee\n")
    assert "id" in runner.invoke(main, ["counterparties", "import", str(missing)]).output
