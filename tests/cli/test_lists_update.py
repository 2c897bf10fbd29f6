from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tradeguard.cli import main


def test_update_reports_a_failing_source_and_exits_1(tg_home: Path, tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text('[sources.un]\nformat = "un"\nurls = ["http://127.0.0.1:9/un.xml"]\n')
    result = CliRunner().invoke(main, ["lists", "update", "--config", str(config)])
    assert result.exit_code == 1
    assert "un: not updated" in result.output
    unknown = CliRunner().invoke(main, ["lists", "update", "--config", str(config), "eu"])
    assert unknown.exit_code == 2 and "unknown source" in unknown.output


def test_load_refuses_a_shrinking_list_unless_forced(tg_home: Path, shared_data: Path) -> None:
    runner = CliRunner()
    full = shared_data / "us-csl" / "csl-subset-2023-11.csv"
    assert runner.invoke(main, ["lists", "load", "--allow-truncated", str(full)]).exit_code == 0
    small = tg_home.parent / "csl-small.csv"
    lines = full.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    small.write_text("".join(lines[: max(2, len(lines) // 3)]), encoding="utf-8")
    refused = runner.invoke(
        main, ["lists", "load", "--format", "csl", "--allow-truncated", str(small)]
    )
    assert refused.exit_code == 2 and "--force" in refused.output
    forced = runner.invoke(
        main, ["lists", "load", "--format", "csl", "--allow-truncated", "--force", str(small)]
    )
    assert forced.exit_code == 0, forced.output
    assert "removed" in forced.output
