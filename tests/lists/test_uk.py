"""The UK OFSI ConList loader, on the real 2025-04-10 snapshot in both its CSV and XLSX forms."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tradeguard.lists import uk
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity

CSV_NAME = "uk/conlist-2025-04-10.csv"
XLSX_NAME = "uk/conlist-2025-04-10.xlsx"


@pytest.fixture(scope="module")
def from_csv(shared_data: Path) -> ListData:
    return uk.load([shared_data / CSV_NAME])


@pytest.fixture(scope="module")
def from_xlsx(shared_data: Path) -> ListData:
    return uk.load([shared_data / XLSX_NAME])


def by_name(data: ListData, needle: str) -> list[Entity]:
    return [e for e in data.entities if any(needle in n.value for n in e.names)]


@pytest.mark.shared_data
def test_csv_groups_and_header(from_csv: ListData) -> None:
    assert from_csv.list_id == "uk-ofsi"
    assert from_csv.title == "UK OFSI Consolidated List"
    assert from_csv.as_of == "2025-04-10"
    assert from_csv.report.entities == len(from_csv.entities) == 4686
    assert from_csv.report.skipped == 0
    schemas = {e.schema for e in from_csv.entities}
    assert schemas == {"Person", "Organization", "Vessel"}


@pytest.mark.shared_data
def test_xlsx_gives_the_same_entities(from_csv: ListData, from_xlsx: ListData) -> None:
    assert from_xlsx.as_of == from_csv.as_of
    assert len(from_xlsx.entities) == 4686
    assert from_xlsx.entities == from_csv.entities


@pytest.mark.shared_data
def test_every_non_latin_cell_becomes_a_name(shared_data: Path, from_csv: ListData) -> None:
    with (shared_data / CSV_NAME).open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))[2:]
    # Column 8 is "Name Non-Latin Script", 36 the Group ID; the name repeats on many rows.
    cells = [(row[35], " ".join(row[7].split())) for row in table if row[7].strip()]
    assert len(cells) == 3990
    names = {e.entry_id: {n.value for n in e.names} for e in from_csv.entities}
    assert all(value in names[group] for group, value in cells)
    assert len(set(cells)) == 3226


@pytest.mark.shared_data
def test_putin(from_csv: ListData) -> None:
    (putin,) = [e for e in from_csv.entities if e.caption == "Vladimir Vladimirovich PUTIN"]
    assert putin.schema == "Person"
    assert "Владимир Владимирович Путин" in {n.value for n in putin.names}
    assert putin.birth_dates == ["1952-10-07"]
    assert putin.nationalities == ["ru"]
    assert putin.gender == "male"
    assert putin.programs == ["Russia"]
    assert putin.listing_date == "2022-02-25"
    refs = [i.value for i in putin.identifiers if i.label == "UK Sanctions List Ref"]
    assert refs == ["RUS0251"]


@pytest.mark.shared_data
def test_vgtrk_and_nami(from_csv: ListData) -> None:
    (vgtrk,) = by_name(from_csv, "(VGTRK)")
    assert vgtrk.schema == "Organization"
    assert "ru" in vgtrk.countries
    assert any("ВГТРК" in n.value for n in vgtrk.names)
    (nami,) = by_name(from_csv, "FSUE NAMI")
    assert nami.caption.endswith("AUTOMOTIVE ENGINES INSTITUTE NAMI")


@pytest.mark.shared_data
def test_ship_has_imo_and_flag(from_csv: ListData) -> None:
    (ship,) = by_name(from_csv, "SAM JONG 2")
    assert ship.schema == "Vessel"
    assert [i.value for i in ship.identifiers if i.type == "imo"] == ["7408873"]
    assert "kp" in ship.countries


@pytest.mark.shared_data
def test_low_quality_alias_is_weak_and_title_stays_out(from_csv: ListData) -> None:
    aweys = next(e for e in from_csv.entities if e.entry_id == "6995")
    # The primary row repeats an earlier AKA row; only the Title ("Sheikh") differs.
    assert aweys.caption == "Hassan Dahir AWEYS"
    weak = {n.value for n in aweys.names if n.kind == "weak_alias"}
    assert "Sheikh AWEYS" in weak
    assert all(n.quality == "weak" for n in aweys.names if n.kind == "weak_alias")
    assert "Title: Sheikh" in aweys.notes


@pytest.mark.shared_data
def test_numbered_nationalities_and_partial_dob(from_csv: ListData) -> None:
    several = [e for e in from_csv.entities if len(e.nationalities) > 1]
    assert several
    assert any(len(d) == 4 for e in from_csv.entities for d in e.birth_dates)


def test_numbered_splits_ofsi_numbering() -> None:
    assert uk.numbered("(1) Russia (2) Ukraine") == ["Russia", "Ukraine"]
    assert uk.numbered("(1) Uganda (2) Uganda (3)Uganda") == ["Uganda"] * 3
    assert uk.numbered("(1) 20645897 (2) -") == ["20645897"]
    assert uk.numbered("Pakistan") == ["Pakistan"]
    assert uk.numbered("") == []


@pytest.mark.shared_data
def test_truncated_csv_names_file_and_line(shared_data: Path, tmp_path: Path) -> None:
    raw = (shared_data / CSV_NAME).read_bytes()
    cut = raw.index(b"\n", len(raw) // 2) + 40  # 40 bytes into a row
    broken = tmp_path / "conlist-cut.csv"
    broken.write_bytes(raw[:cut])
    with pytest.raises(ListFormatError) as caught:
        uk.load([broken])
    assert caught.value.path == str(broken)
    assert caught.value.location is not None and caught.value.location.startswith("line ")


@pytest.mark.shared_data
def test_truncated_xlsx_names_file(shared_data: Path, tmp_path: Path) -> None:
    raw = (shared_data / XLSX_NAME).read_bytes()
    broken = tmp_path / "conlist-cut.xlsx"
    broken.write_bytes(raw[: len(raw) * 2 // 3])
    with pytest.raises(ListFormatError) as caught:
        uk.load([broken])
    assert caught.value.path == str(broken)
    assert "XLSX" in caught.value.problem
    assert not uk.sniff(broken)


@pytest.mark.shared_data
def test_sniff_only_claims_conlist_files(shared_data: Path) -> None:
    own = {shared_data / CSV_NAME, shared_data / XLSX_NAME}
    assert all(uk.sniff(path) for path in own)
    others = [p for p in shared_data.rglob("*") if p.is_file() and p not in own]
    assert others
    assert [p for p in others if uk.sniff(p)] == []
