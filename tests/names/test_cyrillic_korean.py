from tradeguard.names import analyze_name
from tradeguard.names.cyrillic_korean import parse_syllables, to_hangul


def tokens(name: str, schema: str | None = "Person") -> list[tuple[str, ...]]:
    return [form.tokens for form in analyze_name(name, schema)]


def test_kim_jong_un_in_russian() -> None:
    result = analyze_name("Ким Чен Ын", "Person")
    assert result[0].tokens == ("kim", "jong", "un")
    assert result[0].script == "Cyrillic"
    assert ("kim", "chen", "yn") in [form.tokens for form in result]


def test_kim_jong_il_and_pak_pong_ju() -> None:
    assert tokens("Ким Чен Ир")[0] == ("kim", "jong", "il")
    assert tokens("Пак Пон Джу")[0] == ("pak", "pong", "ju")
    assert ("park", "bong", "ju") in tokens("Пак Пон Джу")


def test_reads_back_into_hangul() -> None:
    assert to_hangul(("ким", "чен", "ын")) == ("김", "정은")
    assert to_hangul(("чхве", "рён", "хэ")) == ("최", "룡해")
    assert to_hangul(("ын", "чен", "ким")) == ("김", "은정")
    assert parse_syllables("ченын") == "정은"


def test_russian_names_are_not_read_as_korean() -> None:
    assert to_hangul(("путин", "владимир")) is None
    assert to_hangul(("ким", "александр")) is None
    assert tokens("Ким Александр")[0] == ("kim", "aleksandr")


def test_organisations_are_not_read_as_korean() -> None:
    assert analyze_name("Ким Чен Ын", "Organization")[0].method == "ru"


def test_kim_jong_un_in_ukrainian_and_belarusian() -> None:
    # Ukrainian writes Russian и as і and ы as и; Belarusian е as э after a consonant.
    assert tokens("Кім Чен Ин")[0] == ("kim", "jong", "un")
    assert tokens("Кім Чэн Ын")[0] == ("kim", "jong", "un")
    assert tokens("Кім Ір Сен")[0] == ("kim", "il", "song")


def test_ukrainian_soft_sign_and_o_is_russian_yo() -> None:
    assert tokens("Чхве Рьон Хе")[0] == ("choe", "ryong", "hye")


def test_ukrainian_names_are_not_read_as_korean() -> None:
    assert tokens("Олександр Володимирович Ткаченко")[0][0] == "oleksandr"
    assert tokens("Кім Ірина Петрівна")[0] == ("kim", "iryna", "petrivna")
