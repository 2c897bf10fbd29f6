"""`tradeguard.spark.screen(df, lists)` from PySpark, and the error when pyspark is missing."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from batchscreen.queries import HEADER, QUERY_ROWS, make_sample_home
from batchscreen.spark_support import spark_session
from tradeguard.cli import main
from tradeguard.engine import Engine
from tradeguard.matching.query import QueryError, make_query


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample_home(tmp_path_factory.mktemp("spark-home"))


def test_screen_a_dataframe_with_mapped_columns(sample_home: Path) -> None:
    spark = spark_session()
    from tradeguard.spark import screen

    columns = ["ref", "customer", "kind", "dob", "nat"]
    df = spark.createDataFrame(QUERY_ROWS, columns)
    mapping = dict(zip(HEADER, columns, strict=True))
    got = screen(df, sample_home, mapping=mapping, top=2, threshold=0.0).collect()
    hits = sorted((r["query_id"], r["rank"], r["score"], r["entry_id"]) for r in got if r["rank"])
    errors = sorted((r["query_id"], r["error"]) for r in got if r["error"])

    matcher = Engine.open(sample_home).matcher()
    expected_hits, expected_errors = [], []
    for ident, name, schema, birth_date, country in QUERY_ROWS:
        try:
            query = make_query(name, schema or None, birth_date, country)
        except QueryError as error:
            expected_errors.append((ident, str(error)))
            continue
        for rank, hit in enumerate(matcher.match(query, top=2, threshold=0.0), start=1):
            expected_hits.append((ident, rank, hit.score, hit.entity.entry_id))
    assert hits == sorted(expected_hits)
    assert errors == sorted(expected_errors)


def test_missing_pyspark_names_the_extra(
    sample_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "pyspark" or m.startswith("pyspark.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "pyspark", None)
    for name in ("tradeguard.spark", "tradeguard.batchscreen.sparkbackend"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    with pytest.raises(ImportError, match=r"pip install 'tradeguard\[spark\]'"):
        importlib.import_module("tradeguard.spark")

    queries = tmp_path / "q.csv"
    queries.write_text("id,name\n1,Kim Jong Un\n", encoding="utf-8")
    monkeypatch.setenv("TRADEGUARD_HOME", str(sample_home))
    args = ["batch", "screen", str(queries), "-o", str(tmp_path / "o.csv"), "--engine", "spark"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "pip install 'tradeguard[spark]'" in result.output
