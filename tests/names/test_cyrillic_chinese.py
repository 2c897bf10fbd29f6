import pytest

from tradeguard.names import analyze_name
from tradeguard.names.cyrillic_chinese import palladius, split_syllables, to_pinyin


def tokens(name: str, schema: str | None = "Person") -> list[tuple[str, ...]]:
    return [form.tokens for form in analyze_name(name, schema)]


@pytest.mark.parametrize(
    ("syllable", "spelling"),
    [
        ("xi", "си"), ("jin", "цзинь"), ("ping", "пин"), ("zhou", "чжоу"), ("zi", "цзы"),
        ("shi", "ши"), ("ri", "жи"), ("xu", "сюй"), ("quan", "цюань"), ("yue", "юэ"),
        ("wei", "вэй"), ("er", "эр"), ("hui", "хуэй"), ("gui", "гуй"), ("guo", "го"),
        ("xiong", "сюн"), ("song", "сун"), ("lian", "лянь"), ("jie", "цзе"), ("ze", "цзэ"),
        ("you", "ю"), ("yi", "и"), ("wu", "у"), ("ren", "жэнь"), ("zhong", "чжун"),
    ],
)  # fmt: skip
def test_palladius_spellings(syllable: str, spelling: str) -> None:
    assert palladius(syllable) == spelling


def test_words_split_into_syllables() -> None:
    assert split_syllables("цзиньпин") == ("jin", "ping")
    assert split_syllables("сяопин") == ("xiao", "ping")  # not ся о пин
    assert split_syllables("сиань") == ("xi", "an")  # Xi'an; xian is сянь
    assert split_syllables("люй") == ("lu",)  # ASCII pinyin writes lü as lu
    assert split_syllables("хе") == ("he",)  # е for э after a consonant that never takes ie
    assert split_syllables("александр") is None


def test_xi_jinping_in_russian() -> None:
    forms = tokens("Си Цзиньпин")
    assert forms[0] == ("xi", "jin", "ping")
    assert ("xi", "jinping") in forms
    assert ("hsi", "chin", "ping") in forms
    # The Russian romanisation stays, for lists that copied it.
    assert ("si", "tszinpin") in forms


def test_ukrainian_spelling_is_read_in_russian_letters() -> None:
    assert ("zhao", "yingkui") in tokens("ЧЖАО Інкуй")
    assert ("zou", "zongmin") in tokens("ЦЗОУ Цзунмінь")


def test_compound_surname() -> None:
    assert ("ouyang", "xiu") in tokens("Оуян Сю")


def test_russian_names_are_not_read_as_chinese() -> None:
    # Every word must split into Chinese syllables, and one end must be a Chinese surname.
    assert to_pinyin(("путин", "владимир")) is None
    assert to_pinyin(("ли", "александр")) is None
    assert to_pinyin(("анна", "нина")) is None
    assert to_pinyin(("си",)) is None


def test_korean_names_stay_korean() -> None:
    assert tokens("Ким Чен Ын")[0] == ("kim", "jong", "un")
    assert to_pinyin(("ли", "ван", "чоль")) is None


def test_organisations_are_not_read_as_chinese() -> None:
    assert all(
        form.method.startswith(("ru", "uk")) for form in analyze_name("Си Цзиньпин", "Organization")
    )
