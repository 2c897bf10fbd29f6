from tradeguard.names.scripts import (
    repair_capital_i,
    repair_lookalikes,
    repair_text_lookalikes,
    script_of,
)


def test_script_labels() -> None:
    assert script_of("putin") == "Latin"
    assert script_of("путин") == "Cyrillic"
    assert script_of("김정은") == "Hangul"
    assert script_of("习近平") == "Han"
    assert script_of("カザン火薬工場") == "Kana"
    assert script_of("محمد") == "Arabic"
    assert script_of("ivan иванов") == "Mixed"
    assert script_of("007") == "Latin"


def test_lookalikes_follow_the_majority() -> None:
    assert repair_lookalikes("пaвел") == "павел"
    assert repair_lookalikes("pаvel") == "pavel"
    assert repair_lookalikes("ооо") == "ооо"
    assert repair_lookalikes("жx") == "жх"


def test_kra_and_e_diaeresis_are_cyrillic_twins() -> None:
    # As typed in the EU's Belarus list: "Мiĸалай", "Ниĸолай", "Фëдoрoвич".
    assert repair_lookalikes("міĸалай") == "мікалай"
    assert repair_lookalikes("ниĸолай") == "николай"
    assert repair_lookalikes("фëдoрoвич") == "фёдорович"
    assert repair_lookalikes("alëna") == "alëna"  # wholly Latin: left alone


def test_a_token_with_letters_of_no_twin_stays_as_written() -> None:
    assert repair_lookalikes("стpatиm") == "стpatиm"


def test_text_repair_keeps_every_other_character() -> None:
    assert repair_text_lookalikes("ао ‘стpатим’, ivan") == "ао ‘стратим’, ivan"
    assert repair_text_lookalikes("aкционерное oбщество") == "акционерное общество"
    assert repair_text_lookalikes("putin") == "putin"


def test_a_capital_i_for_an_l_at_a_words_start_is_read_as_l() -> None:
    assert repair_capital_i("IIan Şor") == "Ilan Şor"
    assert repair_capital_i("IIya PETROV") == "Ilya PETROV"
    # Roman numerals keep their letters.
    assert repair_capital_i("John Paul II") == "John Paul II"
    assert repair_capital_i("II Ian") == "II Ian"
