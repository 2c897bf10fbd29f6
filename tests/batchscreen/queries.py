"""A few dozen query rows (listed parties in several scripts, innocents, bad rows) as files."""

from __future__ import annotations

import csv
from pathlib import Path

import tradeguard.lists.sample
from tradeguard.engine import Engine

# Listed parties in several scripts and spellings, innocent names, and one row of each
# rejection kind, as (id, name, schema, birth_date, country).
QUERY_ROWS = [
    ("p1", "Vladimir Putin", "Person", "1952-10-07", "RU"),
    ("p2", "Путин Владимир Владимирович", "Person", "", ""),
    ("p3", "PUTIN, Vladimir", "", "", "Russia"),
    ("k1", "Kim Jong-un", "Person", "1984", ""),
    ("k2", "김정은", "Person", "", ""),
    ("k3", "Ким Чен Ын", "", "", "KP"),
    ("c1", "LLC Aurus", "Company", "", ""),
    ("c2", "ООО Аурус", "", "", ""),
    ("c3", "АвтоВАЗ", "Company", "", "RU"),
    ("c4", "AvtoVAZ JSC", "", "", ""),
    ("c5", "Rostec", "", "", ""),
    ("c6", "Ростех", "Organization", "", ""),
    ("c7", "KAMAZ", "", "", ""),
    ("c8", "Sollers", "Company", "", ""),
    ("c9", "Rosoboronexport", "", "", ""),
    ("d1", "Oleg Deripaska", "Person", "", ""),
    ("d2", "Дерипаска Олег Владимирович", "Person", "", ""),
    ("m1", "Nicolas Maduro", "Person", "", "VE"),
    ("m2", "Nicolás MADURO MOROS", "", "", ""),
    ("a1", "Bashar al-Assad", "Person", "", "SY"),
    ("a2", "بشار الأسد", "Person", "", ""),
    ("v1", "Chong Chon Gang", "Vessel", "", ""),
    ("v2", "Petroleos de Venezuela SA", "", "", ""),
    ("i1", "Renault", "Company", "", "FR"),
    ("i2", "Toyota Motor Corporation", "", "", ""),
    ("i3", "Maria Garcia", "Person", "1990-01-01", "ES"),
    ("i4", "李伟", "Person", "", ""),
    ("i5", "Kim Jong Nam", "Person", "1971", ""),
    ("b1", "", "Person", "", ""),
    ("b2", "Bad Date", "Person", "13/13/2000", ""),
    ("b3", "Nowhere Man", "", "", "Narnia"),
    ("b4", "Some Thing", "Alien", "", ""),
]
HEADER = ["id", "name", "schema", "birth_date", "country"]


def write_queries(path: Path, rows: list[tuple[str, ...]] = QUERY_ROWS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def make_sample_home(home: Path) -> Path:
    """A tradeguard home with the bundled sample list loaded and its index cache built."""
    engine = Engine.open(home)
    engine.load([tradeguard.lists.sample.bundled_path()])
    engine.index()
    return home
