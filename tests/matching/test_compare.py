"""Pair comparison: the best pair of renderings, on the matcher's calibrated scale."""

from __future__ import annotations

from tradeguard.matching.compare import best_comparison, compare_names, reference_weight
from tradeguard.matching.namesim import kept_apart
from tradeguard.names import listed_forms, query_forms
from tradeguard.names.pinyin_latin import WADE_GILES_METHOD


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


def test_wade_giles_meets_pinyin_both_ways() -> None:
    assert compare_names("Mao Tse-tung", "Mao Zedong", "Person").match
    assert compare_names("Xi Jinping", "Hsi Chin-p'ing", "Person").match


def test_a_listed_names_wade_giles_form_is_for_latin_queries_only() -> None:
    listed = {f.method: f for f in listed_forms("Zhang Wei", "Person")}[WADE_GILES_METHOD]
    assert not kept_apart(query_forms("Chang Wei", "Person")[0], listed, person=True)
    # 张伟 has its own pinyin and Wade-Giles renderings to meet "Zhang Wei" as written.
    assert all(kept_apart(f, listed, person=True) for f in query_forms("张伟", "Person"))


def test_an_arabic_script_organisation_meets_its_english_name() -> None:
    assert compare_names("وزارة الدفاع", "MINISTRY OF DEFENCE", "Organization").match
    assert compare_names("جبهة النصرة", "AL-NUSRAH FRONT", "Organization").match
    # Generic words alone are no match: another ministry, another industrial group.
    assert not compare_names("وزارة الدفاع", "MINISTRY OF INTERIOR", "Organization").match
    assert not compare_names("گروه صنعتی عباسی", "TIVA SANAT GROUP", "Company").match


def test_without_an_index_common_name_words_weigh_as_a_small_list_weighs_them() -> None:
    assert reference_weight("equipment") == reference_weight("sergei") < reference_weight("ivanov")
    assert reference_weight("ivanov") < 1.0
    assert reference_weight("hengda") == 1.0
    # So another trade name among the same translated words is another company.
    assert not compare_names(
        "宁波恒达数控装备有限公司", "Ningbo Xinghua CNC Equipment Co., Ltd.", "Company"
    ).match


def test_a_joined_ud_din_meets_the_arabic_scripts_two_words() -> None:
    # صلاح الدين is two words in the Arabic script; the list writes SALAHALDIN in one.
    arabic = "محمد صلاح الدين عبدالحليم زيدان"
    assert _raw(arabic, "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE", "Person") > 0.85
    assert _raw("سراج الدين جلال الدين حقانى", "SIRAJUDDIN JALLALOUDINE HAQQANI", "Person") > 0.85


def test_russian_kinds_of_enterprise_meet_as_initials_and_spelt_out() -> None:
    # НПП is a Research and Production Enterprise; the spelt-out English still gives the
    # organisation's initials (ЦКБА, CDBA).
    assert _raw("АО «НПП «Исток»", "JSC Research and Production Enterprise Istok", "Company") == 1.0
    central = "Акционерное Общество «Центральное Конструкторское Бюро Автоматики»"
    assert _raw(central, "CDBA", "Company") == 1.0
    assert _raw(central, "JSC TsKB Avtomatiki", "Company") > 0.85


def test_plants_of_two_towns_are_no_match() -> None:
    # As the matcher reads its best pair: the towns' adjectives conflict (matching.named_places).
    same = compare_names("Серовский механический завод", "АО «Серовский механический завод»")
    other = compare_names("Серовский механический завод", "Азовский оптико-механический завод")
    assert same.match and not other.match
    assert other.comparison is not None and same.comparison is not None
    assert other.comparison.score < same.comparison.score / 2
