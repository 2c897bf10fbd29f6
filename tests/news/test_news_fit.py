from __future__ import annotations

import pytest

from tradeguard.news.fit import LISTED, POSSIBLE, fit


@pytest.mark.parametrize(
    ("text", "listed", "schema", "expected"),
    [
        ("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", "Person", LISTED),
        ("Kim Jong-un", "KIM Jong Un", "Person", LISTED),
        ("Rossía-1", "RUSSIA-1", "Organization", LISTED),
        ("Luis Moreno", "MORENO MEDINA, Luis Ignacio", "Person", POSSIBLE),
        ("Renault", "REYNOLDO LOPEZ-COTA", "Person", None),
        ("Toyota", "TUTO", "Person", None),
        ("Eastern Economic Forum", "LIMITED LIABILITY COMPANY FORUM", "Company", None),
    ],
)
def test_fit(text: str, listed: str, schema: str, expected: str | None) -> None:
    assert fit(text, listed, schema) == expected
