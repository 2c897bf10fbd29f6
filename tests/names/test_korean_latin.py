import pytest

from tradeguard.names.korean_latin import is_korean_spelling, one_syllable, reads_korean


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


@pytest.mark.parametrize(
    ("a", "b"),
    [("pok", "bok"), ("yong", "young"), ("kil", "gil"), ("hyok", "hyuk"), ("ri", "lee")],
)
def test_spellings_of_one_syllable_in_any_system(a: str, b: str) -> None:
    assert one_syllable(a, b)


def test_spellings_of_other_syllables_are_not_one() -> None:
    assert not one_syllable("kim", "pak")
    assert not one_syllable("jong", "un")
    assert not one_syllable("putin", "putin")  # no Korean syllable at all
    assert is_korean_spelling("bok") and not is_korean_spelling("putin")
