from tradeguard.names import analyze_name
from tradeguard.names.slavic_latin import respell_latin


def respelt(name: str) -> tuple[str, ...] | None:
    return respell_latin(tuple(name.split()))


def test_belarusian_national_and_passport_spellings_get_russian_forms() -> None:
    assert respelt("aliaksandr mikalaevich") == ("alexandr", "nikolayevich")
    assert respelt("siarhei uladzimiravich") == ("sergey", "vladimirovich")


def test_belarusian_yo_is_written_io_in_latin() -> None:
    # Арцём, Сямён, Фёдар: the Cyrillic tables fold ё into е, their Latin spellings must not.
    assert respelt("arciom kanstantinavich dunka") == ("artem", "kanstantinovich", "dunka")
    assert respelt("siamion") == ("semen",)
    assert respelt("fiodar") == ("fedor",)
    # A document that wrote е for ё is still read.
    assert respelt("arciem") == ("artem",)


def test_ukrainian_given_names_and_patronymics_in_bgn_or_national_spelling() -> None:
    assert respelt("serhiy") == ("sergey",)
    assert respelt("olha ihorivna") == ("olga", "igorevna")


def test_other_words_of_a_belarusian_or_ukrainian_name_follow_the_regular_rules() -> None:
    # ў written u, akanne, г written h; a patronymic of an unknown name by its ending.
    assert respelt("siarhei epikhau") == ("sergey", "epikhov")
    assert respelt("tatsiana pirozhnikava") == ("tatyana", "pirozhnikova")
    assert respelt("kateryna hubarieva") == ("yekaterina", "gubarieva")
    assert respelt("ivan zabulonavich") == ("ivan", "zabulonovich")


def test_belarusian_soft_dz_and_ts_wait_for_belarusian_evidence() -> None:
    assert respelt("tatsiana viktarauna shotsik") == ("tatyana", "viktorovna", "shotik")
    assert respelt("dzianis dzenisenka") == ("denis", "denisenko")
    assert respelt("ludmila stsiapanauna vashchanka") == ("ludmila", "stepanovna", "vashchenko")
    # Ukrainian has a dz of its own.
    assert respelt("oleh dziuba") == ("oleg", "dziuba")


def test_given_names_with_the_russian_g_mixed_in() -> None:
    assert respelt("aleg balyakau") == ("oleg", "balyakov")
    assert respelt("igar ivanovich") == ("igor", "ivanovich")


def test_names_without_belarusian_or_ukrainian_evidence_are_left_alone() -> None:
    assert respelt("sergei nikolaevich khamenka") is None
    assert respelt("john smith") is None


def test_a_russian_spelling_is_never_turned_into_another_name() -> None:
    for name in ("oleg", "igor", "denis", "nikolai", "vladimir"):
        assert respelt(name) is None


def test_person_names_get_the_russian_form_as_an_extra_rendering() -> None:
    forms = [f.tokens for f in analyze_name("Aliaksandr Mikalaevich BELIAKOU", "Person")]
    assert forms[0] == ("aliaksandr", "mikalaevich", "beliakou")
    assert ("alexandr", "nikolayevich", "beliakov") in forms


def test_organisation_names_are_not_respelt() -> None:
    forms = [f.tokens for f in analyze_name("Oleh Holub Trading", "Company")]
    assert forms == [("oleh", "holub", "trading")]
