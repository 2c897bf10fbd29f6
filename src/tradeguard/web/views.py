"""What the result pages show of a hit: the two names side by side, marked, and the features
as bars. Built from the same dicts the API returns and the audit trail stores."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tradeguard.web.highlight import Word, name_detail, side_by_side


@dataclass(slots=True, frozen=True)
class Bar:
    """One feature: its outcome, detail and effect on the score (None when not recorded)."""

    name: str
    outcome: str
    detail: str
    effect: float | None

    @property
    def x(self) -> float:
        # Drawn on a -100..100 axis: positive effects grow right of zero, negative ones left.
        return min(0.0, (self.effect or 0.0) * 100)

    @property
    def width(self) -> float:
        return abs(self.effect or 0.0) * 100


@dataclass(slots=True)
class HitView:
    entity_id: str
    caption: str
    list_id: str
    entry_id: str
    score: float
    query: list[Word]
    listed: list[Word]
    listed_name: str
    bars: list[Bar]
    programs: list[str]
    flagged: bool = False
    alert_id: int | None = None
    # For a deal party: (jurisdiction, outcome, binding) for each law the entry engages.
    engaged: list[tuple[str, str, bool]] = field(default_factory=list)


def from_match(data: dict[str, Any], query: str, alert_id: int | None = None) -> HitView:
    """From `Match.to_dict()`, as /match returns it under "tradeguard" and screenings store it."""
    features = data.get("features", [])
    detail = next((f["detail"] for f in features if f["name"] == "name"), "")
    query_words, listed_words = side_by_side(query, data["matched_name"], data["schema"], detail)
    return HitView(
        entity_id=data["entity_id"],
        caption=data["caption"],
        list_id=data["list"],
        entry_id=data["entry_id"],
        score=float(data["score"]),
        query=query_words,
        listed=listed_words,
        listed_name=data["matched_name"],
        bars=[Bar(f["name"], f["outcome"], f["detail"], f["effect"]) for f in features],
        programs=list(data.get("programs", [])),
        flagged=bool(data.get("alert")),
        alert_id=alert_id,
    )


def from_list_ref(ref: dict[str, Any], party: dict[str, Any]) -> HitView:
    """From a deal reason's list match; its explanation lines carry no per-feature effect."""
    lines = list(ref.get("explanation", []))
    schema = party.get("schema")
    query_words, listed_words = side_by_side(
        str(party.get("name", "")), ref["caption"], schema, name_detail(lines)
    )
    return HitView(
        entity_id=f"{ref['list_id']}:{ref['entry_id']}",
        caption=ref["caption"],
        list_id=ref["list_id"],
        entry_id=ref["entry_id"],
        score=float(ref["score"]),
        query=query_words,
        listed=listed_words,
        listed_name=ref["caption"],
        bars=[_line_bar(line) for line in lines],
        programs=list(ref.get("programs", [])),
        flagged=True,
    )


def _line_bar(line: str) -> Bar:
    # "birth_date: agree (1952-10-07 agrees with listed 1952-10-07)"
    name, _, rest = line.partition(": ")
    outcome, _, detail = rest.partition(" (")
    return Bar(name, outcome, detail.removesuffix(")"), None)
