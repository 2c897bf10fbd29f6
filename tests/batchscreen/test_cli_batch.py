from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tradeguard.cli import main


@pytest.fixture()
def runner(sample_home: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TRADEGUARD_HOME", str(sample_home))
    return CliRunner()


def test_screen_with_a_column_map_prints_progress_and_summary(
    runner: CliRunner, tmp_path: Path
) -> None:
    queries = tmp_path / "customers.csv"
    queries.write_text(
        "cust_no,customer_name,dob,nat\n"
        "A1,Ким Чен Ын,1984,KP\n"
        "A2,Renault,,FR\n"
        "A3,,,\n"
        "A4,LLC Aurus,,Atlantis\n",
        encoding="utf-8",
    )
    out = tmp_path / "hits.parquet"
    mapping = "id=cust_no,name=customer_name,birth_date=dob,country=nat"
    result = runner.invoke(
        main, ["batch", "screen", str(queries), "-o", str(out), "--map", mapping]
    )
    assert result.exit_code == 0, result.output
    assert "rows/s" in result.output and "ETA" in result.output
    assert "4 rows screened (0 from an earlier run), 1 hits, 1 alerts, 2 rows rejected" in (
        result.output
    )
    assert "rejected for country: 1" in result.output
    assert [h["query_id"] for h in pq.read_table(out).to_pylist()] == ["A1"]


def test_a_missing_name_column_is_one_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    queries = tmp_path / "q.csv"
    queries.write_text("id,full_name\n1,Acme\n", encoding="utf-8")
    result = runner.invoke(main, ["batch", "screen", str(queries), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert "use --map name=COLUMN" in result.output


def test_help_ends_with_an_example(runner: CliRunner) -> None:
    result = runner.invoke(main, ["batch", "screen", "--help"])
    assert result.exit_code == 0
    assert "tradeguard batch screen customers.csv" in result.output
