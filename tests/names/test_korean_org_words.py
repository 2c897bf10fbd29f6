import pytest

from tradeguard.names.korean_org_words import glossary, organisation_words


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("조선남강무역회사", ("korea", "namkang", "trading")),
        ("조선릉라도무역총회사", ("korea", "rungrato", "trading", "general")),
        ("조선국제전람사", ("korea", "international", "exhibition")),
        ("로케트공업부", ("rocket", "industry", "department")),
        ("조선 무역 은행", ("korea", "trading", "bank")),
    ],
)
def test_glossary_words_translated_and_trade_names_romanised(
    name: str, expected: tuple[str, ...]
) -> None:
    assert organisation_words(tuple(name.split())) == expected


def test_the_north_korean_state_name() -> None:
    assert organisation_words(("조선민주주의인민공화국", "국가해사감독국")) == (
        "dprk", "state", "maritime", "supervision", "bureau",
    )  # fmt: skip


def test_names_without_a_glossary_word_have_no_such_form() -> None:
    assert organisation_words(("련봉",)) is None
    assert organisation_words(("김정은",)) is None


def test_north_and_south_spellings_are_both_rows() -> None:
    table = glossary()
    assert table["로동당"] == table["노동당"] == ("workers", "party")
    assert table["련합"] == table["연합"]
    assert table["회사"] == ()
