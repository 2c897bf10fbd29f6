import pytest

from tradeguard.names import analyze_name
from tradeguard.names.korean import split_person


def forms(
    name: str, schema: str | None = None, lang: str | None = None
) -> dict[str, list[tuple[str, ...]]]:
    by_method: dict[str, list[tuple[str, ...]]] = {}
    for form in analyze_name(name, schema, lang):
        by_method.setdefault(form.method, []).append(form.tokens)
    return by_method


@pytest.mark.parametrize("name", ["김정은", "김 정은", "김정 은", "김, 정은"])
@pytest.mark.parametrize("schema", ["Person", None])
def test_kim_jong_un_in_any_spacing(name: str, schema: str | None) -> None:
    result = analyze_name(name, schema)
    assert result[0].tokens == ("kim", "jong", "un")
    assert result[0].method == "ko-common"
    assert result[0].script == "Hangul"
    by_method = forms(name, schema)
    assert ("kim", "jeong", "eun") in by_method["ko-rr"]
    assert ("kim", "chong", "un") in by_method["ko-mr"]


def test_conventional_surname_spellings() -> None:
    tokens = [form.tokens for form in analyze_name("리창호", "Person")]
    assert ("ri", "chang", "ho") in tokens
    assert ("lee", "chang", "ho") in tokens
    assert ("li", "chang", "ho") in tokens
    tokens = [form.tokens for form in analyze_name("박봉주", "Person")]
    assert ("pak", "pong", "ju") in tokens
    assert ("park", "bong", "ju") in tokens
    assert ("choi", "ryong", "hae") in [f.tokens for f in analyze_name("최룡해", "Person")]


def test_compound_surnames() -> None:
    assert split_person(("남궁민수",)) == ("남궁", "민수")
    assert split_person(("황보",)) == ("황", "보")
    assert analyze_name("남궁민", "Person")[0].tokens == ("namgung", "min")


def test_surname_last_in_western_order() -> None:
    assert split_person(("영희", "김")) == ("김", "영희")


def test_at_most_eight_forms() -> None:
    assert len(analyze_name("이영희")) <= 8


def test_organisations_keep_word_tokens() -> None:
    result = analyze_name("조선 중앙 통신", "Organization")
    assert result[0].tokens == ("joson", "jungang", "tongsin")
    assert ("joseon", "jungang", "tongsin") in [form.tokens for form in result]
