from __future__ import annotations

import pytest

from tradeguard.names.towns import is_town


@pytest.mark.parametrize("town", ["vologda", "rostov", "kazan", "samara", "ryazan", "penza"])
def test_towns_of_the_table_are_towns(town: str) -> None:
    assert is_town(town)


@pytest.mark.parametrize(
    "word",
    [
        "bryansk",  # a town in -sk: its adjective's stem names it (place_adjectives)
        "vladimir",  # a town, but a given name first
        "severnyy",  # a district named "northern"
        "plant",
        "",
    ],
)
def test_words_the_table_leaves_out_are_not(word: str) -> None:
    assert not is_town(word)
