"""Fuzzing the EU FSF loader: mutated copies of the test fixture load or fail cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fuzzing import loader_tests
from tradeguard.lists import eu
from tradeguard.lists.base import ListFormatError

SEED = {"eu-fsf.xml": (Path(__file__).parent / "fixtures" / "eu-fsf-sample.xml").read_bytes()}

(
    test_mutated_file_loads_or_is_refused,
    test_cut_file_never_loads_a_shortened_name,
    test_failed_load_keeps_the_active_version,
) = loader_tests("eu", SEED)


def test_entity_without_a_name_is_skipped_and_reported(tmp_path: Path) -> None:
    # Loaded as an entity with no name, which no screening can ever match.
    text = SEED["eu-fsf.xml"].decode()
    record = text.index('logicalId="900003"')
    end = text.index("</sanctionEntity>", record)
    without = text[:record] + re.sub(r"<nameAlias[^>]*/>", "", text[record:end]) + text[end:]
    path = tmp_path / "eu.xml"
    path.write_text(without, encoding="utf-8")
    data = eu.load([path])
    assert "900003" not in {entity.entry_id for entity in data.entities}
    assert [s.reason for s in data.report.skipped_examples] == ["sanctionEntity without a name"]


def test_repeated_logical_id_is_skipped_and_reported(tmp_path: Path) -> None:
    # Two entities with one id reached the store, which refused them with an IntegrityError.
    text = SEED["eu-fsf.xml"].decode()
    record = re.search(r'<sanctionEntity[^>]*logicalId="900004".*?</sanctionEntity>', text, re.S)
    assert record is not None
    path = tmp_path / "eu.xml"
    path.write_text(text[: record.end()] + record.group() + text[record.end() :], "utf-8")
    data = eu.load([path])
    assert [entity.entry_id for entity in data.entities].count("900004") == 1
    assert (
        data.report.skipped_examples[-1].reason == "a second sanctionEntity with logicalId 900004"
    )


def test_tag_with_an_empty_prefix_is_a_format_error(tmp_path: Path) -> None:
    # Was ValueError from etree.QName("<:address>") before the parser reported it (`make fuzz`).
    path = tmp_path / "eu.xml"
    path.write_bytes(SEED["eu-fsf.xml"].replace(b"<address ", b"<:address ", 1))
    with pytest.raises(ListFormatError, match="QName ':address'"):
        eu.load([path])
