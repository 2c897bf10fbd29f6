"""Map the raw name similarity to a probability of "same party", fitted on the benchmark.

The raw similarity from `namesim` orders pairs well but its values mean nothing on their own:
0.6 might be a near-certain transliteration match or a coincidence. `bench/calibrate.py` fits
an isotonic regression of the label on the raw score over one half of the labelled pairs
(split by party, so no party is on both sides) and writes the knots to
`data/calibration.json`; the other half is held out for the reported figures. The score
therefore reads as the share of same-party cases among benchmark cases with that raw score.

Short queries get a curve of their own. A raw 0.9 between "Souza" and "Soyuz", or between two
two-syllable Chinese names, is a coincidence far more often than a 0.9 between two full names:
there are only so many short names. So the fit is split by the letters of the query name (at
most SHORT_LETTERS, or more), and each side gets its own curve. The query's length, not the
pair's: every candidate of one query then takes the same curve, so calibration never reorders
the candidates of a query (a split by the shorter name of each pair did, and cost recall@10
on the OFAC alias hold-out).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from tradeguard.names import NameForm

# Isotonic fits are flat inside each block; ties would lose the ranking the raw score has, so
# this much of the raw score is mixed back in to keep the map strictly increasing.
RAW_MIX = 0.02
# Query names with at most this many letters (in their first rendering) are "short".
SHORT_LETTERS = 10


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


@dataclass(slots=True, frozen=True)
class Capped:
    """A curve never above another: a short name is never stronger evidence than a long one.

    Without the cap, the short-name fit reads about 0.56 for any raw score below 0.9, because
    most short names in the labelled pairs are true pairs that spelling cannot link; a junk
    hit for "Kim" would then read as better than even.
    """

    curve: Calibration
    cap: Calibration

    def __call__(self, raw: float) -> float:
        return min(self.curve(raw), self.cap(raw))


@dataclass(slots=True, frozen=True)
class LengthCalibration:
    """One curve for short names (capped by the other) and one for the rest."""

    name: str
    short: Calibration
    long: Calibration
    # Built once: every hit of every query is calibrated through it.
    capped: Capped = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "capped", Capped(self.short, self.long))

    def __call__(self, raw: float, letters: int) -> float:
        return self.curve(letters)(raw)

    def curve(self, letters: int) -> Capped | Calibration:
        return self.capped if letters <= SHORT_LETTERS else self.long

    @property
    def curves(self) -> tuple[Capped, Calibration]:
        return self.capped, self.long


IDENTITY = Calibration("identity", (), ())


def from_dict(data: dict[str, object]) -> Calibration:
    xs = tuple(float(x) for x in data["xs"])  # type: ignore[attr-defined]
    ys = tuple(float(y) for y in data["ys"])  # type: ignore[attr-defined]
    if len(xs) != len(ys) or list(xs) != sorted(xs) or list(ys) != sorted(ys):
        raise ValueError("calibration knots must be two increasing lists of equal length")
    return Calibration(str(data.get("name", "isotonic")), xs, ys)


def length_from_dict(data: dict[str, object]) -> LengthCalibration:
    if "curves" not in data:
        # A single curve (the format before version 2.1) serves every length.
        single = from_dict(data)
        return LengthCalibration(single.name, single, single)
    curves = data["curves"]
    if not isinstance(curves, dict) or set(curves) != {"short", "long"}:
        raise ValueError("a length calibration needs a 'short' and a 'long' curve")
    if data.get("short_letters") != SHORT_LETTERS:
        raise ValueError(f"the calibration was fitted for another split than {SHORT_LETTERS}")
    return LengthCalibration(
        str(data.get("name", "isotonic-by-length")),
        from_dict(curves["short"]),
        from_dict(curves["long"]),
    )


@lru_cache(maxsize=1)
def shipped() -> LengthCalibration:
    """The calibration in the package; identity when none has been fitted yet."""
    resource = files("tradeguard.matching").joinpath("data/calibration.json")
    if not resource.is_file():
        return LengthCalibration("identity", IDENTITY, IDENTITY)
    return length_from_dict(json.loads(resource.read_text(encoding="utf-8")))


def calibrate(raw: float, letters: int) -> float:
    """P(same party) for a raw similarity of a query name with `letters` letters."""
    return shipped()(raw, letters)


def name_letters(forms: Sequence[NameForm]) -> int:
    """The letters of a query name in its first (most likely) rendering: this picks the curve.

    Not the longest: a short Korean or Persian name has one long romanisation among several
    ("choi mi jeong", a vowelled Persian spelling), which put it on the long curve and let a
    coincidence of two syllables alert.
    """
    return sum(len(token) for token in forms[0].tokens) if forms else 0
