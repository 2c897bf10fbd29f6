"""Fuzzing the OpenSanctions loader: mutated JSON lines and simple CSVs load or fail cleanly."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from fuzzing import loader_tests
from tradeguard.lists import ftm
from tradeguard.lists.base import ListFormatError
from tradeguard.lists.ftm import SIMPLE_REQUIRED

JSON_LINES = (Path(__file__).parent / "fixtures" / "ftm-sample.jsonl").read_bytes()

_SIMPLE = (*SIMPLE_REQUIRED, "dataset", "first_seen", "last_seen")


def _simple() -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(_SIMPLE)
    rows = [
        (
            "NK-1",
            "Person",
            "Test PERSON",
            'T. Person;"Тест ""Персон"""',
            "1984-01-08;1985",
            "ru;xx",
            "",
            "774400149712",
            "Some sanction",
            "RUS-1",
            "Test list",
            "",
            "2026-03-13T05",
        ),
        (
            "NK-2",
            "Vessel",
            "TEST SHIP",
            "",
            "",
            "pa",
            "",
            "IMO6495856;273000000",
            '""""',
            "",
            "Test list",
            "",
            "1e309",
        ),
        ("NK-3", "Address", "Not a party", "", "", "", "", "", "", "", "Test list", "", ""),
    ]
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


(
    test_json_mutated_file_loads_or_is_refused,
    test_json_cut_file_never_loads_a_shortened_name,
    test_json_failed_load_keeps_the_active_version,
) = loader_tests("ftm", {"test-2026-03-13.targets.nested.jsonl": JSON_LINES})
(
    test_simple_mutated_file_loads_or_is_refused,
    test_simple_cut_file_never_loads_a_shortened_name,
    test_simple_failed_load_keeps_the_active_version,
) = loader_tests("ftm", {"test-2026-03-13.targets.simple.csv": _simple()})


def test_deeply_nested_json_line_is_a_format_error(tmp_path: Path) -> None:
    # Was RecursionError, from sniff() as well as load().
    path = tmp_path / "deep.jsonl"
    path.write_bytes(b'{"id": "x", "schema": "Person", "properties": ' + b"[" * 5000 + b"\n")
    assert not ftm.sniff(path)
    with pytest.raises(ListFormatError, match=r"line 1: JSON nested too deeply"):
        ftm.load([path])


def test_identifier_with_a_superscript_digit_stays_untyped(tmp_path: Path) -> None:
    # Was ValueError from int(): str.isdigit() counts "¹" as a digit (found by `make fuzz`).
    path = tmp_path / "test-2026-03-13.targets.simple.csv"
    path.write_bytes(_simple().replace(b"774400149712", "7744¹0149712".encode()))
    person = next(e for e in ftm.load([path]).entities if e.entry_id == "NK-1")
    assert [(i.type, i.value) for i in person.identifiers] == [("other", "7744¹0149712")]
