from tradeguard.names import analyze_name
from tradeguard.names.ordinals import without_ordinal_endings


def test_english_and_russian_ordinal_endings_are_taken_off() -> None:
    assert without_ordinal_endings("101st light infantry division") == "101 light infantry division"
    assert without_ordinal_endings("27TH NTS") == "27 NTS"
    assert without_ordinal_endings("142-й отдельный батальон") == "142 отдельный батальон"
    assert without_ordinal_endings("20-я армия") == "20 армия"


def test_other_numbers_and_words_are_left_alone() -> None:
    for text in ("70-летия победы", "apt28", "route 66", "калашников-2", "fourth"):
        assert without_ordinal_endings(text) == text


def test_a_russian_ordinal_ending_is_no_word_of_the_name() -> None:
    tokens = analyze_name("142-й отдельный батальон", "Organization")[0].tokens
    assert tokens[0] == "142" and "y" not in tokens
