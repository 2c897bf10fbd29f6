from tradeguard.names.glossaries import glossary_spans

TABLE = frozenset({"조선", "무역", "회사", "총회사", "국", "국가"})


def words(text: str) -> list[str]:
    return [text[start:end] for start, end in glossary_spans(text, 0, len(text), TABLE)]


def test_glossary_words_and_the_name_between_them() -> None:
    assert words("조선남강무역회사") == ["조선", "남강", "무역", "회사"]
    assert words("조선릉라도무역총회사") == ["조선", "릉라도", "무역", "총회사"]


def test_a_one_character_word_only_ends_the_word() -> None:
    assert words("국가해사국") == ["국가", "해사", "국"]
    # 국 inside the name would leave single characters either side.
    assert words("해국사") == ["해국사"]


def test_a_word_the_glossary_does_not_cover_stays_whole() -> None:
    assert words("련봉") == ["련봉"]
    assert words("만경대호") == ["만경대호"]


def test_a_span_inside_a_longer_text() -> None:
    text = "xx조선무역yy"
    assert glossary_spans(text, 2, 6, TABLE) == [(2, 4), (4, 6)]
