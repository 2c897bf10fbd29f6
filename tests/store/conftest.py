"""The store contract: every store test takes `db_url` and runs on SQLite and on PostgreSQL.

PostgreSQL comes from TRADEGUARD_TEST_PG_URL (`.ci/run` starts a cluster and sets it). Each
test gets its own schema, dropped afterwards. Without the URL the PostgreSQL half skips,
except under CI=true, where it fails.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PG_ENV = "TRADEGUARD_TEST_PG_URL"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        message = f"{PG_ENV} is not set; PostgreSQL store tests need a database"
        if _in_ci():
            pytest.fail(message + " (CI=true requires it; .ci/run sets it)")
        pytest.skip(message)
    schema = "t_" + secrets.token_hex(6)
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    joiner = "&" if "?" in base else "?"
    yield f"{base}{joiner}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()
