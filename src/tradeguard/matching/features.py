"""Evidence beside the name: birth date, country, identifiers and schema.

Each comparison returns a `Signal`: what was found and how strongly, so the explanation a hit
carries says "birth date 1984-01-08 agrees" rather than a bare number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tradeguard.model import Identifier

Outcome = Literal["agree", "near", "conflict", "unknown"]

_ORGS = frozenset({"Organization", "Company", "LegalEntity"})
_NON_ALNUM = re.compile(r"[^0-9A-Z]")


@dataclass(slots=True, frozen=True)
class Signal:
    outcome: Outcome
    strength: float  # 0..1, how much the outcome should count
    detail: str


UNKNOWN = Signal("unknown", 0.0, "")


def compare_birth_dates(query: Sequence[str], listed: Sequence[str]) -> Signal:
    """Compare partial ISO dates at the precision both sides have.

    A year-only agreement is weaker evidence than a full date, and a one-year gap is treated as
    "near" because lists and customers disagree on approximate years.
    """
    if not query or not listed:
        return UNKNOWN
    best: Signal = Signal("conflict", 1.0, f"{query[0]} vs listed {', '.join(listed[:3])}")
    for q in query:
        for e in listed:
            signal = _compare_date(q, e)
            if _rank(signal) > _rank(best):
                best = signal
    return best


def _compare_date(q: str, e: str) -> Signal:
    precision = min(len(q), len(e))
    if q[:precision] == e[:precision]:
        strength = {4: 0.6, 7: 0.8}.get(precision, 1.0)
        return Signal("agree", strength, f"{q} agrees with listed {e}")
    if abs(int(q[:4]) - int(e[:4])) <= 1 and q[:4] != e[:4]:
        return Signal("near", 0.3, f"{q} is within a year of listed {e}")
    return Signal("conflict", 1.0, f"{q} vs listed {e}")


def _rank(signal: Signal) -> tuple[int, float]:
    order = {"conflict": 0, "near": 1, "agree": 2, "unknown": -1}
    return order[signal.outcome], signal.strength


def compare_countries(query: Sequence[str], listed: Iterable[str]) -> Signal:
    listed_set = {c.lower() for c in listed}
    if not query or not listed_set:
        return UNKNOWN
    query_set = {c.lower() for c in query}
    common = query_set & listed_set
    if common:
        return Signal("agree", 1.0, f"country {', '.join(sorted(common))} agrees")
    return Signal(
        "conflict",
        1.0,
        f"country {', '.join(sorted(query_set))} vs listed {', '.join(sorted(listed_set))}",
    )


def compare_named_countries(
    query: frozenset[str],
    listed: frozenset[str],
    institutional: bool,
    listed_name: frozenset[str] = frozenset(),
) -> Signal:
    """The countries an organisation query's name names (`named_countries`) against those of
    the listed party, when the listed name matched is generic words alone: "Ministry of
    Defence of Kenya" is not the Ministry of Defence of Syria. `listed_name` holds the
    countries that listed name names itself, each of which the query's must name too: the
    Bank of Vietnam is not the VIETNAM-RUSSIA JOINT VENTURE BANK. A listed name of its own
    ("Rosneft") stays a hit in any country's name ("Rosneft Deutschland"): subsidiaries are
    named so, and what the parent owns is blocked with it."""
    if not institutional or not query:
        return UNKNOWN
    unnamed = listed_name - query
    if unnamed:
        return Signal(
            "conflict",
            1.0,
            f"the name names {', '.join(sorted(query))}; the listed name names "
            f"{', '.join(sorted(unnamed))} too",
        )
    if not listed or query & listed:
        return UNKNOWN
    return Signal(
        "conflict",
        1.0,
        f"the name names {', '.join(sorted(query))}; the listed body is of "
        f"{', '.join(sorted(listed))}",
    )


def normalize_identifier(value: str) -> str:
    return _NON_ALNUM.sub("", value.upper())


def _comparable(identifier: Identifier) -> str:
    # Lists and customers write IMO numbers both as "IMO 9123456" and as "9123456".
    value = normalize_identifier(identifier.value)
    if identifier.type == "imo" and value.startswith("IMO"):
        return value[3:]
    return value


def compare_identifiers(query: Sequence[Identifier], listed: Sequence[Identifier]) -> Signal:
    """An equal identifier is near-proof; a different one of the same type is a conflict."""
    if not query or not listed:
        return UNKNOWN
    listed_values = {_comparable(i): i for i in listed}
    for q in query:
        hit = listed_values.get(_comparable(q))
        if hit is not None and (q.type == hit.type or "other" in (q.type, hit.type)):
            return Signal("agree", 1.0, f"{hit.type} {hit.value} agrees")
    listed_types = {i.type for i in listed}
    clashing = [q for q in query if q.type != "other" and q.type in listed_types]
    if clashing:
        return Signal("conflict", 1.0, f"{clashing[0].type} {clashing[0].value} is not listed")
    return UNKNOWN


def compare_schema(query: str | None, listed: str) -> Signal:
    """Persons never match organisations; LegalEntity is compatible with both, as in FtM."""
    if query is None or query == listed or "LegalEntity" in (query, listed):
        return UNKNOWN
    if query in _ORGS and listed in _ORGS:
        return UNKNOWN
    return Signal("conflict", 1.0, f"query is a {query}, listed party is a {listed}")
