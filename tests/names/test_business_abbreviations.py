from tradeguard.names import analyze_name
from tradeguard.names.business_abbreviations import spelt_out


def first_tokens(name: str, schema: str | None) -> tuple[str, ...]:
    return analyze_name(name, schema)[0].tokens


def test_abbreviated_business_words_are_spelt_out() -> None:
    assert spelt_out(("kalashnikov", "mfg")) == ("kalashnikov", "manufacturing")
    assert spelt_out(("orion", "hldgs")) == ("orion", "holdings")
    assert spelt_out(("orion", "holdings")) == ("orion", "holdings")


def test_an_organisation_s_abbreviated_and_spelt_out_names_have_one_form() -> None:
    short = first_tokens("Smart Eng'g Svcs. Int'l LLC", "Company")
    assert short == first_tokens("Smart Engineering Services International LLC", "Company")
    assert first_tokens("Natl Iranian Oil", None) == ("national", "iranian", "oil")


def test_a_person_s_name_keeps_its_words() -> None:
    assert first_tokens("Eng Bros", "Person") == ("eng", "bros")


def test_words_that_are_also_brands_stay_as_written() -> None:
    assert first_tokens("Rostec Invest", "Company") == ("rostec", "invest")
    assert first_tokens("TransOil LLC", "Company")[0] == "transoil"


def test_an_abbreviation_may_stand_for_two_words() -> None:
    assert spelt_out(("dason", "hk", "technology")) == ("dason", "hong", "kong", "technology")
    assert spelt_out(("orion", "gen", "trdg")) == ("orion", "general", "trading")
