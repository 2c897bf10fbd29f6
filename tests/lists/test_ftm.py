"""The OpenSanctions loader: the real Ukrainian targets.simple.csv and a small FtM JSON lines file
written for these tests (tests/lists/fixtures/ftm-sample.jsonl, all parties invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.lists import ftm
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity

UA_NAME = "opensanctions/ua-war-sanctions-2026-03-13.targets.simple.csv"
SAMPLE = Path(__file__).parent / "fixtures" / "ftm-sample.jsonl"


@pytest.fixture(scope="module")
def ua(shared_data: Path) -> ListData:
    return ftm.load([shared_data / UA_NAME])


@pytest.fixture(scope="module")
def sample() -> ListData:
    return ftm.load([SAMPLE])


def entry(data: ListData, entry_id: str) -> Entity:
    return next(e for e in data.entities if e.entry_id == entry_id)


def ids(entity: Entity) -> set[tuple[str, str]]:
    return {(i.type, i.value) for i in entity.identifiers}


@pytest.mark.shared_data
def test_ua_targets(ua: ListData) -> None:
    assert ua.list_id == "os-ua-war-sanctions"
    assert ua.title == "Ukraine War and Sanctions"
    assert ua.as_of == "2026-03-13"
    assert len(ua.entities) == ua.report.entities == 5600
    assert ua.report.skipped == 0
    schemas = {e.schema for e in ua.entities}
    assert schemas == {"Person", "Company", "Vessel", "LegalEntity"}
    assert all(e.id.startswith("os-ua-war-sanctions:") for e in ua.entities)


@pytest.mark.shared_data
def test_zarubin_with_ukrainian_alias(ua: ListData) -> None:
    (zarubin,) = [e for e in ua.entities if e.caption == "ZARUBIN Pavel Alexandrovich"]
    assert zarubin.schema == "Person"
    names = {n.value for n in zarubin.names}
    assert "ЗАРУБІН Павло Олександрович" in names  # Ukrainian spelling
    assert "ЗАРУБИН Павел Александрович" in names  # Russian spelling
    assert zarubin.birth_dates == ["1981-09-07"]
    assert zarubin.programs == ["UA-WS-PROPAGANDISTS"]
    assert ("tax_id", "667210537913") in ids(zarubin)
    assert any("VGTRK" in note for note in zarubin.notes)


@pytest.mark.shared_data
def test_imo_numbers(ua: ListData) -> None:
    vessel = entry(ua, "NK-24cf2zYe7LEKhr2zFck73j")
    assert vessel.caption == "ROSALIN"
    assert ("imo", "9253325") in ids(vessel)
    assert {"Ceram Sea", "Gold Sun", "Nurkez"} <= {n.value for n in vessel.names}
    # Ship owners and managers carry IMO company numbers, which have no check digit.
    owner = entry(ua, "NK-24ZomtS59XsEEB94Qcqy7S")
    assert ("imo", "6495856") in ids(owner)


@pytest.mark.shared_data
def test_russian_register_numbers(ua: ListData) -> None:
    plant = entry(ua, "NK-28mqu8V3AzembAmAfehWPd")
    assert ("registration", "1125042006462") in ids(plant)
    assert ("tax_id", "5042126251") in ids(plant)
    assert plant.countries == ["ru"]


@pytest.mark.shared_data
def test_quoted_values_inside_a_cell(ua: ListData) -> None:
    names = {n.value for e in ua.entities for n in e.names}
    assert 'LIMITED LIABILITY COMPANY "TIKHIYE KRYLIA GROUP OF COMPANIES"' in names
    assert "GK TIKHIYE KRYLIA LLC" in names


def test_multi_splits_like_opensanctions_writes() -> None:
    assert ftm.multi("a;b") == ["a", "b"]
    assert ftm.multi('""') == []
    assert ftm.multi('"x;y";z') == ["x;y", "z"]
    assert ftm.multi('"say ""hi""\nthen go"') == ['say "hi"\nthen go']


def test_identifier_shapes() -> None:
    assert ftm.typed_identifier("IMO9253325", "Vessel").type == "imo"
    assert ftm.typed_identifier("9253325", "Vessel").type == "imo"
    assert ftm.typed_identifier("9253326", "Vessel").type == "other"  # bad check digit
    assert ftm.typed_identifier("1804807", "Company").type == "other"  # 7 digits, not a ship
    assert ftm.typed_identifier("667001255", "Vessel").type == "mmsi"
    assert ftm.typed_identifier("5042126251", "LegalEntity").label == "INN"
    # Ukrainian personal tax numbers are ten digits too; INN for people has twelve.
    assert ftm.typed_identifier("5042126251", "Person").type == "other"
    assert ftm.typed_identifier("1125042006462", "Company").label == "OGRN"
    assert ftm.typed_identifier("1125042006463", "Company").type == "other"


def test_check_digits() -> None:
    assert ftm.imo_valid("9253325")
    assert not ftm.imo_valid("925332")
    assert ftm.inn_valid("667210537913")
    assert not ftm.inn_valid("667210537914")
    assert ftm.ogrn_valid("1125042006462")


def test_list_id_from_file_name() -> None:
    name = Path("ua-war-sanctions-2026-03-13.targets.simple.csv")
    assert ftm.list_id_from_name(name) == "os-ua-war-sanctions"
    assert ftm.list_id_from_name(Path("ua_war_sanctions.targets.simple.csv")) == (
        "os-ua-war-sanctions"
    )
    # OpenSanctions' own file name carries no dataset: the loader uses the dataset column.
    assert ftm.list_id_from_name(Path("targets.simple.csv")) is None


@pytest.mark.shared_data
def test_plain_export_name_falls_back_to_dataset(shared_data: Path, tmp_path: Path) -> None:
    plain = tmp_path / "targets.simple.csv"
    plain.write_bytes((shared_data / UA_NAME).read_bytes())
    assert ftm.load([plain]).list_id == "os-ukraine-war-and-sanctions"


@pytest.mark.shared_data
def test_truncated_simple_csv(shared_data: Path, tmp_path: Path) -> None:
    raw = (shared_data / UA_NAME).read_bytes()
    cut = raw.index(b"\n", len(raw) // 2) + 20
    broken = tmp_path / "ua-war-sanctions.targets.simple.csv"
    broken.write_bytes(raw[:cut])
    with pytest.raises(ListFormatError) as caught:
        ftm.load([broken])
    assert caught.value.path == str(broken)
    assert caught.value.location is not None and caught.value.location.startswith("line ")


def test_json_lines_sample(sample: ListData) -> None:
    assert sample.list_id == "os-tg-sample-list"
    assert sample.as_of == "2025-06-30"
    assert [e.entry_id for e in sample.entities] == [
        "tg-person-ivanova",
        "tg-company-northwind",
        "tg-vessel-seagull",
    ]
    # The Sanction, the Address and the non-target relative are not parties to screen.
    assert sample.report.skipped == 3
    reasons = [s.reason for s in sample.report.skipped_examples]
    assert any("Sanction" in r for r in reasons) and any("target" in r for r in reasons)


def test_json_person(sample: ListData) -> None:
    person = entry(sample, "tg-person-ivanova")
    kinds = {(n.value, n.kind, n.quality) for n in person.names}
    assert ("Ольга Петровна Иванова", "alias", "strong") in kinds
    assert ("Madame Olga", "weak_alias", "weak") in kinds
    assert person.birth_dates == ["1971-03"]
    assert person.nationalities == ["ru"]
    assert person.gender == "female"
    assert ("tax_id", "123456789047") in ids(person)
    # Programme, listing date and reason come from the Sanction entity pointing at her.
    assert person.programs == ["TG-SAMPLE-1"]
    assert person.listing_date == "2023-05-17"
    assert "Invented reason: runs a trading house used in the tests." in person.notes


def test_json_company_and_vessel(sample: ListData) -> None:
    company = entry(sample, "tg-company-northwind")
    assert ("Northwind Logistics LLC", "previous") in {(n.value, n.kind) for n in company.names}
    assert {"ae", "ru"} == set(company.countries)
    assert {("registration", "1020000000019"), ("lei", "5299000000000000TG01")} <= ids(company)
    vessel = entry(sample, "tg-vessel-seagull")
    assert {("imo", "1234567"), ("mmsi", "273000001"), ("call_sign", "UTGS7")} <= ids(vessel)


def test_malformed_json_line_is_named(tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][:-5]  # drop the closing braces of the third entity
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ListFormatError) as caught:
        ftm.load([broken])
    assert caught.value.path == str(broken)
    assert caught.value.location == "line 3"


def test_json_that_is_not_an_entity_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "odd.jsonl"
    first = SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    broken.write_text(first + '\n{"entity_id": 36, "names": []}\n', encoding="utf-8")
    with pytest.raises(ListFormatError, match="line 2"):
        ftm.load([broken])


@pytest.mark.shared_data
def test_sniff_only_claims_opensanctions_files(shared_data: Path) -> None:
    own = shared_data / UA_NAME
    assert ftm.sniff(own)
    assert ftm.sniff(SAMPLE)
    others = [p for p in shared_data.rglob("*") if p.is_file() and p != own]
    assert [p for p in others if ftm.sniff(p)] == []
