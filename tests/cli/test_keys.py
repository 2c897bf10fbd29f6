from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tradeguard.auth.tokens import authenticate
from tradeguard.cli import main
from tradeguard.engine import Engine


def test_create_prints_the_key_once_on_the_last_line(tg_home: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["keys", "create", "--role", "reviewer", "--label", "Ann"])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    key = authenticate(Engine.open().store.engine, token)
    assert key is not None and key.role == "reviewer"
    listed = runner.invoke(main, ["keys", "list"])
    assert key.id in listed.output and token not in listed.output
    assert runner.invoke(main, ["keys", "revoke", key.id]).exit_code == 0
    assert authenticate(Engine.open().store.engine, token) is None
    again = runner.invoke(main, ["keys", "revoke", key.id])
    assert again.exit_code != 0 and "keys list" in again.output


def test_role_is_required_and_checked(tg_home: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["keys", "create"]).exit_code == 2
    assert runner.invoke(main, ["keys", "create", "--role", "root"]).exit_code == 2
