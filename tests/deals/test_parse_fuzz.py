"""Fuzzing the deal parser: mutated deal files and odd field values give a Deal or a DealError.

Seeds are the deals of the committed cases in tests/deals/cases, written out as YAML and JSON.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import NASTY, fuzz_settings, mutated, time_limit
from tradeguard.deals import Deal, DealError, load_deal, parse_deal
from tradeguard.deals.model import Party, Place

CASES = Path(__file__).parent / "cases"
DEALS: list[dict[str, Any]] = [
    yaml.safe_load(path.read_text(encoding="utf-8"))["deal"]
    for path in sorted(CASES.glob("*.yaml"))
]
SEEDS: list[tuple[str, bytes]] = [
    seed
    for deal in DEALS
    for seed in (
        (".yaml", yaml.safe_dump(deal, allow_unicode=True).encode()),
        (".json", json.dumps(deal, ensure_ascii=False).encode()),
    )
]

# Values a hand-written or machine-made deal may hold where the schema expects something else.
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.just(10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([value.decode("utf-8", "replace") for value in NASTY]),
    st.text(max_size=30),
    st.dates(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    # First-use costs (pydantic validators, country tables) stay out of the first deadline.
    for deal in DEALS:
        parse_deal(deal)


def _load_or_refuse(path: Path) -> Deal | None:
    try:
        with time_limit():
            return load_deal(path)
    except DealError as error:
        assert str(error).strip()
        return None


def _parse_or_refuse(raw: Any) -> Deal | None:
    try:
        with time_limit():
            deal = parse_deal(raw)
    except DealError as error:
        assert str(error).strip()
        return None
    _check_deal(deal)
    return deal


def _check_deal(deal: Deal) -> None:
    """What screening relies on in every deal the parser lets through."""
    assert deal.goods
    assert isinstance(deal.contract_date, date)
    for line in deal.goods:
        assert line.quantity.is_finite() and line.quantity > 0
        assert line.unit_value.is_finite() and line.unit_value >= 0
        assert line.hs_code.isdigit() and 6 <= len(line.hs_code) <= 10
        assert line.engine_cm3 is None or line.engine_cm3 > 0
    places: list[Place | Party] = [deal.ship_from, deal.ship_to, *deal.parties]
    for country in [place.country for place in places] + [line.origin for line in deal.goods]:
        assert country is None or (len(country) == 2 and country.islower())


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key and index path inside a deal, for picking one field to spoil."""
    children: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    found = [prefix] if prefix else []
    for key, child in children:
        found.extend(_paths(child, (*prefix, key)))
    return found


def _spoil(deal: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    """A copy of `deal` with the field at `path` replaced, deleted, or given an unknown sibling."""
    copy = json.loads(json.dumps(deal))
    parent = copy
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if how == "replace":
        parent[last] = value
    elif how == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"unknown_{last}"] = value
    else:
        parent.append(value)
    return copy


@fuzz_settings()
@given(data=st.data())
def test_mutated_deal_file_loads_or_is_refused(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    suffix, seed = data.draw(st.sampled_from(SEEDS), label="seed")
    path = tmp_path_factory.getbasetemp() / f"deal-fuzz{suffix}"
    path.write_bytes(data.draw(mutated(seed), label="file"))
    deal = _load_or_refuse(path)
    if deal is not None:
        _check_deal(deal)


@fuzz_settings()
@given(data=st.data())
def test_odd_field_value_parses_or_is_refused(data: st.DataObject) -> None:
    deal = data.draw(st.sampled_from(DEALS), label="deal")
    path = data.draw(st.sampled_from(_paths(deal)), label="field")
    how = data.draw(st.sampled_from(("replace", "delete", "add")), label="how")
    _parse_or_refuse(_spoil(deal, path, how, data.draw(ODD_VALUES, label="value")))


@fuzz_settings()
@given(
    raw=st.recursive(ODD_VALUES, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner))
)
def test_any_document_parses_or_is_refused(raw: Any) -> None:
    _parse_or_refuse(raw)


def test_seeds_are_valid_deals() -> None:
    # The fuzz tests start from these; a broken seed would exercise only the error path.
    assert all(isinstance(parse_deal(deal), Deal) for deal in DEALS)


# --- regressions: inputs the fuzz tests found -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        # UTF-16 (a spreadsheet's "Unicode text") raised UnicodeDecodeError.
        ("deal.yaml", "deal_id: x\n".encode("utf-16"), "not UTF-8 text"),
        # YAML turns an unquoted date into a datetime.date and raised a bare ValueError.
        ("deal.yaml", b"contract_date: 2024-02-30\n", "day is out of range"),
        # Deep nesting raised RecursionError in both parsers, after seconds in pure-Python YAML.
        ("deal.yaml", b"[" * 5000, "nest(ed too deeply|ing depth)"),
        ("deal.json", b"[" * 5000, "nested too deeply"),
    ],
)
def test_unreadable_file_is_a_deal_error(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DealError, match=problem):
        load_deal(path)
