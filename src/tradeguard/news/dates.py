"""Dates in the text, resolved against the article's publication date when it is known.

News writes relative dates: "this Wednesday" is the last Wednesday on or before publication,
"the day before" is the day before the date mentioned just before it (else before publication).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tradeguard.news.model import DateMention, Span

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = "|".join(m.capitalize() for m in _MONTHS)
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})\s(?P<mon>" + _MONTH + r")\s(?P<y>\d{4})\b")),
    ("mdy", re.compile(r"\b(?P<mon>" + _MONTH + r")\s(?P<d>\d{1,2}),?\s(?P<y>\d{4})\b")),
    ("my", re.compile(r"\b(?P<mon>" + _MONTH + r")\s(?P<y>\d{4})\b")),
    ("year", re.compile(r"\b(?:in|since|until|by|from)\s(?P<y>(?:19|20)\d{2})\b")),
    (
        "weekday",
        re.compile(
            r"\b(?P<rel>this|last|next|on)?\s?(?P<wd>"
            + "|".join(w.capitalize() for w in _WEEKDAYS)
            + r")\b"
        ),
    ),
    (
        "shift",
        re.compile(
            r"\b(?P<shift>today|yesterday|tomorrow|the day (?:before|after)|the previous day)\b",
            re.IGNORECASE,
        ),
    ),
]
_SHIFTS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before": -1,
    "the previous day": -1,
    "the day after": 1,
}


def find_dates(
    text: str, published: date | None, sentence_of: Callable[[int], int]
) -> list[DateMention]:
    matches: list[tuple[str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue  # "12 March 2024" is not also "March 2024"
            taken.append((m.start(), m.end()))
            matches.append((kind, m))
    found: list[DateMention] = []
    last: date | None = None
    for kind, m in sorted(matches, key=lambda km: km[1].start()):
        iso, relative, resolved = _resolve(kind, m, published, last)
        # "the day before" counts back from a date the text names, never from another shift.
        if resolved is not None and kind != "shift":
            last = resolved
        span = Span(m.start(), m.end(), m.group().strip(), sentence_of(m.start()))
        found.append(DateMention(span, iso, relative))
    return found


def _resolve(
    kind: str, m: re.Match[str], published: date | None, last: date | None
) -> tuple[str | None, bool, date | None]:
    if kind == "year":
        return m.group("y"), False, None
    if kind == "my":
        return f"{m.group('y')}-{_month(m.group('mon')):02d}", False, None
    if kind in ("iso", "dmy", "mdy"):
        month = int(m.group("m")) if kind == "iso" else _month(m.group("mon"))
        day = date(int(m.group("y")), month, int(m.group("d")))
        return day.isoformat(), False, day
    if kind == "weekday":
        weekday = _weekday(m.group("wd"), m.group("rel"), published)
        return (weekday.isoformat() if weekday else None), True, weekday
    anchor = last if m.group("shift").lower().startswith("the") and last else published
    if anchor is None:
        return None, True, None
    day = anchor + timedelta(days=_SHIFTS[m.group("shift").lower()])
    return day.isoformat(), True, day


def _month(name: str) -> int:
    return _MONTHS.index(name.lower()) + 1


def _weekday(name: str, relation: str | None, published: date | None) -> date | None:
    if published is None:
        return None
    wanted = _WEEKDAYS.index(name.lower())
    back = (published.weekday() - wanted) % 7
    if relation == "next":
        return published + timedelta(days=(wanted - published.weekday()) % 7 or 7)
    if relation == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)
