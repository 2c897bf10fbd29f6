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
most SHORT_LETTERS, at most MID_LETTERS, or more), and each length gets its own curve, never
above the curves of longer names. Short names of one word have a curve below that: "Hesse
GmbH" is contained in some listed company's name far more often than both words of "Victor
Grin" are in one listed person's (on the fit half, 250 innocent one-word Latin names had a
best hit of 0.80-0.85 against 7 of two words). The query's length, not the
pair's: every candidate of one query then takes the same curve, so calibration never reorders
the candidates of a query (a split by the shorter name of each pair did, and cost recall@10
on the OFAC alias hold-out).

The fit is also split by the script family of the query (Latin, Cyrillic, Arabic/Hebrew,
Chinese/Korean/Japanese). A raw similarity is not the same evidence in every script: a
vowelless Arabic rendering or a two-syllable Chinese name agrees with some listed name by
chance far more often than a Cyrillic full name with its patronymic. One scale for all scripts
made the Arabic-script and Han queries raise most of the false alerts while Cyrillic and Latin
pairs stayed below the threshold; curves per family buy more recall at every equal innocent
alert rate (bench/equal_rate.py). Like the length, the family is the query's, so calibration
never reorders one query's candidates.

Last, organisations' names have curves apart from persons' (`ORG`), but for one word. A raw
0.65 between two Russian organisation names of several words is a translation or a
transliteration of one name, and in the benchmark never an innocent name's best hit, while
between two Russian full names it is mostly a namesake by given name and patronymic; one curve
for both held the organisations down (fit-half recall 0.6590 -> 0.6663 at 0.75 % innocent
alerts, held-out Arabic-script F1 0.655 -> 0.676). The schema is the query's, as the rest.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from tradeguard.names import NameForm
from tradeguard.names.arabic_particles import ARTICLE_WORDS
from tradeguard.names.scripts import MIXED
from tradeguard.names.spelling_walk import LISTED_SPELLING

# Isotonic fits are flat inside each block; ties would lose the ranking the raw score has, so
# this much of the raw score is mixed back in to keep the map strictly increasing.
RAW_MIX = 0.02
# Query names with at most this many letters (in their first rendering) are "short", then
# "mid" (a given name and a surname), then "long" (full names with patronymics, organisations).
SHORT_LETTERS, MID_LETTERS = 10, 18
# A short name of one word ("Hesse", "VTB", "Al-Qaida") is "word": see `curve_key`.
WORD, SHORT, MID, LONG = "word", "short", "mid", "long"
SIZES = (WORD, SHORT, MID, LONG)
# Organisations' curves are keyed with this suffix; persons' have none (and served every
# schema before 2.14).
ORG = "-org"
KINDS = ("", ORG)
# Script families of the query name. Latin also takes Greek, Thai and names mixing scripts:
# too few labelled pairs for curves of their own.
LATIN = "latin"
CJK = "cjk"
FAMILIES = (LATIN, "cyrillic", "abjad", CJK)
_FAMILY_OF_SCRIPT = {
    "Cyrillic": "cyrillic",
    "Arabic": "abjad",
    "Hebrew": "abjad",
    "Han": CJK,
    "Hangul": CJK,
    "Kana": CJK,
}


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

    curve: Calibration | Capped
    cap: Calibration | Capped

    def __call__(self, raw: float) -> float:
        return min(self.curve(raw), self.cap(raw))


@dataclass(slots=True, frozen=True)
class QueryCalibration:
    """One curve per script family, length and kind of the query (see the module's doc); each
    curve is capped by those of longer names of its family and kind, and the one-word curve by
    both short ones."""

    name: str
    fitted: dict[str, Calibration]
    # Built once: every hit of every query is calibrated through one of them.
    _curves: dict[str, Capped | Calibration] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        curves: dict[str, Capped | Calibration] = {}
        for family in FAMILIES:
            for kind in KINDS:
                long = self.fitted[f"{family}-{LONG}{kind}"]
                mid = Capped(self.fitted[f"{family}-{MID}{kind}"], long)
                curves[f"{family}-{SHORT}{kind}"] = Capped(
                    self.fitted[f"{family}-{SHORT}{kind}"], mid
                )
                curves[f"{family}-{MID}{kind}"] = mid
                curves[f"{family}-{LONG}{kind}"] = long
            shorts = Capped(curves[f"{family}-{SHORT}"], curves[f"{family}-{SHORT}{ORG}"])
            curves[f"{family}-{WORD}"] = Capped(self.fitted[f"{family}-{WORD}"], shorts)
        object.__setattr__(self, "_curves", curves)

    def __call__(self, raw: float, key: str) -> float:
        return self._curves[key](raw)

    def curve(self, key: str) -> Capped | Calibration:
        return self._curves[key]

    @property
    def curves(self) -> tuple[Capped | Calibration, ...]:
        return tuple(self._curves.values())


IDENTITY = Calibration("identity", (), ())


def from_dict(data: dict[str, object]) -> Calibration:
    xs = tuple(float(x) for x in data["xs"])  # type: ignore[attr-defined]
    ys = tuple(float(y) for y in data["ys"])  # type: ignore[attr-defined]
    if len(xs) != len(ys) or list(xs) != sorted(xs) or list(ys) != sorted(ys):
        raise ValueError("calibration knots must be two increasing lists of equal length")
    return Calibration(str(data.get("name", "isotonic")), xs, ys)


def calibration_from_dict(data: dict[str, object]) -> QueryCalibration:
    """A calibration file: one curve per curve key (`curve_keys`), or, as written before
    version 2.3, a "short" and a "long" curve for every script, or (before 2.1) one curve."""
    if "curves" not in data:
        single = from_dict(data)
        return _every_family(single.name, single, single)
    curves = data["curves"]
    if not isinstance(curves, dict):
        raise ValueError("'curves' must map curve keys to curves")
    name = str(data.get("name", "isotonic"))
    if set(curves) == {SHORT, LONG}:
        if data.get("short_letters") != SHORT_LETTERS:
            raise ValueError(f"the calibration was fitted for another split than {SHORT_LETTERS}")
        return _every_family(name, from_dict(curves[SHORT]), from_dict(curves[LONG]))
    if data.get("length_letters") != [SHORT_LETTERS, MID_LETTERS]:
        raise ValueError(
            f"the calibration was fitted for other lengths than {SHORT_LETTERS}/{MID_LETTERS}"
        )
    keys = set(curve_keys())
    # Before 2.14 there were neither one-word nor organisation curves: one-word names took the
    # short curve, and organisations the curves every name took.
    if not any(key.endswith(f"-{WORD}") for key in curves):
        keys = {key for key in keys if not key.endswith(f"-{WORD}")}
    if not any(key.endswith(ORG) for key in curves):
        keys = {key for key in keys if not key.endswith(ORG)}
    missing = keys - set(curves)
    if missing:
        raise ValueError(f"the calibration lacks the curves {', '.join(sorted(missing))}")
    fitted = {key: from_dict(curves[key]) for key in keys}
    for family in FAMILIES:
        fitted.setdefault(f"{family}-{WORD}", fitted[f"{family}-{SHORT}"])
        for size in (SHORT, MID, LONG):
            fitted.setdefault(f"{family}-{size}{ORG}", fitted[f"{family}-{size}"])
    return QueryCalibration(name, fitted)


def _every_family(name: str, short: Calibration, long: Calibration) -> QueryCalibration:
    # Names of more than SHORT_LETTERS letters took the long curve before the mid one existed.
    fitted = {key: short if key.split("-")[1] in (WORD, SHORT) else long for key in curve_keys()}
    return QueryCalibration(name, fitted)


@lru_cache(maxsize=1)
def shipped() -> QueryCalibration:
    """The calibration in the package; identity when none has been fitted yet."""
    resource = files("tradeguard.matching").joinpath("data/calibration.json")
    if not resource.is_file():
        return _every_family("identity", IDENTITY, IDENTITY)
    return calibration_from_dict(json.loads(resource.read_text(encoding="utf-8")))


def calibrate(raw: float, key: str) -> float:
    """P(same party) for a raw similarity of a query whose `curve_key` is `key`."""
    return shipped()(raw, key)


def curve_keys() -> tuple[str, ...]:
    return tuple(
        f"{family}-{size}{kind}"
        for family in FAMILIES
        for size in SIZES
        for kind in KINDS
        if size != WORD or not kind
    )


def curve_key(forms: Sequence[NameForm], person: bool) -> str:
    """The curve of a query name: the script family of the name as written, its length in
    letters of its first (most likely) rendering, and whether it names a person.

    The first rendering, not the longest: a short Korean or Persian name has one long
    romanisation among several ("choi mi jeong", a vowelled Persian spelling), which put it on
    the long curve and let a coincidence of two syllables alert. A short name of one word,
    not counting the Arabic article, is of size "word", whatever it names: the innocent
    benchmark names of persons all have two words or more, so a curve of one-word persons
    would know no coincidences, while a surname alone is a common query.
    """
    if not forms:
        return f"{LATIN}-{WORD}"
    # A field of several names mixes scripts as a whole ("بنو زيد, بنو شيبة and اسطمبولي"), while
    # each of its names has one: the family is the first of those.
    script = next((form.script for form in forms if form.script != MIXED), MIXED)
    family = _FAMILY_OF_SCRIPT.get(script, LATIN)
    first = forms[0]
    spelt = next((form for form in forms if form.method.endswith(LISTED_SPELLING)), None)
    if spelt is not None and family == CJK:
        # A katakana name read back into listed spellings (ウラジーミル・プーチン as vladimir
        # putin) is compared as the Latin name it now is, of that name's length: the vowels
        # Hepburn adds ("urajimiru puchin") are no letters of it. A Cyrillic name so spelt
        # stays on its script's curves: its first romanisation has its letters already, and
        # the Latin curves, refitted so, lost recall at every innocent alert rate.
        family, first = LATIN, spelt
    letters = sum(len(token) for token in first.tokens)
    size = SHORT if letters <= SHORT_LETTERS else MID if letters <= MID_LETTERS else LONG
    # The article is no word of its own: "Al-Qaida" is as weak a query as "Qaida".
    if size == SHORT and sum(token not in ARTICLE_WORDS for token in first.tokens) <= 1:
        size = WORD
    return f"{family}-{size}" + ("" if person or size == WORD else ORG)
