from __future__ import annotations

from tradeguard.matching.features import (
    compare_birth_dates,
    compare_countries,
    compare_identifiers,
    compare_named_countries,
    compare_schema,
)
from tradeguard.model import Identifier


def test_birth_dates_compare_at_shared_precision() -> None:
    assert compare_birth_dates(["1984"], ["1984-01-08"]).outcome == "agree"
    assert compare_birth_dates(["1984-01-08"], ["1984-01-08"]).strength == 1.0
    assert compare_birth_dates(["1984"], ["1984-01-08"]).strength < 1.0
    assert compare_birth_dates(["1971"], ["1984-01-08"]).outcome == "conflict"
    assert compare_birth_dates(["1983"], ["1984-01-08"]).outcome == "near"
    assert compare_birth_dates([], ["1984"]).outcome == "unknown"


def test_any_listed_date_may_agree() -> None:
    assert compare_birth_dates(["1961"], ["1960", "1961", "1962"]).outcome == "agree"


def test_countries() -> None:
    assert compare_countries(["ru"], ["ru", "by"]).outcome == "agree"
    assert compare_countries(["fr"], ["ru"]).outcome == "conflict"
    assert compare_countries(["fr"], []).outcome == "unknown"


def test_named_countries_conflict_only_for_a_generic_listed_name() -> None:
    conflict = compare_named_countries(frozenset({"br"}), frozenset({"sy"}), True)
    assert conflict.outcome == "conflict"
    assert "br" in conflict.detail and "sy" in conflict.detail
    # A listed name of its own stays a hit in another country's name (a subsidiary's).
    assert compare_named_countries(frozenset({"de"}), frozenset({"ru"}), False).outcome == (
        "unknown"
    )
    assert compare_named_countries(frozenset({"sy"}), frozenset({"sy", "ru"}), True).outcome == (
        "unknown"
    )
    assert compare_named_countries(frozenset(), frozenset({"sy"}), True).outcome == "unknown"
    assert compare_named_countries(frozenset({"br"}), frozenset(), True).outcome == "unknown"


def test_a_generic_listed_name_must_name_no_country_the_query_does_not() -> None:
    # The Bank of Vietnam against the VIETNAM-RUSSIA JOINT VENTURE BANK, of Vietnam too.
    vietnam, both = frozenset({"vn"}), frozenset({"vn", "ru"})
    conflict = compare_named_countries(vietnam, both, True, both)
    assert conflict.outcome == "conflict" and "ru" in conflict.detail
    assert compare_named_countries(both, both, True, both).outcome == "unknown"
    assert compare_named_countries(vietnam, both, True, vietnam).outcome == "unknown"
    # A query that names no country, or a listed name of its own, is no such conflict.
    assert compare_named_countries(frozenset(), both, True, both).outcome == "unknown"
    assert compare_named_countries(vietnam, both, False, both).outcome == "unknown"


def test_identifiers_ignore_formatting() -> None:
    listed = [Identifier("tax_id", "6320002223", "ru")]
    assert compare_identifiers([Identifier("tax_id", "632-000-2223")], listed).outcome == "agree"
    assert compare_identifiers([Identifier("tax_id", "1111111111")], listed).outcome == "conflict"
    assert compare_identifiers([Identifier("passport", "X1")], listed).outcome == "unknown"


def test_schema_compatibility() -> None:
    assert compare_schema("Person", "Company").outcome == "conflict"
    assert compare_schema("Company", "Organization").outcome == "unknown"
    assert compare_schema("LegalEntity", "Person").outcome == "unknown"
    assert compare_schema(None, "Vessel").outcome == "unknown"
    assert compare_schema("Vessel", "Company").outcome == "conflict"
