from tradeguard.names import analyze_name
from tradeguard.names.bracketed_places import is_bracketed_place


def test_chinese_divisions_and_pinyin_places_in_brackets() -> None:
    assert is_bracketed_place("深圳")
    assert is_bracketed_place("黑龙江")
    assert is_bracketed_place("Suzhou")
    assert is_bracketed_place("SHENZHEN")
    assert is_bracketed_place("Hong Kong")
    assert is_bracketed_place("HK")


def test_second_names_in_brackets_are_no_places() -> None:
    for text in ("ВГТРК", "OMM", "ALLIED DEMOCRATIC FORCES", "IRGC", "中国石油天然气集团公司"):
        assert not is_bracketed_place(text)


def test_a_city_in_brackets_is_no_name_of_the_company() -> None:
    # As its own form, "Shenzhen" alone met the company at 0.985.
    for name in ("巨航航空科技（深圳）有限公司", "NEWAY CNC EQUIPMENT (SUZHOU) CO LTD"):
        forms = [f.tokens for f in analyze_name(name, "Company")]
        assert ("shenzhen",) not in forms and ("suzhou",) not in forms
        assert len(forms) >= 2  # the name as written, and without the city
    assert ("neway", "cnc", "equipment") in [
        f.tokens for f in analyze_name("NEWAY CNC EQUIPMENT (SUZHOU) CO LTD", "Company")
    ]
    # A second name in brackets keeps its forms.
    assert ("adf",) in [
        f.tokens for f in analyze_name("ADF (ALLIED DEMOCRATIC FORCES)", "Organization")
    ]
