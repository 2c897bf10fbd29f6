"""Fuzzing the UK OFSI loader: mutated ConList CSVs and workbooks load or fail cleanly."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fuzzing import loader_tests
from tradeguard.lists import uk
from tradeguard.lists.base import ListFormatError

HEADER = [
    "Name 6",
    "Name 1",
    "Name 2",
    "Name 3",
    "Name 4",
    "Name 5",
    "Title",
    "Name Non-Latin Script",
    "Non-Latin Script Type",
    "Non-Latin Script Language",
    "DOB",
    "Town of Birth",
    "Country of Birth",
    "Nationality",
    "Passport Number",
    "Passport Details",
    "National Identification Number",
    "National Identification Details",
    "Position",
    "Address 1",
    "Address 2",
    "Address 3",
    "Address 4",
    "Address 5",
    "Address 6",
    "Post/Zip Code",
    "Country",
    "Other Information",
    "Group Type",
    "Alias Type",
    "Alias Quality",
    "Regime",
    "Listed On",
    "UK Sanctions List Date Designated",
    "Last Updated",
    "Group ID",
]

_PERSON = {
    "Name 6": "PERSON",
    "Name 1": "Test",
    "Title": "Sheikh",
    "DOB": "00/04/1957",
    "Town of Birth": "(1) Moscow (2) Kyiv",
    "Country of Birth": "(1) Russia (2) Ukraine",
    "Nationality": "(1) Russia (2) -",
    "Passport Number": "(1) 20645897 (2) 1234",
    "Passport Details": "(1) issued 2010",
    "Address 1": "1 Red Square",
    "Country": "Russia (previous address)",
    "Other Information": "(UK Sanctions List Ref):RUS0251. (Gender):Male",
    "Group Type": "Individual",
    "Alias Type": "Primary name",
    "Regime": "Russia",
    "Listed On": "31/02/2022",
    "UK Sanctions List Date Designated": "26/02/2022",
    "Group ID": "14196",
}
ROWS: list[dict[str, str]] = [
    _PERSON,
    {
        **_PERSON,
        "Name 6": "ПЕРСОН",
        "Name 1": "",
        "Name Non-Latin Script": "Тест Персон",
        "Non-Latin Script Type": "Cryillic",
        "Non-Latin Script Language": "Russian",
        "Alias Type": "AKA",
        "Alias Quality": "Low quality",
    },
    {
        "Name 6": "TEST SHIP",
        "Other Information": "(IMO number):7408873 (Flag of ship):Panama",
        "Group Type": "Ship",
        "Alias Type": "Primary name",
        "Listed On": "1e309",
        "Group ID": "15000",
    },
]


def _csv() -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Last Updated", "10/04/2025"] + [""] * (len(HEADER) - 2))
    writer.writerow(HEADER)
    for row in ROWS:
        writer.writerow([row.get(column, "") for column in HEADER])
    return out.getvalue().encode("utf-8")


def _xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Last Updated", "10/04/2025"])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([row.get(column) or None for column in HEADER])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


(
    test_csv_mutated_file_loads_or_is_refused,
    test_csv_cut_file_never_loads_a_shortened_name,
    test_csv_failed_load_keeps_the_active_version,
) = loader_tests("uk", {"conlist.csv": _csv()})
(
    test_xlsx_mutated_file_loads_or_is_refused,
    test_xlsx_cut_file_never_loads_a_shortened_name,
    test_xlsx_failed_load_keeps_the_active_version,
) = loader_tests("uk", {"conlist.xlsx": _xlsx()}, zipped=True)


# --- regressions: inputs the fuzz tests found -------------------------------------------------


def _rezipped(replace: dict[str, tuple[bytes, bytes]]) -> bytes:
    """The seed workbook with `old` replaced by `new` in the named members."""
    source = zipfile.ZipFile(io.BytesIO(_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info)
            if info.filename in replace:
                old, new = replace[info.filename]
                assert old in content
                content = content.replace(old, new)
            archive.writestr(info.filename, content)
    return out.getvalue()


def _refused(tmp_path: Path, name: str, content: bytes) -> ListFormatError:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ListFormatError) as caught:
        uk.load([path])
    assert caught.value.path == str(path)
    return caught.value


def test_csv_without_a_column_the_rows_are_read_by(tmp_path: Path) -> None:
    # Was KeyError: 'DOB'; only four columns were checked.
    content = _csv().replace(b",DOB,", b",Date of Birth,", 1)
    assert "missing columns: DOB" in str(_refused(tmp_path, "conlist.csv", content))


def test_workbook_attribute_of_the_wrong_type(tmp_path: Path) -> None:
    # Was TypeError from openpyxl's typed descriptors.
    member = {"xl/worksheets/sheet1.xml": (b'baseColWidth="8"', b'baseColWidth="x"')}
    assert "not a readable XLSX" in str(_refused(tmp_path, "c.xlsx", _rezipped(member)))


def test_workbook_without_a_worksheet(tmp_path: Path) -> None:
    # Was IndexError on workbook.worksheets[0].
    sheets = re.search(rb"<sheets>.*</sheets>", _xlsx_member("xl/workbook.xml"))
    assert sheets is not None
    member = {"xl/workbook.xml": (sheets.group(), b"<sheets/>")}
    assert "no worksheet" in str(_refused(tmp_path, "c.xlsx", _rezipped(member)))


def test_workbook_member_with_unknown_compression(tmp_path: Path) -> None:
    # Was NotImplementedError from zipfile: the central directory names method 99.
    content = bytearray(_xlsx())
    entry = content.index(b"PK\x01\x02")
    while not content[entry + 46 :].startswith(b"xl/workbook.xml"):
        entry = content.index(b"PK\x01\x02", entry + 4)
    content[entry + 10 : entry + 12] = (99).to_bytes(2, "little")
    assert "not a readable XLSX" in str(_refused(tmp_path, "c.xlsx", bytes(content)))


def _xlsx_member(name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(_xlsx())).read(name)


def test_group_without_a_name_is_skipped_and_reported(tmp_path: Path) -> None:
    # Loaded as an entity with no name, which no screening can ever match.
    path = tmp_path / "conlist.csv"
    path.write_bytes(_csv().replace(b"TEST SHIP", b""))
    data = uk.load([path])
    assert [entity.entry_id for entity in data.entities] == ["14196"]
    assert data.report.skipped_examples[0].location == "Group ID 15000"
