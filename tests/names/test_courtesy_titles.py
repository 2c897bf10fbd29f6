import pytest

from tradeguard.names import analyze_name
from tradeguard.names.courtesy_titles import strip_courtesy_titles, strip_degrees
from tradeguard.names.normalize import fold_case


@pytest.mark.parametrize(
    ("name", "left"),
    [
        ("السيدة أزهار الظفير", "أزهار الظفير"),
        ("سرکار خانم دکتر مریم احمدی", "مریم احمدی"),
        ("г-жа Комарова Иванна", "комарова иванна"),
        ("Тов. Иванов", "иванов"),
        ("пані Олена Коваленко", "олена коваленко"),
        ("κ. Γιώργος Παπαδόπουλος", "γιώργοσ παπαδόπουλοσ"),
        ("Sig.ra Maria Rossi", "maria rossi"),
        ("Sayın Ahmet Yılmaz", "ahmet yılmaz"),
    ],
)
def test_titles_in_front_go(name: str, left: str) -> None:
    assert strip_courtesy_titles(fold_case(name)) == left


@pytest.mark.parametrize(
    "name",
    [
        "السيد البدوي",  # al-Sayyid is also a given name: two words must be left
        "Пан Вэй",  # Pan, a Chinese surname
        "Bayan Sapargaliyeva",  # Bayan, a Kazakh given name
        "Don Johnson",
        "Sigurd Olsen",  # a title must be a word of its own
        "г-жа",  # nothing would be left
        "Иванов тов.",  # only in front
    ],
)
def test_names_stay(name: str) -> None:
    assert strip_courtesy_titles(fold_case(name)) == fold_case(name)


def test_titles_of_both_kinds_stack() -> None:
    assert analyze_name("Doç. Dr. Ali Kaya", "Person")[0].tokens == ("ali", "kaya")
    assert analyze_name("السيد سمير المظفر", "Person")[0].tokens == ("samir", "al", "muzaffar")


def test_only_person_names_lose_titles() -> None:
    assert "sayin" in analyze_name("Sayın Holding", "Company")[0].tokens


def test_degrees_after_a_name_go() -> None:
    assert strip_degrees("viktoria gute b.sc.") == "viktoria gute"
    assert strip_degrees("jane doe, phd") == "jane doe"
    assert strip_degrees("jane doe ph.d. mba") == "jane doe"
    assert analyze_name("Univ.Prof. Hanspeter Klapp B.A.", "Person")[0].tokens == (
        "hanspeter",
        "klapp",
    )


def test_degrees_stay_where_too_little_would_be_left_or_they_may_be_names() -> None:
    assert strip_degrees("smith mba") == "smith mba"
    assert strip_degrees("rahman md") == "rahman md"  # Md is also Mohammad
    assert strip_degrees("mba trading") == "mba trading"
