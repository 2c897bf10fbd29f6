"""Chinese company names as words: glossary translations and joined pinyin trade names."""

from __future__ import annotations

import threading

from tradeguard.matching.compare import compare_names
from tradeguard.names import analyze_name
from tradeguard.names.han_words import company_words, segment


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


def test_organisations_get_the_words_form_and_persons_do_not() -> None:
    assert "zh-words" in {f.method for f in analyze_name("北京鲁成伟业科技发展有限公司", "Company")}
    assert "zh-words" not in {f.method for f in analyze_name("习近平", "Person")}


def test_registered_english_name_matches() -> None:
    pair = ("北京鲁成伟业科技发展有限公司", "Beijing Lucheng Weiye Technology Development Co., Ltd")
    assert compare_names(*pair, "Company").match


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
