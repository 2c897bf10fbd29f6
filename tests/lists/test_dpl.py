"""The BIS Denied Persons List loader, on the tab-separated file in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.lists import dpl
from tradeguard.lists.base import ListData, ListFormatError

DPL_NAME = "us-csl/bis-dpl.txt"


@pytest.fixture(scope="module")
def data(shared_data: Path) -> ListData:
    return dpl.load([shared_data / DPL_NAME])


@pytest.mark.shared_data
def test_rows_fold_into_parties(data: ListData) -> None:
    assert (data.list_id, data.title) == ("us-bis-dpl", "US BIS Denied Persons List")
    # 546 name-and-address rows, 415 distinct names; two differ only in a hyphen.
    assert len(data.entities) == data.report.entities == 414
    assert data.report.skipped == 0
    assert all(e.schema == "LegalEntity" for e in data.entities)
    assert all(e.programs == ["Denied Persons List (DPL)"] for e in data.entities)


@pytest.mark.shared_data
def test_known_party(data: ListData) -> None:
    (jin,) = [e for e in data.entities if e.caption == "ZHONGDA JIN"]
    assert jin.entry_id == "ZHONGDA-JIN"
    assert jin.listing_date == "2001-07-31"
    assert jin.addresses == ["1895 DOBBIN DRIVE, SUITE B, SAN JOSE, CA, 95133, US"]
    assert jin.countries == ["us"]
    assert "Denial expires: 2026-07-31" in jin.notes


@pytest.mark.shared_data
def test_spelling_variants_share_an_entity(data: ListData) -> None:
    naser = next(e for e in data.entities if e.entry_id == "AL-NASER-AIRLINES")
    assert {n.value for n in naser.names} == {"AL NASER AIRLINES", "AL-NASER AIRLINES"}
    assert {"iq", "ae", "jo"} <= set(naser.countries)


@pytest.mark.shared_data
def test_leading_space_is_dropped(data: ListData) -> None:
    assert any(e.caption == "I. ASH" for e in data.entities)


def test_us_dates_are_month_first() -> None:
    assert dpl.us_date("10/16/2017") == "2017-10-16"
    assert dpl.us_date("03/04/2002") == "2002-03-04"
    assert dpl.us_date("") is None
    assert dpl.us_date("31/12/2002") is None


@pytest.mark.shared_data
def test_truncated_file_names_the_line(shared_data: Path, tmp_path: Path) -> None:
    raw = (shared_data / DPL_NAME).read_bytes()
    cut = raw.index(b"\n", len(raw) // 2) + 25
    broken = tmp_path / "dpl-cut.txt"
    broken.write_bytes(raw[:cut])
    with pytest.raises(ListFormatError) as caught:
        dpl.load([broken])
    assert caught.value.path == str(broken)
    assert caught.value.location is not None and caught.value.location.startswith("line ")


@pytest.mark.shared_data
def test_sniff_only_claims_the_dpl(shared_data: Path) -> None:
    own = shared_data / DPL_NAME
    assert dpl.sniff(own)
    others = [p for p in shared_data.rglob("*") if p.is_file() and p != own]
    assert [p for p in others if dpl.sniff(p)] == []
