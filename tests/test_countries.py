from __future__ import annotations

import pytest

from tradeguard.countries import country_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "ru"),
        ("Russian Federation", "ru"),
        ("RU", "ru"),
        ("Democratic People's Republic of Korea", "kp"),
        ("Korea, North", "kp"),
        ("Iran", "ir"),
        ("  United Kingdom ", "gb"),
    ],
)
def test_country_code(text: str, code: str) -> None:
    assert country_code(text) == code


def test_unknown_country() -> None:
    assert country_code("Atlantis") is None
    assert country_code("") is None
    assert country_code(None) is None
