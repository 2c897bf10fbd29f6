"""Re-export risk: goods banned for Russia, sent to a country known as a route into Russia.

Sending them there is not banned in itself, but the EU and UK bans reach goods "for use in
Russia" and knowing participation in circumvention (Reg 833/2014 Art 12; research row EU-R6).
"""

from __future__ import annotations

from dataclasses import replace

from tradeguard.deals.decision import Reason
from tradeguard.deals.goods import LineContext, screen_line
from tradeguard.deals.model import Deal
from tradeguard.deals.places import Destination
from tradeguard.rules import Outcome, RuleBook

# Countries through which cars and parts reach Russia, per the research (EU-R6) and the trade
# statistics it cites: the Eurasian Economic Union members, and the main hubs besides them.
TRANSSHIPMENT = frozenset({"kz", "kg", "am", "by", "ae", "tr", "ge", "uz", "az", "tj", "mn", "ir"})
RUSSIA = "ru"
CITATION = (
    "Reg (EU) 833/2014 Art 12 (anti-circumvention), Arts 3h(1) and 3k(1) ('directly or "
    "indirectly ... for use in Russia'), Art 10 (no protection without due diligence); "
    "UK SI 2019/855 reg 46B"
)


def reexport_reasons(
    book: RuleBook, deal: Deal, where: Destination, ctx: LineContext
) -> list[Reason]:
    route = where.codes & TRANSSHIPMENT
    if deal.direction != "export" or not route:
        return []
    as_russia = replace(where, codes=frozenset({RUSSIA}), uncertain=frozenset(), hit=None)
    reasons: list[Reason] = []
    for index, line in enumerate(deal.goods):
        subject = f"goods[{index}]"
        for regime in deal.binding:
            banned = {
                reason.rule.rule_id
                for reason in screen_line(book, line, subject, as_russia, regime, ctx)
                if reason.kind == "rule" and reason.outcome is not Outcome.CLEAR and reason.rule
            }
            if banned:
                reasons.append(_flag(regime, subject, sorted(route), sorted(banned)))
    return reasons


def _flag(regime: str, subject: str, route: list[str], banned: list[str]) -> Reason:
    summary = (
        f"RE-EXPORT RISK: these goods would be caught for Russia ({', '.join(banned)}) and "
        f"{', '.join(route)} is a known route into Russia; get end-user evidence (registration "
        f"plans, buyer profile, price against market). {CITATION}"
    )
    # The flag does not change the decision by itself: sending the goods there is lawful.
    return Reason("reexport", Outcome.CLEAR, regime, subject, summary)
