"""Chinese company names as words: glossary translations and joined pinyin trade names."""

from __future__ import annotations

import threading
from importlib.resources import files

from tradeguard.matching.compare import compare_names
from tradeguard.names import analyze_name
from tradeguard.names.han_glossary import glossary, simplified
from tradeguard.names.han_words import company_words, glossary_words, segment


def test_segment_finds_dictionary_words() -> None:
    assert segment("北京鲁成伟业科技发展") == ["北京", "鲁", "成", "伟业", "科技", "发展"]


def test_company_words_translate_and_join() -> None:
    assert company_words(("北京鲁成伟业科技发展",)) == (
        "beijing", "lucheng", "weiye", "technology", "development",
    )  # fmt: skip
    assert company_words(("香港科源世紀發展",)) == (
        "hong", "kong", "keyuan", "century", "development",
    )  # fmt: skip


def test_runs_of_single_characters() -> None:
    # Four unknown characters read as two trade names; three stay one (a foreign name).
    assert company_words(("北京兴华恒成科技",)) == (
        "beijing", "xinghua", "hengcheng", "technology",
    )  # fmt: skip
    assert company_words(("山东奥德斯工业股份",)) == ("shandong", "aodesi", "industry")


def test_punctuation_and_latin_inside_a_name() -> None:
    assert company_words(("红兔矢量实业（深圳）",))[-2:] == ("industrial", "shenzhen")
    assert "5g" in company_words(("深圳5G科技",))


def test_glossary_words_across_the_breakers_words() -> None:
    # ICU leaves 数 控 single and splits 零 部件; the glossary's longer word wins.
    assert company_words(("宁波恒达数控装备",)) == ("ningbo", "hengda", "cnc", "equipment")
    assert company_words(("嘉禾零部件",))[-1] == "parts"
    assert company_words(("深圳安芯生物科技",))[-1] == "biotechnology"
    assert company_words(("道通机器人",)) == ("daotong", "robotics")


def test_glossary_words_inside_the_breakers_words() -> None:
    # 天津市 and 進出口貿易 are one word each to ICU.
    assert [word for word, _ in glossary_words("天津市進出口貿易")] == [
        "天津", "市", "進出口", "貿易",
    ]  # fmt: skip
    assert company_words(("天津市鼎盛進出口貿易",)) == (
        "tianjin", "dingsheng", "import", "and", "export", "trading",
    )  # fmt: skip


def test_traditional_characters_are_looked_up_as_simplified() -> None:
    assert company_words(("香港德興電子貿易",)) == (
        "hong", "kong", "dexing", "electronics", "trading",
    )  # fmt: skip
    assert company_words(("國際實業設備",)) == ("international", "industrial", "equipment")
    assert company_words(("軟體",)) == ("software",)


def test_places_read_as_their_english_names() -> None:
    assert company_words(("厦门瑞丰光电科技",)) == (
        "xiamen", "ruifeng", "optoelectronics", "technology",
    )  # fmt: skip
    assert company_words(("哈尔滨",)) == ("harbin",)
    assert company_words(("长光卫星",)) == ("changguang", "satellite")


def test_names_without_a_trade_name_of_two_characters_stay_pinyin() -> None:
    # Persons' names are no company words: 张伟 is not translated however it is analysed.
    assert company_words(("张伟",)) == ("zhangwei",)
    # One character beside translated words is read as pinyin throughout: a person (王建设,
    # not Wang Construction) or mostly a Japanese surname and kind of business (森銀行).
    assert company_words(("王建设",)) == ("wang", "jianshe")
    assert company_words(("森銀行",)) == ("sen", "yinxing")
    assert company_words(("中国银行",)) == ("china", "bank")


def test_glossary_words_are_listed_once() -> None:
    text = (files("tradeguard.names") / "data" / "han_glossary.tsv").read_text(encoding="utf-8")
    words = [
        simplified(word)
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
        for word in line.split("\t")[1].split()
    ]
    assert len(words) == len(set(words)) == len(glossary())


def test_organisations_get_the_words_form_and_persons_do_not() -> None:
    assert "zh-words" in {f.method for f in analyze_name("北京鲁成伟业科技发展有限公司", "Company")}
    assert "zh-words" not in {f.method for f in analyze_name("习近平", "Person")}


def test_registered_english_name_matches() -> None:
    pair = ("北京鲁成伟业科技发展有限公司", "Beijing Lucheng Weiye Technology Development Co., Ltd")
    assert compare_names(*pair, "Company").match
    pair = ("宁波恒达数控装备有限公司", "Ningbo Hengda CNC Equipment Co., Ltd.")
    assert compare_names(*pair, "Company").match
    pair = ("天津市鼎盛進出口貿易有限公司", "Tianjin Dingsheng Import and Export Trading Co., Ltd.")
    assert compare_names(*pair, "Company").match
    # The translated words do not make another trade name the same company.
    pair = ("宁波恒达数控装备有限公司", "Ningbo Xinghua CNC Equipment Co., Ltd.")
    assert not compare_names(*pair, "Company").match


def test_word_breakers_are_per_thread() -> None:
    results: list[tuple[str, ...]] = []

    def work() -> None:
        for _ in range(200):
            results.append(company_words(("北京鲁成伟业科技发展",)))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {("beijing", "lucheng", "weiye", "technology", "development")}
