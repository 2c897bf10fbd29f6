from __future__ import annotations

import pytest

from tradeguard.matching.calibration import (
    SHORT_LETTERS,
    Calibration,
    LengthCalibration,
    from_dict,
    length_from_dict,
    shipped,
)


def test_interpolates_between_knots_and_stays_strictly_increasing() -> None:
    cal = Calibration("t", (0.2, 0.6, 0.9), (0.1, 0.5, 0.95))
    values = [cal(x / 100) for x in range(101)]
    assert all(b > a for a, b in zip(values, values[1:], strict=False))
    assert cal(0.4) == pytest.approx(0.98 * 0.3 + 0.02 * 0.4)


def test_knots_must_increase() -> None:
    with pytest.raises(ValueError, match="increasing"):
        from_dict({"xs": [0.1, 0.5], "ys": [0.9, 0.2]})


def test_shipped_calibration_is_monotone_and_keeps_the_ends() -> None:
    cal = shipped()
    assert cal.name == "isotonic-by-length"
    for curve in cal.curves:
        assert curve(0.0) < 0.5 < curve(1.0)
        assert curve(1.0) > 0.99


def test_short_names_take_their_own_curve_never_above_the_long_one() -> None:
    cal = LengthCalibration("t", Calibration("s", (0.0, 1.0), (0.0, 0.5)), IDENTITY_LIKE)
    assert cal(1.0, SHORT_LETTERS) == pytest.approx(0.98 * 0.5 + 0.02)
    assert cal(1.0, SHORT_LETTERS + 1) == pytest.approx(1.0)
    generous = LengthCalibration("t", Calibration("s", (0.0, 1.0), (0.6, 1.0)), IDENTITY_LIKE)
    assert generous(0.1, SHORT_LETTERS) == pytest.approx(0.1)


def test_shipped_short_names_need_more_similarity_for_the_same_probability() -> None:
    cal = shipped()
    assert cal(0.85, SHORT_LETTERS) < cal(0.85, SHORT_LETTERS + 1)


def test_length_calibration_files() -> None:
    curve = {"xs": [0.1, 0.9], "ys": [0.2, 0.8]}
    both = length_from_dict(
        {"short_letters": SHORT_LETTERS, "curves": {"short": curve, "long": curve}}
    )
    assert both.short == both.long
    # A single curve, as written before 2.1, serves every length.
    assert length_from_dict(curve).short == from_dict(curve)
    with pytest.raises(ValueError, match="another split"):
        length_from_dict({"short_letters": 3, "curves": {"short": curve, "long": curve}})
    with pytest.raises(ValueError, match="'short' and a 'long'"):
        length_from_dict({"short_letters": SHORT_LETTERS, "curves": {"short": curve}})


IDENTITY_LIKE = Calibration("long", (0.0, 1.0), (0.0, 1.0))
