from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, time_limit
from tradeguard.matching.compare import best_comparison
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.transcribed_forms import transcribed_forms
from tradeguard.names import query_forms
from tradeguard.names.spelling_walk import LISTED_LETTERS, LISTED_SPELLING, LISTED_VOWELS

from listed_vocabulary import listed_names


def _spelt(name: str, schema: str, listed: ListedWords) -> tuple[str, ...] | None:
    made = transcribed_forms(name, schema, query_forms(name, schema), listed)
    assert len(made) <= 1
    return made[0].tokens if made else None


def test_a_katakana_name_is_spelt_as_the_listed_name_spells_its_words() -> None:
    listed = listed_names("vladimir vladimirovich putin", "sergey lavrov")
    assert _spelt("ウラジーミル・プーチン", "Person", listed) == ("vladimir", "putin")
    assert _spelt("ｳﾗｼﾞｰﾐﾙ ﾌﾟｰﾁﾝ", "Person", listed) == ("vladimir", "putin")
    assert _spelt("セルゲイ＝ラブロフ", "Person", listed) == ("sergey", "lavrov")


def test_a_word_no_listed_name_spells_keeps_its_likeliest_letters() -> None:
    listed = listed_names("vladimir putin")
    # Vladimir is listed, Sato is not: "sato" stays as Japanese spells it.
    assert _spelt("ウラジーミル・サトウ", "Person", listed) == ("vladimir", "sato")


def test_a_hangul_transcription_is_spelt_as_the_listed_name_spells_its_words() -> None:
    listed = listed_names("vladimir vladimirovich putin", "sberbank of russia")
    assert _spelt("블라디미르 푸틴", "Person", listed) == ("vladimir", "putin")
    assert _spelt("스베르방크", "Company", listed) == ("sberbank",)


def test_a_korean_name_is_not_read_as_a_transcription() -> None:
    # 김정은 has no sound a transcription adds: it stays a Korean name, read by `korean`.
    listed = listed_names("kim jong un", "kimjongun")
    assert _spelt("김정은", "Person", listed) is None
    assert _spelt("조선남강무역회사", "Company", listed_names("namgang trading")) is None


def test_no_form_when_no_word_is_listed_or_the_name_reads_so_already() -> None:
    listed = listed_names("vladimir putin")
    assert _spelt("サトウ・ハナコ", "Person", listed) is None
    assert _spelt("Vladimir Putin", "Person", listed) is None
    # Romanised, the Cyrillic name is the listed one already: no further form.
    assert _spelt("Владимир Путин", "Person", listed) is None


def test_a_cyrillic_name_is_spelt_letter_by_letter_as_the_listed_name_spells_its_words() -> None:
    assert _spelt("ООО «ЦСТ»", "Company", listed_names("cst")) == ("cst",)
    assert _spelt("Бриджтех", "Company", listed_names("bridgetech")) == ("bridgetech",)
    assert _spelt("ЦЕЛИКОВЕЦ Ирина", "Person", listed_names("irina celikovec")) == (
        "celikovec",
        "irina",
    )
    # A Latin legal form beside Cyrillic words: the name is read as its Cyrillic words.
    assert _spelt("OOO СТЦ", "Company", listed_names("stc")) == ("stc",)


def test_a_cyrillic_word_spelt_with_other_vowels_is_no_acronym() -> None:
    # Only a spelling with the likeliest vowels may be an acronym (ЦСТ, cst): НАМИ read "name",
    # with И as e, is not (`namesim.kept_apart` keeps it from listed initials).
    (cst,) = transcribed_forms("ЦСТ", "Company", query_forms("ЦСТ", "Company"), listed_names("cst"))
    assert cst.method.endswith(LISTED_LETTERS)
    (name,) = transcribed_forms(
        "НАМИ", "Company", query_forms("НАМИ", "Company"), listed_names("name")
    )
    assert name.tokens == ("name",)
    assert name.method.endswith(LISTED_VOWELS)


def test_an_arabic_name_is_spelt_with_the_vowels_the_listed_name_gives_it() -> None:
    listed = listed_names("youssef pouranvari", "ravin academy")
    spelt = _spelt("یوسف پورانواری", "Person", listed)
    assert spelt is not None and spelt[1] == "pouranvari"
    assert _spelt("آکادمی راوین", "Company", listed) == ("academy", "ravin")
    best, curve = best_comparison("یوسف پورانواری", "POURANVARI Youssef", "Person", None)
    assert best is not None and best.score > 0.9
    assert curve.startswith("abjad-")  # on its script's curves, as a Cyrillic name stays


def test_kana_in_a_cyrillic_name_keeps_its_romanisation() -> None:
    spelt = _spelt("СТЦ カザン", "Company", listed_names("stc", "kazan"))
    assert spelt is not None and spelt[0] == "stc" and len(spelt) == 2


def test_a_cyrillic_name_spelt_as_listed_stays_on_a_cyrillic_curve() -> None:
    best, curve = best_comparison("ООО «ЦСТ»", "LLC CST", "Company", None)
    assert best is not None and best.score == 1.0
    assert curve.startswith("cyrillic-")


def test_a_japanese_legal_form_is_cut_and_kept_as_the_first_form_has_it() -> None:
    listed = listed_names("rosneft oil company")
    name = "株式会社ロスネフチ"
    first = query_forms(name, "Company")[0]
    (made,) = transcribed_forms(name, "Company", query_forms(name, "Company"), listed)
    assert made.tokens == ("rosneft",)
    assert made.legal_forms == first.legal_forms == ("kk",)
    assert made.method == first.method + LISTED_SPELLING


def test_a_katakana_name_meets_its_listed_name_on_a_latin_curve() -> None:
    best, curve = best_comparison("ウラジーミル・プーチン", "PUTIN, Vladimir", "Person", None)
    assert best is not None and best.score > 0.95
    assert curve.startswith("latin-")
    # Unread, it stays on the curve of its script, and meets nothing.
    best, curve = best_comparison("サトウ・ハナコ", "PUTIN, Vladimir", "Person", None)
    assert curve.startswith("cjk-")
    assert best is None or best.score < 0.5


# Any katakana, with the marks that join or lengthen sounds, and hiragana, Hangul, Cyrillic, Arabic,
# separators and Latin letters among them.
_KANA_TEXT = st.lists(
    st.one_of(
        st.characters(min_codepoint=0x30A1, max_codepoint=0x30FC),
        st.characters(min_codepoint=0x3041, max_codepoint=0x3096),
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),
        st.characters(min_codepoint=0x0621, max_codepoint=0x06FF),
        st.sampled_from(["・", "＝", " ", "ｰ", "ﾌﾟ", "株式会社", "A", "7"]),
    ),
    max_size=24,
).map("".join)
_LISTED = (
    "vladimir putin",
    "kim jong un",
    "sergey lavrov",
    "aurus",
    "miller",
    "r",
    "oleg",
    "cst",
    "ivanov",
)


@fuzz_settings()
@given(_KANA_TEXT, st.sampled_from(["Person", "Company", None]))
def test_any_kana_hangul_or_cyrillic_gives_at_most_one_form_of_lower_case_ascii_words(
    name: str, schema: str | None
) -> None:
    listed = listed_names(*_LISTED)
    with time_limit():
        made = transcribed_forms(name, schema, query_forms(name, schema), listed)
    assert len(made) <= 1
    for form in made:
        assert form.tokens and all(re.fullmatch(r"[a-z0-9]+", token) for token in form.tokens)
        assert form.method.endswith((LISTED_SPELLING, LISTED_LETTERS, LISTED_VOWELS))
        assert any(token in " ".join(_LISTED).split() for token in form.tokens)
