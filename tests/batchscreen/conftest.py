"""A tmp home with the bundled sample list, and the query rows written as a CSV file."""

from __future__ import annotations

from pathlib import Path

import pytest

from batchscreen.queries import make_sample_home, write_queries
from tradeguard.engine import Engine


@pytest.fixture(scope="session")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample_home(tmp_path_factory.mktemp("batch-home"))


@pytest.fixture()
def engine(sample_home: Path) -> Engine:
    return Engine.open(sample_home)


@pytest.fixture()
def queries_csv(tmp_path: Path) -> Path:
    return write_queries(tmp_path / "queries.csv")
