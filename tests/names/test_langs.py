from tradeguard.names.langs import canonical_lang


def test_codes_names_and_country_hints() -> None:
    assert canonical_lang("rus") == "ru"
    assert canonical_lang("Russian") == "ru"
    assert canonical_lang("uk") == "uk"
    assert canonical_lang("kp") == "ko"
    assert canonical_lang("ko-KR") == "ko"
    assert canonical_lang("per") == "fa"
    assert canonical_lang("xx") is None
    assert canonical_lang(None) is None
    assert canonical_lang("") is None
