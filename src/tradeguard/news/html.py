"""The article report as one self-contained HTML page: inline CSS, no scripts, no CDN.

Left, the article with its mentions highlighted by status; right, the screened parties, the
goods, places and amounts, and the inferred deals with their decisions and citations.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tradeguard.news.article import ArticleReport
from tradeguard.news.highlight import (
    amount_mark,
    date_mark,
    goods_mark,
    highlighted,
    party_mark,
    place_mark,
)
from tradeguard.news.model import InferredDeal, PartyMention

_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#222}
header{padding:12px 20px;background:#1f2937;color:#fff}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;padding:20px}
article{white-space:pre-wrap;line-height:1.6;font-size:15px}
mark{border-radius:3px;padding:0 2px}
.listed{background:#fecaca;border-bottom:2px solid #b91c1c}
.possible{background:#fde68a;border-bottom:2px dashed #b45309}
.notlisted{background:#dcfce7}
.metonym{background:#e9d5ff}
.place{background:#dbeafe}
.territory{background:#1e3a8a;color:#fff}
.goods{background:#fed7aa}
.amount{background:#a7f3d0}
.date{background:#e5e7eb}
table{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:16px}
td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.BLOCKED{color:#fff;background:#b91c1c;padding:1px 6px;border-radius:3px}
.LICENCE_REQUIRED{background:#f59e0b;padding:1px 6px;border-radius:3px}
.REVIEW{background:#fde68a;padding:1px 6px;border-radius:3px}
.CLEAR{background:#bbf7d0;padding:1px 6px;border-radius:3px}
.deal{border:1px solid #ccc;border-radius:6px;padding:8px 12px;margin-bottom:12px}
.inferred{font-size:12px;color:#92400e}
.legend mark{margin-right:6px}
"""
_LEGEND = (
    '<p class="legend"><mark class="listed">listed</mark><mark class="possible">possible match'
    '</mark><mark class="notlisted">not listed</mark><mark class="metonym">metonym</mark>'
    '<mark class="place">place</mark><mark class="territory">embargoed territory</mark>'
    '<mark class="goods">goods</mark><mark class="amount">amount</mark>'
    '<mark class="date">date</mark></p>'
)


def render_html(report: ArticleReport, title: str = "tradeguard news screening") -> str:
    marks = [
        *map(party_mark, report.parties),
        *map(goods_mark, report.goods),
        *map(place_mark, report.places),
        *map(amount_mark, report.amounts),
        *map(date_mark, report.dates),
    ]
    published = report.published.isoformat() if report.published else "unknown"
    side = _parties(report.parties) + _goods(report) + "".join(map(_deal, report.deals))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{_CSS}</style></head><body><header><strong>{escape(title)}</strong>"
        f" &middot; published {published} &middot; lists: "
        f"{escape(', '.join(str(v['list']) for v in report.lists))}</header><main><section>"
        f"{_LEGEND}<article>{highlighted(report.text, marks)}</article></section>"
        f"<aside>{side}</aside></main></body></html>\n"
    )


def _parties(parties: list[PartyMention]) -> str:
    seen: dict[tuple[str, str], PartyMention] = {}
    for party in parties:
        key = (party.link.entity_id if party.link else party.span.text, party.status)
        seen.setdefault(key, party)
    rows = "".join(
        f"<tr><td>{escape(p.span.text)}</td><td>{p.kind}</td><td>{escape(p.status)}</td>"
        f"<td>{escape(_entry(p))}</td></tr>"
        for p in seen.values()
    )
    head = "<tr><th>Name in text</th><th>Kind</th><th>Status</th><th>List entry</th></tr>"
    return f"<h2>Parties</h2><table>{head}{rows}</table>"


def _entry(party: PartyMention) -> str:
    if party.means:
        return party.means
    if party.link is None:
        return ""
    return f"{party.link.caption} ({party.link.entity_id}), score {party.link.score}"


def _goods(report: ArticleReport) -> str:
    seen = {(g.span.text.lower(), g.heading): g for g in report.goods}
    rows = "".join(
        f"<tr><td>{escape(g.span.text)}</td><td>{g.heading}</td><td>{escape(g.label)}</td>"
        f"<td>{escape(g.maker.caption + ' (' + g.maker.entity_id + ')') if g.maker else ''}"
        "</td></tr>"
        for g in seen.values()
    )
    head = "<tr><th>Goods</th><th>HS</th><th>Meaning</th><th>Maker on a list</th></tr>"
    return f"<h2>Goods</h2><table>{head}{rows}</table>"


def _deal(deal: InferredDeal) -> str:
    decision: dict[str, Any] = deal.decision or {}
    outcome = str(decision.get("decision", "NOT SCREENED"))
    seller = escape(deal.seller.span.text) if deal.seller else "?"
    buyer = escape(deal.buyer.span.text) if deal.buyer else "?"
    reasons = "".join(
        f'<li><span class="{escape(r["outcome"])}">{escape(r["outcome"])}</span> '
        f"{escape(r['jurisdiction'])}: {escape(r['summary'])}"
        f"{_citation(r)}</li>"
        for r in decision.get("reasons", [])
        if r["outcome"] != "CLEAR"
    )
    return (
        f'<div class="deal"><p class="inferred">Inferred from the text, not stated by it '
        f"(confidence {deal.confidence}; {escape('; '.join(deal.cues))})</p>"
        f"<p><strong>{seller}</strong> &rarr; <strong>{buyer}</strong>: "
        f"{escape(deal.goods.span.text)} (HS {deal.goods.heading}), "
        f"{escape(deal.origin or '?')} &rarr; {escape(deal.destination or '?')} "
        f'<span class="{escape(outcome)}">{escape(outcome)}</span></p>'
        f"<blockquote>{escape(deal.sentence)}</blockquote><ul>{reasons}</ul></div>"
    )


def _citation(reason: dict[str, Any]) -> str:
    rule = reason.get("rule")
    if not rule:
        return ""
    citation = " ".join(str(rule["citation"]).split())
    return f"<br><small>{escape(rule['rule_id'])}: {escape(citation)}</small>"
