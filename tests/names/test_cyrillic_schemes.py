from tradeguard.names.cyrillic_schemes import (
    BELARUSIAN_NATIONAL,
    DUTCH,
    FRENCH,
    GERMAN_DUDEN,
    GERMAN_DUDEN_I,
    POLISH,
    RUSSIAN_ICAO,
    RUSSIAN_PRESS,
    UKRAINIAN_NATIONAL,
    romanize_word,
)


def test_icao_passport_spellings() -> None:
    assert romanize_word("юрий", RUSSIAN_ICAO) == "iurii"
    assert romanize_word("объект", RUSSIAN_ICAO) == "obieekt"


def test_press_spellings() -> None:
    assert romanize_word("дмитрий", RUSSIAN_PRESS) == "dmitry"
    assert romanize_word("евгений", RUSSIAN_PRESS) == "yevgeny"
    assert romanize_word("максим", RUSSIAN_PRESS) == "maxim"
    assert romanize_word("фёдор", RUSSIAN_PRESS) == "fyodor"


def test_ukrainian_initial_values_only_at_word_start() -> None:
    assert romanize_word("зеленський", UKRAINIAN_NATIONAL) == "zelenskyi"
    assert romanize_word("юлія", UKRAINIAN_NATIONAL) == "yuliia"
    assert romanize_word("згурський", UKRAINIAN_NATIONAL) == "zghurskyi"


def test_belarusian_national() -> None:
    assert romanize_word("аляксандр", BELARUSIAN_NATIONAL) == "aliaksandr"
    assert romanize_word("ёрш", BELARUSIAN_NATIONAL) == "jors"


def test_german_duden() -> None:
    assert romanize_word("сергеевич", GERMAN_DUDEN) == "sergejewitsch"
    assert romanize_word("горбачёв", GERMAN_DUDEN) == "gorbatschow"
    assert romanize_word("осипов", GERMAN_DUDEN) == "ossipow"
    assert romanize_word("евгений", GERMAN_DUDEN) == "jewgeni"
    assert romanize_word("алексей", GERMAN_DUDEN) == "alexej"
    assert romanize_word("алексей", GERMAN_DUDEN_I) == "alexei"
    assert romanize_word("щукин", GERMAN_DUDEN) == "schtschukin"


def test_polish() -> None:
    assert romanize_word("медведев", POLISH) == "miedwiediew"
    assert romanize_word("сергеевич", POLISH) == "siergiejewicz"
    assert romanize_word("пригожин", POLISH) == "prigożyn"
    assert romanize_word("шойгу", POLISH) == "szojgu"
    assert romanize_word("дмитрий", POLISH) == "dmitrij"
    assert romanize_word("людмила", POLISH) == "ludmila"


def test_french() -> None:
    assert romanize_word("сергей", FRENCH) == "serguei"
    assert romanize_word("шойгу", FRENCH) == "choigou"
    assert romanize_word("ковальчук", FRENCH) == "kovaltchouk"
    assert romanize_word("василий", FRENCH) == "vassili"
    assert romanize_word("пригожин", FRENCH) == "prigojin"


def test_dutch() -> None:
    assert romanize_word("шойгу", DUTCH) == "sjojgoe"
    assert romanize_word("пригожин", DUTCH) == "prigozjin"
    assert romanize_word("юрий", DUTCH) == "joeri"
    assert romanize_word("евгений", DUTCH) == "jevgeni"
