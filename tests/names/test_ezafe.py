import pytest

from tradeguard.names import analyze_name
from tradeguard.names.ezafe import without_ezafe


@pytest.mark.parametrize(
    ("written", "without"),
    [
        ("Basij-e Mostazafan", "Basij Mostazafan"),
        ("JAISH-E-MOHAMMED", "JAISH MOHAMMED"),
        ("Lashkar-i-Taiba", "Lashkar Taiba"),
        ("Sherkat-e Ghanisazi-ye Uranium", "Sherkat Ghanisazi Uranium"),
    ],
)
def test_the_hyphened_ezafe_is_left_out(written: str, without: str) -> None:
    assert " ".join(without_ezafe(written).split()) == without


def test_other_hyphens_and_a_word_e_of_its_own_stay() -> None:
    # Italian and Portuguese "e" is "and"; an "-e" ending a name, or inside a word, is no ezafe.
    assert without_ezafe("Dolce e Gabbana") == "Dolce e Gabbana"
    assert without_ezafe("Rhone-Alpes Trading") == "Rhone-Alpes Trading"
    assert without_ezafe("Plan-E") == "Plan-E"
    assert without_ezafe("Kim Jong-il") == "Kim Jong-il"


def test_organisations_lose_it_and_persons_keep_their_words() -> None:
    organisation = [form.tokens for form in analyze_name("Basij-e Mostazafan", "Organization")]
    assert ("basij", "mostazafan") in organisation
    person = [form.tokens for form in analyze_name("Ali-e Karimi", "Person")]
    assert all("e" in tokens for tokens in person)
