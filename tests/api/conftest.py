"""An API over a home with the bundled sample list loaded, and one key per role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tradeguard.api.app import create_app
from tradeguard.api.settings import Settings
from tradeguard.auth.tokens import create_key
from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path

ROLES = ("screener", "reviewer", "admin")


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    Engine.open(home).load([bundled_path()])
    return home


@pytest.fixture()
def app(home: Path) -> FastAPI:
    app = create_app(Settings(home=home, warm_on_start=False, max_body_bytes=64 * 1024))
    app.state.service.warm()
    return app


@pytest.fixture()
def tokens(app: FastAPI) -> dict[str, str]:
    db = app.state.service.db
    made = {role: create_key(db, role, None, "test").token for role in ROLES}
    made["reviewer2"] = create_key(db, "reviewer", "second pair of eyes", "test").token
    return made


@pytest.fixture()
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client
