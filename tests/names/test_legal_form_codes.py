from tradeguard.names.legal_form_codes import (
    ANY_KIND,
    FIRST_WORDS,
    MAX_WORDS,
    is_ambiguous,
    legal_form_code,
    plain_word,
)


def test_russian_joint_stock_variants_keep_their_kind() -> None:
    assert legal_form_code("пао", "ao", "jsc") == "pjsc"
    assert legal_form_code("зао", "ao", "jsc") == "cjsc"
    assert legal_form_code("открытое акционерное общество", "ao", "jsc") == "ojsc"
    assert legal_form_code("ооо", "ooo", "llc") == "llc"


def test_rigour_forms_are_renamed_or_cleaned() -> None:
    assert legal_form_code("gmbh", "gmbh", "llc") == "gmbh"
    assert legal_form_code("co., ltd.", "coltd", "llc") == "ltd"
    assert legal_form_code("pte. ltd.", "pte ltd", "llc") == "pte_ltd"
    assert legal_form_code("kft.", "kft.", "llc") == "kft"
    assert legal_form_code("x", None, None) == "other"


def test_ambiguity() -> None:
    assert is_ambiguous("ag")
    assert is_ambiguous("a.g.")
    assert is_ambiguous("s a")
    assert not is_ambiguous("ао")
    assert not is_ambiguous("gmbh")


def test_plain_words_fold_accents_and_turkish_letters() -> None:
    assert plain_word("şirketi") == plain_word("șirketi") == "sirketi"
    assert plain_word("dış") == "dis"
    assert plain_word("казённое") == plain_word("казенное")
    assert plain_word("acme") == "acme"


def test_spelt_out_forms_reach_nine_words() -> None:
    assert MAX_WORDS >= 9
    assert all(words[0] in FIRST_WORDS for words in ANY_KIND)
