"""Map the raw name similarity to a probability of "same party", fitted on the benchmark.

The raw similarity from `namesim` orders pairs well but its values mean nothing on their own:
0.6 might be a near-certain transliteration match or a coincidence. `bench/calibrate.py` fits
an isotonic regression of the label on the raw score over one half of the labelled pairs
(split by party, so no party is on both sides) and writes the knots to
`data/calibration.json`; the other half is held out for the reported figures. The score
therefore reads as the share of same-party pairs among benchmark pairs with that raw score.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

# Isotonic fits are flat inside each block; ties would lose the ranking the raw score has, so
# this much of the raw score is mixed back in to keep the map strictly increasing.
RAW_MIX = 0.02


@dataclass(slots=True, frozen=True)
class Calibration:
    name: str
    xs: tuple[float, ...]
    ys: tuple[float, ...]

    def __call__(self, raw: float) -> float:
        if not self.xs:
            return raw
        if raw <= self.xs[0]:
            fitted = self.ys[0]
        elif raw >= self.xs[-1]:
            fitted = self.ys[-1]
        else:
            i = bisect_right(self.xs, raw)
            x0, x1, y0, y1 = self.xs[i - 1], self.xs[i], self.ys[i - 1], self.ys[i]
            fitted = y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
        return (1.0 - RAW_MIX) * fitted + RAW_MIX * raw


IDENTITY = Calibration("identity", (), ())


def from_dict(data: dict[str, object]) -> Calibration:
    xs = tuple(float(x) for x in data["xs"])  # type: ignore[attr-defined]
    ys = tuple(float(y) for y in data["ys"])  # type: ignore[attr-defined]
    if len(xs) != len(ys) or list(xs) != sorted(xs) or list(ys) != sorted(ys):
        raise ValueError("calibration knots must be two increasing lists of equal length")
    return Calibration(str(data.get("name", "isotonic")), xs, ys)


@lru_cache(maxsize=1)
def shipped() -> Calibration:
    """The calibration in the package; identity when none has been fitted yet."""
    resource = files("tradeguard.matching").joinpath("data/calibration.json")
    if not resource.is_file():
        return IDENTITY
    return from_dict(json.loads(resource.read_text(encoding="utf-8")))


def calibrate(raw: float) -> float:
    return shipped()(raw)
