from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradeguard.dates import is_valid_iso_date, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08 Jan 1984", ["1984-01-08"]),
        ("Jan 1984", ["1984-01"]),
        ("1984", ["1984"]),
        ("circa 1960", ["1960"]),
        ("1960 to 1962", ["1960", "1961", "1962"]),
        ("1984-01-08", ["1984-01-08"]),
        ("2026-02-27T00:00:09.554Z", ["2026-02-27"]),
        ("08/01/1984", ["1984-01-08"]),
        ("00/00/1957", ["1957"]),
        ("00/05/1957", ["1957-05"]),
        ("07.10.1952", ["1952-10-07"]),
        ("", []),
        ("unknown", []),
        ("31/13/1984", []),
        ("1984-02-30", []),
        ("1900 to 1999", []),
    ],
)
def test_parse_date(text: str, expected: list[str]) -> None:
    assert parse_date(text) == expected


def test_iso_validation() -> None:
    assert is_valid_iso_date("1971")
    assert is_valid_iso_date("1971-06")
    assert not is_valid_iso_date("06/1971")
    assert not is_valid_iso_date("1971-13-01")


@given(st.text(max_size=30))
def test_parse_date_never_raises(text: str) -> None:
    for value in parse_date(text):
        assert is_valid_iso_date(value)


@given(st.dates())
def test_iso_dates_round_trip(value: object) -> None:
    text = str(value)
    if 1800 <= int(text[:4]) <= 2100:
        assert parse_date(text) == [text]
