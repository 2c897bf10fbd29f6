"""Ukrainian and Belarusian given names and patronymics respelt in Russian, and back."""

from __future__ import annotations

import pytest

from tradeguard.names import analyze_name
from tradeguard.names.slavic_equivalents import (
    belarusian_patronymics,
    respell,
    russian_patronymics,
    ukrainian_patronymics,
)


@pytest.mark.parametrize(
    ("name", "male", "female"),
    [
        ("владимир", "владимирович", "владимировна"),
        ("сергей", "сергеевич", "сергеевна"),
        ("николай", "николаевич", "николаевна"),
        ("юрий", "юрьевич", "юрьевна"),
        ("игорь", "игоревич", "игоревна"),
        ("павел", "павлович", "павловна"),
    ],
)
def test_russian_patronymics(name: str, male: str, female: str) -> None:
    assert russian_patronymics(name) == (male, female)


@pytest.mark.parametrize(
    ("name", "male", "female"),
    [
        ("володимир", "володимирович", "володимирівна"),
        ("сергій", "сергійович", "сергіївна"),
        ("микола", "миколайович", "миколаївна"),
        ("павло", "павлович", "павлівна"),
        ("василь", "васильович", "василівна"),
    ],
)
def test_ukrainian_patronymics(name: str, male: str, female: str) -> None:
    assert ukrainian_patronymics(name) == (male, female)


def test_belarusian_patronymics() -> None:
    assert belarusian_patronymics("сяргей") == ("сяргеевіч", "сяргееўна")
    assert belarusian_patronymics("уладзімір") == ("уладзіміравіч", "уладзіміраўна")


def test_female_names_have_no_patronymic_of_their_own() -> None:
    assert russian_patronymics("елена") is None
    assert ukrainian_patronymics("олена") is None


def test_respell_keeps_surnames_and_unknown_words() -> None:
    tokens = ("бадюк", "сергій", "миколайович")
    assert respell(tokens, "uk", "ru") == ("бадюк", "сергей", "николаевич")
    assert respell(("шевченко", "тарасик"), "uk", "ru") is None
    assert respell(tokens, "uk", "pl") is None


def test_respell_folds_yo_and_goes_both_ways() -> None:
    assert respell(("пётр", "фёдорович"), "ru", "uk") == ("петро", "федорович")
    assert respell(("аляксандр",), "be", "ru") == ("александр",)


def test_ukrainian_names_get_the_russian_renderings() -> None:
    forms = {
        f.method: f.tokens for f in analyze_name("Олександр Володимирович ТКАЧЕНКО", lang="uk")
    }
    assert forms["uk"] == ("oleksandr", "volodymyrovych", "tkachenko")
    assert forms["uk-ru-icao"] == ("aleksandr", "vladimirovich", "tkachenko")
    assert "uk-ru-press" in forms


def test_russian_names_get_the_ukrainian_national_form() -> None:
    forms = [f.tokens for f in analyze_name("Сергей Николаевич Петров")]
    assert ("serhii", "mykolaiovych", "petrov") in forms


def test_ukrainian_names_without_telltale_letters_get_the_russian_forms_too() -> None:
    forms = [f.tokens for f in analyze_name("Олександр Володимирович ТКАЧЕНКО")]
    assert ("aleksandr", "vladimirovich", "tkachenko") in forms


def test_belarusian_names_read_as_ukrainian_still_get_the_russian_forms() -> None:
    # No ў, ы or э: the letters say Ukrainian, but the words are Belarusian.
    forms = [f.tokens for f in analyze_name("ВЕЦЯНЕВІЧ, АЛЯКСАНДР ПЯТРОВІЧ", "Person")]
    assert ("vetsianevich", "aleksandr", "petrovich") in forms
