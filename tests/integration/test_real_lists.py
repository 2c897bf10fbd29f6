"""The foundation's acceptance, on the real lists in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.engine import Engine
from tradeguard.lists.base import ListFormatError
from tradeguard.matching.query import make_query


def real_list_paths(data: Path) -> list[list[Path]]:
    ofac = [data / "ofac/sdn-2024-05-03/sdn.csv", data / "ofac/alt-add-2025-12-24"]
    return [
        ofac,
        [data / "un/consolidated-2026-02-27.xml"],
        [data / "uk/conlist-2025-04-10.csv"],
        [data / "us-csl/csl-subset-2023-11.csv"],
    ]


@pytest.fixture(scope="module")
def engine(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = Engine.open(tmp_path_factory.mktemp("real-home"))
    for paths in real_list_paths(shared_data):
        # The CSL extract in shared data ends inside its last row; see test_cut_csl_*.
        engine.load(paths, allow_truncated=True)
    engine.index()
    return engine


@pytest.mark.parametrize(
    ("query", "schema", "expected"),
    [
        ("Vladimir Putin", "Person", "PUTIN"),
        ("Putin Vladimir Vladimirovich", "Person", "PUTIN"),
        ("Путин Владимир Владимирович", "Person", "PUTIN"),
        ("Kim Jong-un", "Person", "KIM"),
        ("Kim Jong Un", "Person", "KIM"),
        ("김정은", "Person", "KIM"),
        ("Ким Чен Ын", "Person", "KIM"),
        ("AvtoVAZ", None, "AVTOVAZ"),
        ("АвтоВАЗ", None, "AVTOVAZ"),
        ("LLC Aurus", None, "AURUS"),
        ("Rostec", None, "ROSTEC"),
        ("Ростех", None, "ROSTEC"),
        ("НАМИ", "Company", "NAMI"),
        ("ФГУП «НАМИ»", "Company", "NAMI"),
        ("ВГТРК", "Company", "VGTRK"),
    ],
)
def test_seed_parties_rank_first(
    engine: Engine, query: str, schema: str | None, expected: str
) -> None:
    hits = engine.match(make_query(query, schema), top=3)
    assert hits, f"no alert for {query!r}"
    best = hits[0]
    listed = " ".join(n.value for n in best.entity.names).upper()
    assert expected in listed, f"{query!r} -> {best.entity.id} {best.entity.caption}"
    if expected == "KIM":
        assert best.entity.id == "ofac-sdn:20157"
    if expected == "PUTIN":
        assert any(d.startswith("1952-10-07") for d in best.entity.birth_dates)


@pytest.mark.parametrize(
    ("query", "schema", "birth_date"),
    [
        ("Renault", None, None),
        ("Volkswagen AG", None, None),
        ("Toyota Motor Corporation", None, None),
        ("Kim Jong Nam", "Person", "1971"),
    ],
)
def test_innocent_parties_raise_no_alert(
    engine: Engine, query: str, schema: str | None, birth_date: str | None
) -> None:
    hits = engine.match(make_query(query, schema, birth_date))
    assert hits == [], [(h.entity.caption, h.score) for h in hits]


def test_cut_csl_extract_is_refused_by_default(shared_data: Path, tmp_path: Path) -> None:
    engine = Engine.open(tmp_path)
    with pytest.raises(ListFormatError, match="csl-subset-2023-11.csv, line"):
        engine.load([shared_data / "us-csl/csl-subset-2023-11.csv"])
    assert engine.versions() == []


def test_cut_csl_extract_loads_its_complete_rows_when_allowed(engine: Engine) -> None:
    (csl,) = [v for v in engine.versions() if v.list_id == "us-csl"]
    assert csl.entities > 4000
    assert csl.skipped >= 1
