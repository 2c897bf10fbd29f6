"""Screen a deal: parties against the lists, goods against the rules in force, places against
the embargoed territories; one Decision per jurisdiction and overall."""

from __future__ import annotations

from datetime import date

from tradeguard.deals.decision import Decision, Reason
from tradeguard.deals.goods import LineContext, screen_line
from tradeguard.deals.model import Deal
from tradeguard.deals.parties import screen_parties
from tradeguard.deals.places import Destination, destination
from tradeguard.deals.reexport import reexport_reasons
from tradeguard.engine import Engine
from tradeguard.fx import RatesTable, bundled_rates
from tradeguard.rules import Outcome, RuleBook, bundled_rulebook


def screen(
    deal: Deal,
    engine: Engine | None = None,
    on: date | None = None,
    rates: RatesTable | None = None,
    book: RuleBook | None = None,
) -> Decision:
    """Decide the deal as the law stood `on` (default: delivery date, else contract date)."""
    book = book or bundled_rulebook()
    ctx = LineContext(
        on=on or deal.default_date(),
        contract_date=deal.contract_date,
        direction=deal.direction,
        end_use=deal.end_use,
        rates=rates or bundled_rates(),
    )
    _check_currencies(deal, ctx)
    where = destination(deal)
    reasons = _territory(where, deal) + _goods(book, deal, where, ctx)
    reasons += reexport_reasons(book, deal, where, ctx)
    reasons += screen_parties(deal, engine) if engine is not None else _unscreened(deal)
    territory = (where.hit.territory.code,) if where.hit else ()
    return Decision(
        deal_id=deal.deal_id,
        on=ctx.on,
        jurisdictions=deal.binding,
        reasons=tuple(reasons),
        reexport_risk=any(r.kind == "reexport" for r in reasons),
        territories=territory,
    )


def _unscreened(deal: Deal) -> list[Reason]:
    if not deal.parties:
        return []
    summary = "parties not screened against any list (no engine given); screen them separately"
    return [Reason("unscreened", Outcome.CLEAR, j, "parties", summary) for j in deal.binding]


def _check_currencies(deal: Deal, ctx: LineContext) -> None:
    # Every value must be convertible on the date, even where no threshold applies today:
    # a typo in a currency is an input error, and the same deal on another date may need it.
    for index, line in enumerate(deal.goods):
        ctx.rates.rate(line.currency, ctx.on, f"goods[{index}].currency")


def _goods(book: RuleBook, deal: Deal, where: Destination, ctx: LineContext) -> list[Reason]:
    reasons: list[Reason] = []
    for regime in deal.binding:
        found = [
            reason
            for index, line in enumerate(deal.goods)
            for reason in screen_line(book, line, f"goods[{index}]", where, regime, ctx)
        ]
        reasons += found or [_nothing_applies(book, regime, where)]
    return reasons


def _nothing_applies(book: RuleBook, regime: str, where: Destination) -> Reason:
    # Say what was checked even when nothing applies, so a CLEAR is never silent.
    summary = (
        f"no {regime} rule names {where.describe()} for these goods; {regime} rules in the "
        f"rule book cover: {', '.join(sorted(book.watched(regime)))}"
    )
    return Reason("checked", Outcome.CLEAR, regime, "goods", summary)


def _territory(where: Destination, deal: Deal) -> list[Reason]:
    if where.hit is None:
        return []
    hit = where.hit
    certainty = "in" if hit.certain else "possibly in (partly occupied)"
    summary = (
        f"{where.subject}.{hit.field} {hit.matched!r} is {certainty} {hit.territory.name} "
        f"({hit.territory.code}); screened as {where.describe()}"
    )
    outcome = Outcome.CLEAR if hit.certain else Outcome.REVIEW
    return [Reason("territory", outcome, j, where.subject, summary) for j in deal.binding]
