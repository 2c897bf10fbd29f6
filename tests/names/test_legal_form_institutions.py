from tradeguard.names.legal_form_institutions import INSTITUTION_FORMS


def test_phrases_are_word_sequences() -> None:
    assert INSTITUTION_FORMS[("fsbei", "he")] == "fsbei"
    assert INSTITUTION_FORMS[("публично", "правовая", "компания")] == "ppk"
    assert INSTITUTION_FORMS[("autonomous", "non", "commercial", "organization")] == "ano"


def test_a_phrase_continued_on_the_next_line_is_one_phrase() -> None:
    long_form = (
        "федеральное государственное бюджетное образовательное учреждение высшего "
        "профессионального образования"
    )
    assert INSTITUTION_FORMS[tuple(long_form.split())] == "fsbei"
    assert ("профессионального", "образования") not in INSTITUTION_FORMS


def test_every_phrase_is_lower_case_and_has_a_code() -> None:
    for words, code in INSTITUTION_FORMS.items():
        assert words and code
        assert all(word == word.casefold() for word in words)
