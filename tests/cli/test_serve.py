from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

from tradeguard.cli import main


def test_serve_defaults_to_loopback_8000(tg_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 0, result.output
    first = calls[0]
    assert (first["host"], first["port"], first["workers"]) == ("127.0.0.1", 8000, 1)
    module, _, factory = first["app"].partition(":")
    assert first["factory"] is True
    app = getattr(importlib.import_module(module), factory)()
    assert app.openapi()["paths"]["/match"]
    CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "9001", "--workers", "2"])
    assert (calls[1]["host"], calls[1]["port"], calls[1]["workers"]) == ("0.0.0.0", 9001, 2)
