"""Pair comparison: the best pair of renderings, on the matcher's calibrated scale."""

from __future__ import annotations

from tradeguard.matching.compare import best_comparison, compare_names


def _raw(a: str, b: str, schema: str) -> float:
    best, _ = best_comparison(a, b, schema)
    assert best is not None
    return best.score


def test_chinese_syllables_do_not_meet_a_near_spelling() -> None:
    # 王建 is Wang Jian, Wade-Giles "Wang Chien": one phonetic key with Chen, another syllable.
    assert _raw("王建", "WANG, Chen", "Person") < 0.85
    assert _raw("王建", "Wang Chien", "Person") == 1.0


def test_chinese_company_names_meet_through_their_words_only() -> None:
    # Syllable by syllable these share xin, dian, zi, ke, ji (five of six); as words only
    # "electronics technology", the generic part.
    assert _raw("立信电子科技有限公司", "信諾電子科技有限公司", "Company") < 0.7
    assert compare_names("信诺电子科技有限公司", "信諾電子科技有限公司", "Company").match


def test_chinese_person_names_still_meet_syllable_by_syllable() -> None:
    assert compare_names("金铁三", "金鐵三", "Person").match


def test_a_korean_name_is_not_forgiven_its_surname_for_containing_a_listed_given_name() -> None:
    # 강영철 is Kang Young-chul: the listed "Young-Chul" is a given name alone.
    assert _raw("강영철", "Young-Chul", "Person") < 0.8
    # A Latin full name still contains the listed words of its bearer's shorter name.
    assert _raw("Noureddine Ben Ali Al-Drissi", "Drissi Noureddine", "Person") > 0.85
