from tradeguard.names.scripts import repair_lookalikes, script_of


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
