"""Partial dates as lists write them, as ISO 8601 prefixes ("1984", "1984-01", "1984-01-08").

Lists mix "08 Jan 1984", "circa 1960", "1960 to 1962", "08/01/1984" (day first), "1984-01-08"
and "00/00/1957". The matcher compares at the precision both sides share, so we keep the
precision the source gave rather than inventing a day.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$")
_DMY_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_MY_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{4})$")
_DMY_TEXT = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:to|-|–|/)\s*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_FUZZY_PREFIX = re.compile(r"^(?:circa|approximately|approx\.?|about|ca\.?|c\.)\s*", re.I)

# A range wider than this is not a birth year range but noise ("1900 to 1999").
MAX_RANGE_YEARS = 10


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1800 <= year <= 2100:
        return None
    if month is None or month == 0:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None or day == 0:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # 30 February and the like: a typo, not a date
        return None


def parse_date(text: str | None) -> list[str]:
    """Parse one date expression into zero or more ISO prefixes.

    A year range yields every year in it, because lists use "1960 to 1962" to mean
    "one of these years" and a query on any of them should agree.
    """
    if text is None:
        return []
    value = _FUZZY_PREFIX.sub("", text.strip()).strip().rstrip(".")
    if not value:
        return []
    match = _ISO.match(value)
    if match:
        year, month, day = match.groups()
        out = _fmt(int(year), int(month) if month else None, int(day) if day else None)
        return [out] if out else []
    match = _DMY_NUMERIC.match(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        out = _fmt(year, month, day)
        return [out] if out else []
    match = _MY_NUMERIC.match(value)
    if match:
        month, year = (int(g) for g in match.groups())
        out = _fmt(year, month)
        return [out] if out else []
    match = _DMY_TEXT.match(value)
    if match:
        day_s, month_s, year_s = match.groups()
        month_n = _MONTHS.get(month_s.lower())
        if month_n is None:
            return []
        out = _fmt(int(year_s), month_n, int(day_s) if day_s else None)
        return [out] if out else []
    match = _YEAR_RANGE.match(value)
    if match:
        start, end = int(match.group(1)), int(match.group(2))
        if 0 <= end - start <= MAX_RANGE_YEARS:
            return [y for y in (_fmt(year) for year in range(start, end + 1)) if y]
        return []
    match = _YEAR.match(value)
    if match:
        out = _fmt(int(value))
        return [out] if out else []
    return []


def is_valid_iso_date(text: str) -> bool:
    """True for a full or partial ISO date that `parse_date` accepts unchanged."""
    parsed = parse_date(text)
    return len(parsed) == 1 and parsed[0] == text.strip()
