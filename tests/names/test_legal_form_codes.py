from tradeguard.names.legal_form_codes import is_ambiguous, legal_form_code


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
