from tradeguard.names.ascii import ascii_tokens, fold_token


def test_fold_token() -> None:
    assert fold_token("müller") == "muller"
    assert fold_token("łukašenka") == "lukasenka"
    assert fold_token("ə") == "a"
    assert fold_token("plain") == "plain"


def test_in_word_marks_join_and_other_marks_split() -> None:
    assert ascii_tokens("Il'ich ob\"yekt") == ("ilich", "obyekt")
    assert ascii_tokens("Z·hurs'kyy") == ("zhurskyy",)
    assert ascii_tokens("kim-jong un") == ("kim", "jong", "un")
    assert ascii_tokens("") == ()


def test_leftover_letters_of_other_scripts_are_transliterated() -> None:
    assert ascii_tokens("fёdorov") == ("fedorov",)
