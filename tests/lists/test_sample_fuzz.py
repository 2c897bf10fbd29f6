"""Fuzzing the sample-list loader: mutated copies of a small sample YAML load or fail cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzzing import loader_tests
from tradeguard.lists import sample
from tradeguard.lists.base import ListFormatError

SEED = {
    "sample-list.yaml": """\
# A sample list for the fuzz tests; the parties are invented.
tradeguard_sample_list: 1
as_of: 2026-01-01
entities:
  - id: test-person
    schema: Person
    name: Test PERSON
    aliases: [T. Person, {value: Тест Персон, lang: rus}]
    birth_dates: [1952-10-07, "1952"]
    nationalities: [ru]
    gender: male
    identifiers:
      - {type: passport, value: "00232934", country: ru}
    linked_to: [test-company, nobody]
    references:
      - {list: OFAC SDN, entry_id: "35096", program: [RUSSIA-EO14024], listed: 2022-02-25}
  - id: test-company
    schema: Company
    name: Test Trading LLC
    references:
      - {list: UK OFSI, entry_id: "14196", program: Russia, group: "14196"}
""".encode(),
}

(
    test_mutated_file_loads_or_is_refused,
    test_cut_file_never_loads_a_shortened_name,
    test_failed_load_keeps_the_active_version,
) = loader_tests("sample", SEED)


# --- regressions: inputs the fuzz tests found -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        # YAML turns an unquoted date into a datetime.date and raised a bare ValueError.
        (SEED["sample-list.yaml"].replace(b"as_of: 2026-01-01", b"as_of: 2026-02-30"), "day"),
        # Deep nesting raised RecursionError, in sniff() as well as in load(), after seconds
        # in the pure-Python parser; libyaml refuses it at once.
        (b"tradeguard_sample_list: 1\nentities: " + b"[" * 5000, "nest(ed too deeply|ing depth)"),
    ],
)
def test_unreadable_yaml_is_a_format_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "sample-list.yaml"
    path.write_bytes(content)
    assert not sample.sniff(path)
    with pytest.raises(ListFormatError, match=problem):
        sample.load([path])


def test_version_that_is_a_mapping_is_a_format_error(tmp_path: Path) -> None:
    # Was TypeError (unhashable dict) in the version check (found by `make fuzz`).
    path = tmp_path / "sample-list.yaml"
    path.write_bytes(SEED["sample-list.yaml"].replace(b"list: 1\n", b"list:\n  title: x\n"))
    with pytest.raises(ListFormatError, match="unsupported version"):
        sample.load([path])
