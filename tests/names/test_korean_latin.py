import pytest

from tradeguard.names.korean_latin import reads_korean


@pytest.mark.parametrize(
    "name", ["kim eun jung", "jong un kim", "park geun hye", "ri myong su", "choe ryong hae"]
)
def test_a_korean_surname_and_syllables_read_as_korean(name: str) -> None:
    assert reads_korean(tuple(name.split()))


@pytest.mark.parametrize(
    "name",
    [
        "kim jong",  # a surname and a one-word given name: no order to keep
        "john paul smith",
        "ali hassan kim",  # words that are no Korean syllables
        "vladimir vladimirovich putin",
        "anna kim lee",  # a surname at both ends, but anna is no syllable
    ],
)
def test_other_names_do_not(name: str) -> None:
    assert not reads_korean(tuple(name.split()))
