import pytest

from tradeguard.names.slavic_gender import gendered_stem, genders_differ


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
    assert genders_differ(masculine, feminine)
    assert genders_differ(feminine, masculine)
    assert gendered_stem(masculine) == (gendered_stem(feminine) or ("", True))[0:1] + (False,)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("komarov", "komarov"),
        ("vysotskiy", "vysotsky"),  # two spellings of one masculine name
        ("hamad", "hamada"),  # a transliteration's added vowel, not a Slavic suffix
        ("zavod", "zavoda"),
        ("komarova", "kamarova"),  # different stems
    ],
)
def test_other_pairs_are_not_relatives(first: str, second: str) -> None:
    assert not genders_differ(first, second)


def test_only_slavic_suffixes_have_a_gender() -> None:
    assert gendered_stem("lukashenko") is None
    assert gendered_stem("ivanova") == ("ivanov", True)
