from __future__ import annotations

import pytest

from tradeguard.matching.calibration import (
    MID_LETTERS,
    SHORT_LETTERS,
    SIZES,
    Calibration,
    QueryCalibration,
    calibration_from_dict,
    curve_key,
    curve_keys,
    from_dict,
    shipped,
)
from tradeguard.matching.scorer import DEFAULT_THRESHOLD
from tradeguard.names import NameForm, analyze_name
from tradeguard.names.spelling_walk import LISTED_SPELLING

IDENTITY_LIKE = Calibration("long", (0.0, 1.0), (0.0, 1.0))


def test_interpolates_between_knots_and_stays_strictly_increasing() -> None:
    cal = Calibration("t", (0.2, 0.6, 0.9), (0.1, 0.5, 0.95))
    values = [cal(x / 100) for x in range(101)]
    assert all(b > a for a, b in zip(values, values[1:], strict=False))
    assert cal(0.4) == pytest.approx(0.98 * 0.3 + 0.02 * 0.4)


def test_knots_must_increase() -> None:
    with pytest.raises(ValueError, match="increasing"):
        from_dict({"xs": [0.1, 0.5], "ys": [0.9, 0.2]})


LATIN_ORG_CURVES = ("latin-word", "latin-short-org", "latin-mid-org", "latin-long-org")


def test_shipped_calibration_is_monotone_and_keeps_the_ends() -> None:
    cal = shipped()
    assert cal.name == "isotonic-by-script-length-and-kind"
    # Four families: one-word names, and short, mid and long names of persons and organisations.
    assert len(cal.curves) == len(curve_keys()) == 4 * (1 + 3 + 3)
    for curve in cal.curves:
        assert curve(0.0) < 0.5 < curve(1.0)
        # An exact name alerts on every curve ...
        assert curve(1.0) >= DEFAULT_THRESHOLD
    # ... at near-certainty but for Arabic-script organisations' names of up to 18 letters
    # (and one-word names, capped by them): some tribes' names are also companies' names;
    # and Latin organisations' names, whose innocent institutions' initials are some listed
    # banks' ("Brazilian Merchant Bank" is BM BANK), within 0.02 of it.
    uncertain = {key for key in curve_keys() if cal(1.0, key) <= 0.99}
    assert uncertain <= {"abjad-word", "abjad-short-org", "abjad-mid-org", *LATIN_ORG_CURVES}
    assert all(cal(1.0, key) >= 0.98 for key in LATIN_ORG_CURVES)


@pytest.mark.parametrize(
    ("name", "key", "schema"),
    [
        ("Kim Jong Un", "latin-short", "Person"),
        ("Victor GRIN", "latin-short", "Person"),
        ("TESIC", "latin-word", "Person"),
        ("Hesse GmbH", "latin-word", "Company"),  # the legal form is no word of the name
        ("Al-Qaida", "latin-word", "Person"),  # nor is the article
        ("Rosoboronexport", "latin-mid", "Person"),
        ("Vladimir Putin", "latin-mid", "Person"),
        ("Vladimir Vladimirovich Putin", "latin-long", "Person"),
        ("Путин Владимир Владимирович", "cyrillic-long", "Person"),
        ("Ким Чен Ын", "cyrillic-short", "Person"),
        ("محمد بن سلمان", "abjad-mid", "Person"),
        ("김정은", "cjk-short", "Person"),
        ("习近平", "cjk-short", "Person"),
        ("たなか", "cjk-word", "Person"),
        ("Αλέξης Τσίπρας", "latin-mid", "Person"),  # too few Greek pairs for curves of their own
        ("ООО Ромашка", "cyrillic-word", "Company"),  # one word, whatever it names
        ("ООО Арго Трейд", "cyrillic-short-org", "Company"),
        ("Moscow Industrial Bank", "latin-long-org", "Organization"),
        ("", "latin-word", "Person"),
    ],
)
def test_curve_key_is_the_script_family_and_length_of_the_first_rendering(
    name: str, key: str, schema: str
) -> None:
    assert curve_key(analyze_name(name, schema), schema == "Person") == key


def test_a_field_of_names_in_one_script_takes_that_script_family() -> None:
    # Written as a whole the field mixes scripts ("and"); each of its names is Arabic.
    key = curve_key(analyze_name("بنو زيد, بنو شيبة and اسطمبولي", "Company"), False)
    assert key.startswith("abjad-")
    # A name that is mixed in itself stays on the Latin curves.
    assert curve_key(analyze_name("ООО «Ромашка» LLC", "Company"), False).startswith("latin-")


def _two_families(short: Calibration) -> QueryCalibration:
    fitted = {key: IDENTITY_LIKE for key in curve_keys()}
    fitted["cyrillic-short"] = short
    return QueryCalibration("t", fitted)


def test_short_names_take_their_own_curve_never_above_those_of_longer_names() -> None:
    cal = _two_families(Calibration("s", (0.0, 1.0), (0.0, 0.5)))
    assert cal(1.0, "cyrillic-short") == pytest.approx(0.98 * 0.5 + 0.02)
    assert cal(1.0, "cyrillic-long") == pytest.approx(1.0)
    assert cal(1.0, "latin-short") == pytest.approx(1.0)
    generous = _two_families(Calibration("s", (0.0, 1.0), (0.6, 1.0)))
    assert generous(0.1, "cyrillic-short") == pytest.approx(0.1)
    fitted = {key: IDENTITY_LIKE for key in curve_keys()}
    fitted["abjad-mid"] = Calibration("m", (0.0, 1.0), (0.0, 0.4))
    capped_by_mid = QueryCalibration("t", fitted)
    assert capped_by_mid(1.0, "abjad-short") == capped_by_mid(1.0, "abjad-mid") < 0.5
    assert capped_by_mid(1.0, "abjad-word") == capped_by_mid(1.0, "abjad-short")


def test_one_word_names_take_a_curve_never_above_that_of_short_names() -> None:
    fitted = {key: IDENTITY_LIKE for key in curve_keys()}
    fitted["latin-word"] = Calibration("w", (0.0, 1.0), (0.0, 0.3))
    fitted["latin-short"] = Calibration("s", (0.0, 1.0), (0.0, 0.6))
    cal = QueryCalibration("t", fitted)
    assert cal(1.0, "latin-word") == pytest.approx(0.98 * 0.3 + 0.02)
    assert cal(1.0, "latin-short") == pytest.approx(0.98 * 0.6 + 0.02)
    fitted["latin-word"] = IDENTITY_LIKE
    assert QueryCalibration("t", fitted)(1.0, "latin-word") == cal(1.0, "latin-short")


def test_organisations_take_curves_of_their_own_capped_by_longer_ones() -> None:
    fitted = {key: IDENTITY_LIKE for key in curve_keys()}
    fitted["cyrillic-mid-org"] = Calibration("m", (0.0, 1.0), (0.0, 0.4))
    fitted["cyrillic-short"] = Calibration("s", (0.0, 1.0), (0.0, 0.6))
    cal = QueryCalibration("t", fitted)
    assert cal(1.0, "cyrillic-mid") == pytest.approx(1.0)
    assert cal(1.0, "cyrillic-short-org") == cal(1.0, "cyrillic-mid-org") < 0.5
    # A one-word name is never above the short names of either kind.
    assert cal(1.0, "cyrillic-word") == cal(1.0, "cyrillic-short-org")


def test_shipped_short_names_need_more_similarity_for_the_same_probability() -> None:
    cal = shipped()
    for family in ("latin", "cyrillic", "abjad", "cjk"):
        word = cal(0.85, f"{family}-word")
        for kind in ("", "-org"):
            short, mid, long = (cal(0.85, f"{family}-{size}{kind}") for size in SIZES[1:])
            assert word <= short <= mid <= long


def test_calibration_files() -> None:
    curve = {"xs": [0.1, 0.9], "ys": [0.2, 0.8]}
    lengths = [SHORT_LETTERS, MID_LETTERS]
    every = calibration_from_dict(
        {"length_letters": lengths, "curves": dict.fromkeys(curve_keys(), curve)}
    )
    assert set(every.fitted) == set(curve_keys())
    # Before 2.14: no curves of one-word names; they took the short curve ...
    short_only = {key: curve for key in curve_keys() if not key.endswith("-word")}
    short_only["latin-short"] = {"xs": [0.1, 0.9], "ys": [0.1, 0.6]}
    short_only = {key: value for key, value in short_only.items() if not key.endswith("-org")}
    without_words = calibration_from_dict({"length_letters": lengths, "curves": short_only})
    assert without_words.fitted["latin-word"] == from_dict(short_only["latin-short"])
    # ... and neither organisation curves: organisations took the curves of every name.
    assert without_words.fitted["latin-short-org"] == from_dict(short_only["latin-short"])
    assert without_words.fitted["cjk-long-org"] == from_dict(curve)
    # Before 2.3: one short and one long curve served every script (names over SHORT_LETTERS
    # took the long one); before 2.1, one curve.
    short = {"xs": [0.1, 0.9], "ys": [0.1, 0.7]}
    older = calibration_from_dict(
        {"short_letters": SHORT_LETTERS, "curves": {"short": short, "long": curve}}
    )
    assert older.fitted["abjad-short"] == older.fitted["abjad-word"] == from_dict(short)
    assert older.fitted["abjad-mid"] == older.fitted["abjad-long"] == from_dict(curve)
    assert calibration_from_dict(curve).fitted["cjk-short"] == from_dict(curve)
    with pytest.raises(ValueError, match="another split"):
        calibration_from_dict({"short_letters": 3, "curves": {"short": curve, "long": curve}})
    with pytest.raises(ValueError, match="other lengths"):
        calibration_from_dict({"length_letters": [10], "curves": every.fitted})
    with pytest.raises(ValueError, match="lacks the curves abjad-long"):
        partial = dict.fromkeys(curve_keys(), curve)
        del partial["abjad-long"]
        calibration_from_dict({"length_letters": lengths, "curves": partial})


def test_a_katakana_name_read_into_listed_spellings_takes_the_latin_curve_of_its_length() -> None:
    forms = analyze_name("イーゴリ・セーチン", "Person")
    (first,) = forms
    assert first.tokens == ("igori", "sechin")  # Hepburn's 11 letters
    assert curve_key(forms, True) == "cjk-mid"
    read = NameForm(("igor", "sechin"), (), first.script, first.method + LISTED_SPELLING)
    assert curve_key((first, read), True) == "latin-short"
