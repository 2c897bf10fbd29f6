"""The article text as HTML with each mention wrapped in a coloured, titled <mark>.

Overlapping mentions cannot both be wrapped; the earlier-starting one wins, and at the same
start the longer one (parties before goods before places before amounts before dates).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from tradeguard.news.model import (
    AmountMention,
    DateMention,
    GoodsMention,
    PartyMention,
    PlaceMention,
    Span,
)


@dataclass(frozen=True, slots=True)
class Mark:
    span: Span
    css: str
    title: str


def party_mark(m: PartyMention) -> Mark:
    css = {"listed": "listed", "possible match": "possible", "metonym": "metonym"}
    detail = f"{m.kind}, {m.status}"
    if m.link:
        detail += f": {m.link.caption} ({m.link.entity_id}, score {m.link.score})"
    if m.means:
        detail += f": {m.means}"
    return Mark(m.span, css.get(m.status, "notlisted"), detail)


def place_mark(p: PlaceMention) -> Mark:
    if p.territory:
        return Mark(p.span, "territory", f"{p.kind} in embargoed territory {p.territory}")
    return Mark(p.span, "place", f"{p.kind}, country {p.country}")


def goods_mark(g: GoodsMention) -> Mark:
    title = f"goods: {g.label}, HS {g.heading}"
    if g.maker:
        title += f"; maker {g.maker_status}: {g.maker.caption} ({g.maker.entity_id})"
    return Mark(g.span, "goods", title)


def amount_mark(a: AmountMention) -> Mark:
    value = f"{a.value:,.0f} {a.currency}" if a.value is not None else "unknown base"
    return Mark(a.span, "amount", f"amount: {value}" + (" (relative)" if a.relative else ""))


def date_mark(d: DateMention) -> Mark:
    return Mark(d.span, "date", f"date: {d.iso or 'unresolved (no article date)'}")


def highlighted(text: str, marks: Iterable[Mark]) -> str:
    out: list[str] = []
    position = 0
    for mark in sorted(marks, key=lambda m: (m.span.start, -(m.span.end - m.span.start))):
        if mark.span.start < position:
            continue
        out.append(escape(text[position : mark.span.start]))
        body = escape(text[mark.span.start : mark.span.end])
        out.append(f'<mark class="{mark.css}" title="{escape(mark.title)}">{body}</mark>')
        position = mark.span.end
    out.append(escape(text[position:]))
    return "".join(out)
