from __future__ import annotations

import pytest

from tradeguard.batchscreen.columns import ColumnMapError, parse_map, present


def test_map_renames_given_fields_and_keeps_the_rest() -> None:
    mapping = parse_map("name=customer_name, birth_date=dob,country=nat")
    assert mapping == {
        "id": "id",
        "name": "customer_name",
        "schema": "schema",
        "birth_date": "dob",
        "country": "nat",
    }


@pytest.mark.parametrize("text", ["nickname=x", "name", "name="])
def test_map_refuses_unknown_fields_and_bad_items(text: str) -> None:
    with pytest.raises(ColumnMapError, match="--map"):
        parse_map(text)


def test_present_drops_absent_optional_columns_but_needs_the_name() -> None:
    mapping = parse_map("name=customer")
    assert present(mapping, ["customer", "country"]) == {"name": "customer", "country": "country"}
    with pytest.raises(ColumnMapError, match="no column customer"):
        present(mapping, ["name", "country"])
