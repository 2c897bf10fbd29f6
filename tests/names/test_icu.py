from tradeguard.names import analyze_name
from tradeguard.names.icu import transliterate


def test_text_icu_fails_on_is_converted_character_by_character() -> None:
    # ICU 72 raises on this pair (a Kana Extended-B letter, then an iteration mark) though it
    # converts each of them alone.
    assert transliterate("Any-Latin; Latin-ASCII", "𚿰ゝ") == "𚿰"
    assert transliterate("Any-Latin; Latin-ASCII", "Москва") == "Moskva"


def test_such_a_name_is_analysed_without_raising() -> None:
    assert isinstance(analyze_name("𚿰ゝ", "Person"), tuple)
