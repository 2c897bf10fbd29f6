import pytest

from tradeguard.names.slavic_gender import gendered_stem


@pytest.mark.parametrize(
    ("masculine", "feminine"),
    [
        ("komarov", "komarova"),
        ("pushkin", "pushkina"),
        ("vysotskiy", "vysotskaya"),
        ("kowalski", "kowalska"),
        ("valentin", "valentina"),
    ],
)
def test_one_stem_in_two_genders(masculine: str, feminine: str) -> None:
    assert gendered_stem(masculine) == (gendered_stem(feminine) or ("", True))[0:1] + (False,)


def test_only_slavic_suffixes_have_a_gender() -> None:
    assert gendered_stem("lukashenko") is None
    assert gendered_stem("ivanova") == ("ivanov", True)
