"""The EU FSF XML loader: the real one-record excerpt and the project's own invented sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.lists import eu
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity, Identifier

SAMPLE = Path(__file__).parent / "fixtures" / "eu-fsf-sample.xml"
EXCERPT = "eu-fsf/excerpt-putin-2022.xml"


@pytest.fixture(scope="module")
def sample() -> ListData:
    return eu.load([SAMPLE])


@pytest.fixture(scope="module")
def by_id(sample: ListData) -> dict[str, Entity]:
    return {entity.entry_id: entity for entity in sample.entities}


@pytest.mark.shared_data
def test_real_excerpt(shared_data: Path) -> None:
    data = eu.load([shared_data / EXCERPT])
    assert data.list_id == "eu-fsf"
    assert data.title == "EU Consolidated Financial Sanctions List"
    assert data.as_of == "2022-02-26"
    [putin] = data.entities
    assert putin.id == "eu-fsf:135909"
    assert putin.schema == "Person"
    assert putin.caption == "Vladimir Vladimirovich PUTIN"
    names = {name.value: name for name in putin.names}
    assert names["Vladimir Vladimirovitj PUTIN"].lang == "swe"
    assert names["Vladimir Vladimirovitj PUTIN"].kind == "alias"
    assert putin.birth_dates == ["1952-10-07"]
    assert putin.programs == ["UKR"]
    assert putin.listing_date == "2022-02-25"
    assert putin.gender == "male"
    assert putin.positions == ["President of the Russian Federation"]
    assert putin.birth_places == ["Leningrad (now Saint-Petersburg), RUSSIAN FEDERATION"]
    assert putin.source_url is not None and putin.source_url.startswith(
        "https://eur-lex.europa.eu/"
    )


def test_sample_counts(sample: ListData) -> None:
    assert [e.schema for e in sample.entities] == [
        "Person",
        "Organization",
        "Person",
        "Organization",
    ]
    assert sample.as_of == "2024-03-01"
    assert sample.report.entities == 4
    assert sample.report.skipped == 0


def test_person_with_two_birth_dates_and_passport(by_id: dict[str, Entity]) -> None:
    person = by_id["900001"]
    assert person.caption == "Arkady Semyonovich VOLNOV"
    assert person.birth_dates == ["1961-03-14", "1962"]
    assert "Date of birth circa 1962" in person.notes
    assert person.nationalities == ["ru"]
    assert person.identifiers == [Identifier("passport", "7512345678", "ru", "National passport")]
    assert "EU reference EU.9001.01" in person.notes


def test_cyrillic_name_alias(by_id: dict[str, Entity]) -> None:
    names = {name.value: name for name in by_id["900001"].names}
    cyrillic = names["Аркадий Семёнович ВОЛНОВ"]
    assert (cyrillic.kind, cyrillic.quality, cyrillic.lang) == ("alias", "strong", "rus")


def test_enterprise_registration_and_weak_alias(by_id: dict[str, Entity]) -> None:
    company = by_id["900002"]
    assert company.caption == "Joint Stock Company Northern Lantern Shipyard"
    weak = [name for name in company.names if name.quality == "weak"]
    assert [(n.value, n.kind) for n in weak] == [("Northern Lantern", "weak_alias")]
    assert [(i.type, i.value, i.country) for i in company.identifiers] == [
        ("registration", "1099900000001", "ru"),
        ("swift", "NLSYXXMM", None),
    ]
    assert company.addresses == ["1 Embankment Lane, 164500, Severodvinsk, RUSSIAN FEDERATION"]
    assert company.countries == ["ru"]


def test_year_range_unknown_country_and_name_parts(by_id: dict[str, Entity]) -> None:
    person = by_id["900003"]
    assert person.caption == "Leila HADDAD"
    assert person.gender == "female"
    assert person.birth_dates == ["1970", "1971", "1972"]
    assert person.nationalities == []
    assert "Title: Dr" in person.notes
    assert "A made-up person for the test suite." in person.notes


def test_arabic_name_without_language_gets_script(by_id: dict[str, Entity]) -> None:
    names = {name.value: name for name in by_id["900004"].names}
    assert names["مؤسسة الهلال التجارية"].lang == "Arabic"
    assert by_id["900004"].programs == ["SYR"]


def test_file_without_namespace(tmp_path: Path, sample: ListData) -> None:
    plain = tmp_path / "plain.xml"
    text = SAMPLE.read_text(encoding="utf-8")
    plain.write_text(text.replace(' xmlns="http://eu.europa.ec/fpi/fsd/export"', ""), "utf-8")
    assert eu.sniff(plain)
    assert eu.load([plain]).entities == sample.entities


def test_entity_without_logical_id_is_skipped(tmp_path: Path) -> None:
    broken = tmp_path / "no-id.xml"
    text = SAMPLE.read_text(encoding="utf-8")
    broken.write_text(text.replace(' logicalId="900003"', ""), "utf-8")
    data = eu.load([broken])
    assert data.report.entities == 3
    assert data.report.skipped == 1
    assert data.report.skipped_examples[0].location.startswith("no-id.xml line ")


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.95])
def test_truncated_file(tmp_path: Path, fraction: float) -> None:
    data = SAMPLE.read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(ListFormatError) as caught:
        eu.load([cut])
    assert caught.value.path == str(cut)
    last_line = cut.read_bytes().count(b"\n") + 1
    assert caught.value.location == f"line {last_line}"


def test_wrong_root(tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>")
    with pytest.raises(ListFormatError, match="not export"):
        eu.load([other])


@pytest.mark.shared_data
def test_sniff(shared_data: Path) -> None:
    assert eu.sniff(SAMPLE)
    assert eu.sniff(shared_data / EXCERPT)
    for other in [
        "un/consolidated-2026-02-27.xml",
        "ofac/sdn-2024-05-03/sdn.csv",
        "uk/conlist-2025-04-10.xlsx",
        "us-csl/csl-subset-2023-11.csv",
    ]:
        assert not eu.sniff(shared_data / other), other
