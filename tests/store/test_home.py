from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.store.home import ENV_DATABASE_URL, database_url


def test_sqlite_in_home_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)
    assert database_url(tmp_path) == f"sqlite:///{tmp_path / 'tradeguard.sqlite'}"


def test_database_url_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DATABASE_URL, "postgresql+psycopg://u:p@db/tg")
    assert database_url(tmp_path) == "postgresql+psycopg://u:p@db/tg"
