from __future__ import annotations

import pytest

from tradeguard.matching.calibration import Calibration, from_dict, shipped


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
    assert cal.name == "isotonic"
    assert cal(0.0) < 0.5 < cal(1.0)
    assert cal(1.0) > 0.99
