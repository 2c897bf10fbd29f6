from tradeguard.names import analyze_name
from tradeguard.names.alternatives import alternatives


def test_semicolons_and_spaced_slashes_separate_whole_names() -> None:
    assert alternatives("Abas Rashidi; Abbas Rashedi") == ("Abas Rashidi", "Abbas Rashedi")
    assert alternatives("Olga POZDNYAKOVA / Olga POZDNIAKOVA") == (
        "Olga POZDNYAKOVA",
        "Olga POZDNIAKOVA",
    )


def test_a_second_spelling_of_the_last_word_alone() -> None:
    assert alternatives("Sergei Petrovich ARTEMENKO / ARTIOMENKO") == (
        "Sergei Petrovich ARTEMENKO",
        "Sergei Petrovich ARTIOMENKO",
    )


def test_slashes_inside_words_give_one_name_per_spelling() -> None:
    assert alternatives("Khaled/Khalid Zubaidi/Zubedi") == ("Khaled Zubaidi", "Khalid Zubedi")
    assert alternatives("Hussam/Hossam AHMED") == ("Hussam AHMED", "Hossam AHMED")


def test_slashes_that_belong_to_the_name_are_kept() -> None:
    for name in ("GU/GRU", "Department 140/16", "Korea Ryenha J/V Corporation", "M/V Ocean"):
        assert alternatives(name) == (), name


def test_every_name_in_the_field_gets_forms() -> None:
    forms = [f.tokens for f in analyze_name("Abas Rashidi; Abbas Rashedi", "Person")]
    assert forms[0] == ("abas", "rashidi", "abbas", "rashedi")
    assert ("abas", "rashidi") in forms
    assert ("abbas", "rashedi") in forms
