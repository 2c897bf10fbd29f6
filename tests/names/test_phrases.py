from tradeguard.names.phrases import replaced_phrases

PHRASES = ((("a", "b", "c"), ("abc",)), (("a", "b"), ("x", "y")))


def test_runs_are_replaced_first_phrase_first() -> None:
    assert replaced_phrases(("a", "b", "c", "a", "b", "d"), PHRASES) == ("abc", "x", "y", "d")


def test_tokens_without_a_phrase_are_kept() -> None:
    assert replaced_phrases(("b", "a"), PHRASES) == ("b", "a")
    assert replaced_phrases((), PHRASES) == ()
