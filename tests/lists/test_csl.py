"""The trade.gov Consolidated Screening List loader, on the 2023-11 subset.

The subset file itself was cut in the middle of its last row (inside a quoted address), so the
loader must refuse it; the counts are taken on a copy without that partial row.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tradeguard.lists import csl
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity

CSL_NAME = "us-csl/csl-subset-2023-11.csv"


@pytest.fixture(scope="module")
def complete_copy(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = (shared_data / CSL_NAME).read_bytes()
    path = tmp_path_factory.mktemp("csl") / "csl-subset-complete.csv"
    path.write_bytes(raw[: raw.rindex(b"\n") + 1])
    return path


@pytest.fixture(scope="module")
def data(complete_copy: Path) -> ListData:
    return csl.load([complete_copy])


def entry(data: ListData, entry_id: str) -> Entity:
    return next(e for e in data.entities if e.entry_id == entry_id)


@pytest.mark.shared_data
def test_real_subset_is_cut_in_its_last_row(shared_data: Path) -> None:
    path = shared_data / CSL_NAME
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    # Two header lines, then 4,227 rows of which the last is cut short.
    assert table[0] == table[1]
    assert len(table) - 2 == 4227
    assert len(table[-1]) < len(table[0])
    with pytest.raises(ListFormatError) as caught:
        csl.load([path])
    assert caught.value.path == str(path)
    assert caught.value.location == "line 4233"


@pytest.mark.shared_data
def test_counts_on_complete_rows(data: ListData) -> None:
    assert (data.list_id, data.title) == ("us-csl", "US Consolidated Screening List")
    # 4,226 complete rows; seven _ids appear twice (a party on both SSI and NS-MBS).
    assert len(data.entities) == data.report.entities == 4219
    assert data.report.skipped == 0
    assert len({e.id for e in data.entities}) == 4219
    schemas = {e.schema for e in data.entities}
    assert schemas == {"Person", "Organization", "Vessel", "LegalEntity"}


@pytest.mark.shared_data
def test_entity_list_row(data: ListData) -> None:
    (gulf,) = [e for e in data.entities if e.caption == "Gulf Eagle Contracting (GEC)"]
    # BIS rows give no type; the party may be a company or a person.
    assert gulf.schema == "LegalEntity"
    assert gulf.programs == ["Entity List (EL)"]
    assert gulf.listing_date == "2016-03-21"
    assert gulf.countries == ["ae"]
    assert "Federal Register: 81 FR 14953" in gulf.notes


@pytest.mark.shared_data
def test_party_on_two_lists_is_one_entity(data: ListData) -> None:
    bank = entry(data, "17014")
    assert bank.caption == "Joint Stock Company Russian Agricultural Bank"
    assert {"Sectoral Sanctions Identifications List (SSI)", "RUSSIA-EO14024"} <= set(bank.programs)
    assert "Non-SDN Menu-Based Sanctions List (NS-MBS List)" in bank.programs
    # The SSI row repeats the name in capitals; it is not added a second time.
    assert sum(n.value.casefold() == bank.caption.casefold() for n in bank.names) == 1
    assert ("swift", "RUAGRUMM") in {(i.type, i.value) for i in bank.identifiers}


@pytest.mark.shared_data
def test_ids_column(data: ListData) -> None:
    person = entry(data, "8096")
    assert person.schema == "Person"
    assert person.birth_dates == ["1977-10-21"]
    assert person.nationalities == ["tn"]
    assert [(i.type, i.value) for i in person.identifiers] == [("passport", "P229856")]
    vessel = entry(data, "4243")
    assert vessel.schema == "Vessel"
    assert [(i.type, i.value) for i in vessel.identifiers] == [("imo", "7406784")]
    company = entry(data, "18735")
    assert ("tax_id", "7729679810", "ru") in {
        (i.type, i.value, i.country) for i in company.identifiers
    }
    # Not identifiers: directive text and founding dates stay as notes.
    assert "Organization Established Date, 08 Apr 2011" in company.notes


@pytest.mark.shared_data
def test_linked_to_resolves_within_the_file(data: ListData) -> None:
    company = entry(data, "18735")
    (target,) = company.linked_to
    assert entry(data, target).caption == "VTB BANK PUBLIC JOINT STOCK COMPANY"
    # Links to parties outside the subset are counted, not fatal.
    assert data.report.dangling == 8


@pytest.mark.shared_data
def test_truncated_mid_file_names_the_line(complete_copy: Path, tmp_path: Path) -> None:
    raw = complete_copy.read_bytes()
    cut = raw.index(b"\n", len(raw) // 2) + 30
    broken = tmp_path / "csl-cut.csv"
    broken.write_bytes(raw[:cut])
    with pytest.raises(ListFormatError) as caught:
        csl.load([broken])
    assert caught.value.path == str(broken)
    assert caught.value.location is not None and caught.value.location.startswith("line ")


def test_short_row_is_refused(tmp_path: Path) -> None:
    header = ",".join(csl.REQUIRED)
    path = tmp_path / "short.csv"
    path.write_text(header + "\n" + '"1","SDN","1","Entity"\n', encoding="utf-8")
    with pytest.raises(ListFormatError, match="line 2"):
        csl.load([path])


@pytest.mark.shared_data
def test_sniff_only_claims_the_csl(shared_data: Path) -> None:
    own = shared_data / CSL_NAME
    assert csl.sniff(own)
    others = [p for p in shared_data.rglob("*") if p.is_file() and p != own]
    assert [p for p in others if csl.sniff(p)] == []
