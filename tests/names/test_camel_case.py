import pytest

from tradeguard.names import analyze_name
from tradeguard.names.camel_case import split_glued_words


@pytest.mark.parametrize(
    ("glued", "parted"),
    [
        ("СИДИНКО АндрейМихайлович", "СИДИНКО Андрей Михайлович"),
        ("ЧИЖИКОВ ВикторВикторович", "ЧИЖИКОВ Виктор Викторович"),
        ("Jean-PierreDupont", "Jean-Pierre Dupont"),
        ("ЧижиковВиктор", "Чижиков Виктор"),
        ("POLOKHINA AllaVladimirovna", "POLOKHINA Alla Vladimirovna"),
    ],
)
def test_a_capital_after_a_word_starts_another(glued: str, parted: str) -> None:
    assert split_glued_words(glued) == parted


@pytest.mark.parametrize(
    "name",
    ["McDonald", "MacArthur", "DiCaprio", "LeBlanc", "KIM Jong Un", "ivan ivanov", "ViktorM"],
)
def test_capitals_inside_short_parts_stay(name: str) -> None:
    assert split_glued_words(name) == name


def test_only_person_names_are_parted() -> None:
    assert analyze_name("СИДИНКО АндрейМихайлович", "Person")[0].tokens == (
        "sidinko",
        "andrey",
        "mikhaylovich",
    )
    assert analyze_name("PetroChina", "Company")[0].tokens == ("petrochina",)
