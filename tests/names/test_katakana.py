from __future__ import annotations

import pytest

from tradeguard.names.katakana import (
    Mora,
    moras,
    sounds_of,
    words,
)

from listed_vocabulary import vocabulary


def test_kana_are_read_as_sounds_with_small_kana_joined_to_the_one_before() -> None:
    assert moras("ティモフェイ") == [Mora("t", "i"), Mora("m", "o"), Mora("f", "e"), Mora("", "i")]
    # ャュョ make one sound with the kana before; after シ, チ and ジ they add no y.
    assert moras("リャ") == [Mora("ry", "a")]
    assert moras("ジョ") == [Mora("j", "o")]
    # ン, ッ and ー stand alone.
    assert [m.onset for m in moras("ヴィッチ")] == ["v", "Q", "ch"]
    assert [m.onset for m in moras("プーチン")] == ["p", "L", "ch", "N"]
    assert moras("ウィ") == [Mora("w", "i")]


def test_hiragana_and_half_width_kana_read_as_katakana() -> None:
    assert words("ｳﾗｼﾞｰﾐﾙ ﾌﾟｰﾁﾝ") == ["ウラジーミル", "プーチン"]
    assert words("うらじーみる") == ["ウラジーミル"]
    assert words("株式会社ロスネフチ") == ["ロスネフチ"]


def test_the_vowels_japanese_adds_are_dropped_first() -> None:
    # ra-bu-ro-fu: the u of bu and fu closes no sound of the source name.
    assert sounds_of("ラブロフ").likeliest() == "rabrof"
    # do-mi-to-ri-ー: o after d and t before a consonant.
    assert sounds_of("ドミトリー").likeliest() == "dmitri"
    # A vowel before ン, ッ or a vowel is sounded: ブン is bun, ルア rua.
    assert sounds_of("ブン").likeliest() == "bun"
    assert "labrov" in set(sounds_of("ラブロフ").spellings())
    assert "lavrov" in set(sounds_of("ラブロフ").spellings())


def test_a_first_u_before_a_consonant_may_be_v() -> None:
    assert "vladimir" in set(sounds_of("ウラジーミル").spellings(limit=100_000))
    assert sounds_of("ウスマノフ").likeliest().startswith("u")


@pytest.mark.parametrize(
    ("kana", "listed", "expected"),
    [
        ("ウラジーミル", ("vladimir", "vlad", "vladislav"), ("vladimir",)),
        ("プーチン", ("putin", "pushkin"), ("putin",)),
        ("セーチン", ("putin", "sechin"), ("sechin",)),
        ("ラブロフ", ("lavrov", "labrador"), ("lavrov",)),
        ("ズベルバンク", ("sberbank", "bank"), ("sberbank",)),
        ("ロスネフチ", ("rosneft",), ("rosneft",)),
        ("メドベージェフ", ("medvedev",), ("medvedev",)),
        ("ドミトリー", ("dmitriy",), ("dmitriy",)),
        ("プリゴジン", ("prigozhin",), ("prigozhin",)),
        ("アブラモヴィッチ", ("abramovich",), ("abramovich",)),
        ("ロステック", ("rostec",), ("rostec",)),
        # Kana show no doubled l, and a final g is said k: Miller, Rotenberg.
        ("ミレル", ("mirel", "miller"), ("mirel",)),
        ("ローテンベルク", ("rotenberg",), ("rotenberg",)),
        # A small ョ after フ: Fyodorovich; フ before a consonant is х: Akhmadovich.
        ("フョードロヴィチ", ("fyodorovich",), ("fyodorovich",)),
        ("アフマドヴィチ", ("akhmadovich",), ("akhmadovich",)),
        # Korean ae and oe are written e.
        ("チェ", ("choe",), ("choe",)),
        # A one-letter listed word is an initial, no reading.
        ("リ", ("r",), None),
    ],
)
def test_a_word_is_read_as_the_listed_spelling_of_its_sounds(
    kana: str, listed: tuple[str, ...], expected: tuple[str, ...] | None
) -> None:
    is_word, starts_word = vocabulary(*listed)
    assert sounds_of(kana).listed(is_word, starts_word) == expected


def test_no_listed_spelling_gives_none() -> None:
    is_word, starts_word = vocabulary("putin", "lavrov")
    assert sounds_of("サトウ").listed(is_word, starts_word) is None
    # Putina is not Putin: the whole word must be spelt.
    assert sounds_of("プーチナ").listed(is_word, starts_word) is None


def test_a_word_runs_two_listed_words_together_only_where_no_one_word_spells_it() -> None:
    is_word, starts_word = vocabulary("jong", "jon", "un", "mun", "jo")
    # ン closes its syllable: Jong Un or Jon Un, never Jo Mun.
    counts = {"jong": 9, "jon": 1, "un": 5}
    assert sounds_of("ジョンウン").listed(is_word, starts_word, lambda w: counts.get(w, 0)) == (
        "jong",
        "un",
    )
    is_word, starts_word = vocabulary("jongun", "jong", "un")
    assert sounds_of("ジョンウン").listed(is_word, starts_word) == ("jongun",)


def test_the_spelling_more_listed_names_use_wins() -> None:
    is_word, starts_word = vocabulary("mirel", "miller")
    counts = {"miller": 12, "mirel": 1}
    assert sounds_of("ミレル").listed(is_word, starts_word, lambda w: counts[w]) == ("miller",)
    is_word, starts_word = vocabulary("oreg", "oleg")
    counts = {"oleg": 40, "oreg": 1}
    assert sounds_of("オレグ").listed(is_word, starts_word, lambda w: counts[w]) == ("oleg",)
    # With nothing to tell them apart, the likelier sound wins: r before l.
    assert sounds_of("オレグ").listed(is_word, starts_word) == ("oreg",)
