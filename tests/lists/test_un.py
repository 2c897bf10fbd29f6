"""The UN Security Council Consolidated List loader, on the real 2026-02-27 XML."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradeguard.lists import un
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity

pytestmark = pytest.mark.shared_data

UN_FILE = "un/consolidated-2026-02-27.xml"


@pytest.fixture(scope="module")
def un_path(shared_data: Path) -> Path:
    return shared_data / UN_FILE


@pytest.fixture(scope="module")
def un_list(un_path: Path) -> ListData:
    return un.load([un_path])


@pytest.fixture(scope="module")
def by_id(un_list: ListData) -> dict[str, Entity]:
    return {entity.entry_id: entity for entity in un_list.entities}


def test_counts_and_metadata(un_list: ListData) -> None:
    schemas = Counter(entity.schema for entity in un_list.entities)
    assert schemas == {"Person": 730, "Organization": 273}
    assert un_list.list_id == "un-sc"
    assert un_list.title == "UN Security Council Consolidated List"
    assert un_list.as_of == "2026-02-27"
    assert un_list.report.entities == 1003
    assert len(un_list.content_hash) == 64


def test_entry_ids_are_reference_numbers_and_unique(un_list: ListData) -> None:
    ids = [entity.id for entity in un_list.entities]
    assert len(ids) == len(set(ids))
    assert all(entity.id == f"un-sc:{entity.entry_id}" for entity in un_list.entities)
    assert any(note.startswith("UN DATAID ") for note in un_list.entities[0].notes)


def test_original_script_names(un_list: ListData) -> None:
    scripts = Counter(
        name.lang for entity in un_list.entities for name in entity.names if name.lang
    )
    # 377 NAME_ORIGINAL_SCRIPT cells are non-Latin; aliases in parentheses add more.
    assert scripts["Arabic"] + scripts["Cyrillic"] >= 377
    assert scripts["Cyrillic"] >= 11


def test_dprk_person(by_id: dict[str, Entity]) -> None:
    person = by_id["KPi.033"]
    assert person.schema == "Person"
    assert person.caption == "RI WON HO"
    assert person.programs == ["DPRK"]
    assert person.nationalities == ["kp"]
    assert person.birth_dates == ["1964-07-17"]
    assert person.listing_date == "2016-11-30"
    assert [(i.type, i.value) for i in person.identifiers] == [("passport", "381310014")]


def test_dprk_entity(by_id: dict[str, Entity]) -> None:
    entity = by_id["KPe.001"]
    assert entity.schema == "Organization"
    assert entity.caption == "KOREA MINING DEVELOPMENT TRADING CORPORATION"
    # The alias cell is written with quotes: "KOMID".
    assert "KOMID" in [name.value for name in entity.names]
    assert entity.countries == ["kp"]


def test_arabic_alias_split_from_latin(by_id: dict[str, Entity]) -> None:
    names = {name.value: name for name in by_id["QDe.137"].names}
    assert names["جبهة النصرة"].lang == "Arabic"
    assert names["جبهة النصرة"].kind == "alias"
    assert "Jabhat al-Nusrah" in names
    # "(original script)" is a label on the cell, not part of the name.
    assert "هيئة تحرير الشام" in names


def test_original_script_field(by_id: dict[str, Entity]) -> None:
    names = by_id["QDi.015"].names
    assert names[0].value == "MAHFOUZ OULD AL-WALID"
    assert names[1].value == "محفوظ ولد الوليد"
    assert names[1].lang == "Arabic"


def test_semicolon_packed_aliases_and_quality(by_id: dict[str, Entity]) -> None:
    names = {name.value: name for name in by_id["IRi.039"].names}
    assert names["Qasem Sulaimani"].kind == "alias"
    assert names["Kasim Sulaymani"].quality == "strong"
    # QUALITY "Low": weak aliases.
    assert names["Haji Qassem"].kind == "weak_alias"
    assert names["Haji Qassem"].quality == "weak"


def test_fka_is_previous_name(by_id: dict[str, Entity]) -> None:
    names = {name.value: name.kind for name in by_id["CDe.001"].names}
    assert names["NALU"] == "previous"
    assert names["Allied Democratic Forces"] == "alias"


def test_birth_date_kinds(un_list: ListData, by_id: dict[str, Entity]) -> None:
    assert by_id["CDi.001"].birth_dates == ["1971"]
    assert by_id["QDi.428"].birth_dates == ["1972-08-17", "1972-01-01"]
    between = [
        e for e in un_list.entities if {"1955", "1956", "1957", "1958"} <= set(e.birth_dates)
    ]
    assert between, "a BETWEEN 1955 and 1958 range becomes every year in it"


def test_birth_date_written_in_note(un_list: ListData) -> None:
    assert any("1973-11" in entity.birth_dates for entity in un_list.entities)


def test_document_number_from_prose(un_list: ListData) -> None:
    values = {i.value for entity in un_list.entities for i in entity.identifiers}
    assert "347834" in values  # NOTE: "Libyan passport number 347834, issued under ..."
    assert "SA0020249" in values  # NUMBER: "Congo service passport number SA0020249"


def test_links_from_comments(by_id: dict[str, Entity], un_list: ListData) -> None:
    assert by_id["CDe.001"].linked_to == ["CDi.015", "CDi.036"]
    # Comments cite some parties no longer on the list; they are counted, not linked.
    assert un_list.report.dangling > 0


def test_gender_and_nationality(by_id: dict[str, Entity]) -> None:
    assert by_id["CDi.001"].gender == "male"
    assert by_id["CDi.001"].nationalities == ["cd"]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Azim Adhajani; Azim Agha-Jani", ["Azim Adhajani", "Azim Agha-Jani"]),
        ("Jin Tiesan (金铁三)", ["Jin Tiesan", "金铁三"]),
        ("Amir Khazmat (original script: Амир Хазмат)", ["Amir Khazmat", "Амир Хазмат"]),
        ("Lord’s Resistance Movement (LRM)", ["Lord’s Resistance Movement (LRM)"]),
        ('"HASSAN, Sheikh"', ["HASSAN, Sheikh"]),
        (
            "Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967",
            ["Khirullah Said Wali Khairkhwa"],
        ),
        (
            "Mohammed Sabet; Mohammad Sabet b) M. Javad Sabet",
            ["Mohammed Sabet", "Mohammad Sabet", "M. Javad Sabet"],
        ),
        (
            "أنصار الشريعة بليبيا (Ansar al Charia in Libya (ASL))",
            ["أنصار الشريعة بليبيا", "Ansar al Charia in Libya (ASL)"],
        ),
        (None, []),
    ],
)
def test_split_alias(cell: str | None, names: list[str]) -> None:
    assert un.split_alias(cell) == names


def test_script_label() -> None:
    assert un.script_label("Павел") == "Cyrillic"
    assert un.script_label("حسن غول") == "Arabic"
    assert un.script_label("Pavel") is None
    assert un.script_label("Jin Tiesan 金铁三") is None


def test_sniff(shared_data: Path, un_path: Path) -> None:
    assert un.sniff(un_path)
    others = [
        "ofac/sdn-2024-05-03/sdn.csv",
        "uk/conlist-2025-04-10.csv",
        "uk/conlist-2025-04-10.xlsx",
        "us-csl/csl-subset-2023-11.csv",
        "eu-fsf/excerpt-putin-2022.xml",
    ]
    for other in others:
        assert not un.sniff(shared_data / other), other
    assert not un.sniff(shared_data / "missing.xml")


def _truncated(source: Path, tmp_path: Path, fraction: float) -> Path:
    data = source.read_bytes()
    target = tmp_path / "un-truncated.xml"
    target.write_bytes(data[: int(len(data) * fraction)])
    return target


def test_truncated_file_names_file_and_line(un_path: Path, tmp_path: Path) -> None:
    broken = _truncated(un_path, tmp_path, 0.5)
    with pytest.raises(ListFormatError) as caught:
        un.load([broken])
    assert caught.value.path == str(broken)
    assert caught.value.location is not None
    line = int(caught.value.location.removeprefix("line "))
    assert line == broken.read_bytes().count(b"\n") + 1


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fraction=st.floats(min_value=0.0, max_value=0.999))
def test_any_cut_is_an_error(un_path: Path, tmp_path: Path, fraction: float) -> None:
    with pytest.raises(ListFormatError):
        un.load([_truncated(un_path, tmp_path, fraction)])


def test_wrong_root_is_an_error(tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<export><sanctionEntity/></export>")
    with pytest.raises(ListFormatError, match="not CONSOLIDATED_LIST"):
        un.load([other])


def test_needs_exactly_one_file(un_path: Path) -> None:
    with pytest.raises(ValueError):
        un.load([un_path, un_path])
