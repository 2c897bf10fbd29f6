"""The EU Official Journal annex CSVs (OpenSanctions transcription), on the real folder."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tradeguard.lists import eu_ojeu
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity

pytestmark = pytest.mark.shared_data

HEADER_ONLY_SIZE = 412


@pytest.fixture(scope="module")
def consolidated(shared_data: Path) -> list[Path]:
    return sorted((shared_data / "eu-ojeu" / "consolidated").glob("*.csv"))


@pytest.fixture(scope="module")
def amendments(shared_data: Path) -> list[Path]:
    return sorted((shared_data / "eu-ojeu" / "amendments").glob("*.csv"))


@pytest.fixture(scope="module")
def eu_list(consolidated: list[Path]) -> ListData:
    return eu_ojeu.load(consolidated)


def _find(data: ListData, caption_part: str) -> Entity:
    [found] = [entity for entity in data.entities if caption_part in entity.caption]
    return found


def test_whole_folder_loads(consolidated: list[Path]) -> None:
    data = eu_ojeu.load(consolidated)
    # 8,017 rows; 29 of them repeat a whole entity row under a second measure or annex.
    assert data.report.entities == 7988
    assert data.report.skipped == 0
    assert data.list_id == "eu-ojeu"
    assert data.title == "EU sanctions annexes (Official Journal transcription)"
    assert data.report.files == [str(path) for path in consolidated]


def test_counts_by_programme(eu_list: ListData) -> None:
    programs = Counter(program for entity in eu_list.entities for program in entity.programs)
    assert programs["EU 269/2014"] == 2802
    assert programs["EU 833/2014"] == 1734
    assert len(programs) == 37  # 45 frameworks, 8 of them header-only


def test_zarubin(eu_list: ListData) -> None:
    person = _find(eu_list, "ZARUBIN")
    assert person.schema == "Person"
    assert person.caption == "Pavel Aleksandrovich ZARUBIN"
    cyrillic = [name for name in person.names if name.lang == "Cyrillic"]
    assert [name.value for name in cyrillic] == ["Павел Александрович ЗАРУБИН"]
    assert person.birth_dates == ["1981-09-07"]
    assert person.nationalities == ["ru"]
    assert person.gender == "male"
    assert person.programs == ["EU 2024/2642"]
    assert person.listing_date == "2026-01-29"
    assert person.entry_id == "32024R2642-I.A-63"


def test_vgtrk(eu_list: ListData) -> None:
    company = _find(eu_list, "(VGTRK)")
    assert company.schema == "LegalEntity"
    names = {name.value: name for name in company.names}
    assert names[
        "Всероссиийская государственная телевизионная и радиовещательная компания (ВГТРК)"
    ].lang == ("Cyrillic")
    assert company.programs == ["EU 269/2014"]
    assert company.listing_date == "2022-12-16"
    assert [(i.type, i.value) for i in company.identifiers] == [("registration", "1027700310076")]
    assert len(company.addresses) == 3


def test_repeated_entity_row_is_one_party(eu_list: ListData) -> None:
    bank = _find(eu_list, "Belagroprombank")
    contexts = [note for note in bank.notes if note.startswith("EU 765/2006 Annex")]
    assert contexts == [
        "EU 765/2006 Annex IX (EU-BLR): Financial restrictions",
        "EU 765/2006 Annex XV (EU-BLR): Financial restrictions",
    ]


def test_ids_unique(eu_list: ListData) -> None:
    ids = [entity.id for entity in eu_list.entities]
    assert len(ids) == len(set(ids))


def test_asset_kept_as_legal_entity(eu_list: ListData) -> None:
    [port] = [entity for entity in eu_list.entities if entity.caption == "Novorossiysk"]
    assert port.schema == "LegalEntity"
    assert any("asset" in note for note in port.notes)


def test_enumerated_nationalities(eu_list: ListData) -> None:
    multi = [e for e in eu_list.entities if {"dz", "de"} <= set(e.nationalities)]
    assert multi, "'(a) Algerian, (b) German' gives both codes"


def test_header_only_files_are_empty_not_errors(consolidated: list[Path]) -> None:
    empty = [path for path in consolidated if path.stat().st_size == HEADER_ONLY_SIZE]
    assert len(empty) == 8
    assert eu_ojeu.load(empty).entities == []


def test_amendments_add_to_the_snapshot(consolidated: list[Path], amendments: list[Path]) -> None:
    data = eu_ojeu.load(consolidated + amendments)
    assert 7988 < data.report.entities <= 7988 + 417
    with pytest.raises(ListFormatError, match="consolidated snapshot"):
        eu_ojeu.load(amendments)


@pytest.mark.parametrize(
    ("celex", "label"),
    [
        ("32014R0269", "EU 269/2014"),
        ("32024R2642", "EU 2024/2642"),
        ("32015R1755", "EU 2015/1755"),
        ("32011D0173", "EU Decision 2011/173"),
        ("nonsense", "EU nonsense"),
    ],
)
def test_regulation_label(celex: str, label: str) -> None:
    assert eu_ojeu.regulation_label(celex) == label


def test_truncated_inside_quoted_cell(consolidated: list[Path], tmp_path: Path) -> None:
    source = next(path for path in consolidated if path.name == "32024R2642.csv")
    data = source.read_bytes()
    cut = tmp_path / source.name
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ListFormatError) as caught:
        eu_ojeu.load([cut])
    assert caught.value.path == str(cut)
    assert caught.value.location == f"line {cut.read_text('utf-8').count(chr(10)) + 1}"


def test_file_cut_after_a_cell(consolidated: list[Path], tmp_path: Path) -> None:
    source = next(path for path in consolidated if path.name == "32024R2642.csv")
    header, first_row = source.read_bytes().decode("utf-8").split("\r\n")[:2]
    cut = tmp_path / source.name
    cut.write_text(header + "\r\n" + first_row[: first_row.index(",Asset freeze,")], "utf-8")
    with pytest.raises(ListFormatError, match="middle of a row") as caught:
        eu_ojeu.load([cut])
    assert caught.value.location == "line 2"


def test_row_with_missing_cells(consolidated: list[Path], tmp_path: Path) -> None:
    source = next(path for path in consolidated if path.name == "32024R2642.csv")
    header, first_row = source.read_bytes().decode("utf-8").split("\r\n")[:2]
    short = tmp_path / source.name
    short.write_text(f"{header}\r\n{first_row[: first_row.index(',Asset freeze,')]}\r\n", "utf-8")
    with pytest.raises(ListFormatError, match="expected 45 fields, found 4") as caught:
        eu_ojeu.load([short])
    assert caught.value.location == "line 2"


def test_wrong_header(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("name,alias\nA,B\n", "utf-8")
    with pytest.raises(ListFormatError, match="header"):
        eu_ojeu.load([other])
    empty = tmp_path / "empty.csv"
    empty.write_text("", "utf-8")
    with pytest.raises(ListFormatError, match="empty file"):
        eu_ojeu.load([empty])


def test_sniff_claims_only_journal_csvs(
    shared_data: Path, consolidated: list[Path], amendments: list[Path]
) -> None:
    assert all(eu_ojeu.sniff(path) for path in consolidated + amendments)
    other_csvs = [
        path
        for path in shared_data.rglob("*")
        if path.is_file()
        and "eu-ojeu" not in path.parts
        and path.suffix in (".csv", ".txt", ".xml")
    ]
    assert len(other_csvs) >= 8
    assert not any(eu_ojeu.sniff(path) for path in other_csvs)
    assert not eu_ojeu.sniff(shared_data / "eu-ojeu" / "FORMAT.md")
