"""Evaluate one goods line against the rules for its destination, one reason per rule checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tradeguard.deals.decision import Reason, RuleRef
from tradeguard.deals.model import GoodsLine
from tradeguard.deals.places import Destination
from tradeguard.fx import RatesTable
from tradeguard.rules import Outcome, Rule, RuleBook
from tradeguard.rules.model import GoodsScope


@dataclass(frozen=True, slots=True)
class LineContext:
    """What every rule needs to know besides the line itself."""

    on: date
    contract_date: date
    direction: str
    end_use: frozenset[str]
    rates: RatesTable


def screen_line(
    book: RuleBook,
    line: GoodsLine,
    subject: str,
    where: Destination,
    regime: str,
    ctx: LineContext,
) -> list[Reason]:
    relevant = [
        (rule, scope)
        for rule in book.candidates(ctx.direction, line.hs_code)
        if rule.regime == regime
        and rule.places & where.codes
        and (scope := rule.covers_hs(line.hs_code)) is not None
    ]
    if not relevant:
        return _gap(book, line, subject, where, regime)
    return [_apply(rule, scope, line, subject, where, ctx) for rule, scope in relevant]


def _gap(
    book: RuleBook, line: GoodsLine, subject: str, where: Destination, regime: str
) -> list[Reason]:
    # A sanctioned place with no rule for these goods is a hole in the rule book, not a clearance.
    watched = book.watched(regime) & where.codes
    if not watched:
        return []
    summary = (
        f"no {regime} rule in the rule book covers HS {line.hs_code} for "
        f"{', '.join(sorted(watched))}, a destination under {regime} measures; the rule book "
        "covers vehicles, vehicle parts and the embargoes researched so far, so check by hand"
    )
    return [Reason("gap", Outcome.REVIEW, regime, subject, summary)]


def _apply(
    rule: Rule,
    scope: GoodsScope,
    line: GoodsLine,
    subject: str,
    where: Destination,
    ctx: LineContext,
) -> Reason:
    outcome, why = _finding(rule, scope, line, subject, ctx)
    if outcome.rank > Outcome.REVIEW.rank and not (rule.places & where.codes - where.uncertain):
        outcome = Outcome.REVIEW
        matched = where.hit.matched if where.hit else "the place"
        why += (
            f"; {matched!r} may lie outside the occupied area, so confirm it before relying on this"
        )
    kind = "checked" if outcome is Outcome.CLEAR else "rule"
    summary = f"{rule.summary}: {why}"
    return Reason(kind, outcome, rule.regime, subject, summary, rule=RuleRef.of(rule))


def _finding(
    rule: Rule, scope: GoodsScope, line: GoodsLine, subject: str, ctx: LineContext
) -> tuple[Outcome, str]:
    if not rule.in_force(ctx.on):
        return Outcome.CLEAR, f"not in force on {ctx.on} ({_period(rule)})"
    above, value_note = _threshold(rule, line, subject, ctx)
    if not above:
        return Outcome.CLEAR, value_note
    missing, outside = _attributes(scope, line)
    if outside:
        return Outcome.CLEAR, outside
    wind_down = rule.wind_down
    if wind_down and ctx.contract_date < wind_down.contracts_before and ctx.on <= wind_down.until:
        return Outcome.CLEAR, (
            f"wind-down: contract of {ctx.contract_date} concluded before "
            f"{wind_down.contracts_before} may be performed until {wind_down.until}"
        )
    for exception in rule.exceptions:
        if exception.flag in ctx.end_use:
            return (
                exception.yields,
                f"exception {exception.flag} ({exception.article}): {exception.note}",
            )
    if missing:
        return Outcome.REVIEW, missing
    caught = "; ".join(
        part for part in (f"caught ({_period(rule)})", value_note, rule.note) if part
    )
    return rule.outcome, caught


def _threshold(rule: Rule, line: GoodsLine, subject: str, ctx: LineContext) -> tuple[bool, str]:
    """(whether the value is above the rule's threshold, the comparison in words)."""
    if rule.threshold is None:
        return True, ""
    limit = rule.threshold
    value = ctx.rates.convert(
        line.unit_value, line.currency, limit.currency, ctx.on, f"{subject}.currency"
    )
    converted = (
        ""
        if line.currency == limit.currency
        else f" ({_money(line.unit_value, line.currency)} on {ctx.on})"
    )
    above = value > limit.above
    relation = "is above" if above else "is not above"
    return above, (
        f"value {_money(value, limit.currency)}{converted} per item {relation} "
        f"{_money(limit.above, limit.currency)}"
    )


def _attributes(scope: GoodsScope, line: GoodsLine) -> tuple[str | None, str | None]:
    """(what is missing to decide, why the line falls outside) for the scope's "ex" conditions."""
    missing: list[str] = []
    if scope.engine_cm3_above is not None:
        if line.engine_cm3 is None:
            missing.append(f"engine_cm3 (caught only above {scope.engine_cm3_above} cm3)")
        elif line.engine_cm3 <= scope.engine_cm3_above:
            return None, f"engine {line.engine_cm3} cm3 is not above {scope.engine_cm3_above} cm3"
    for name, allowed, value in (
        ("propulsion", scope.propulsion, line.propulsion),
        ("condition", scope.condition, line.condition),
    ):
        if allowed is None:
            continue
        if value is None:
            missing.append(f"{name} (caught only for {', '.join(sorted(allowed))})")
        elif value not in allowed:
            return None, f"{name} {value} is not {', '.join(sorted(allowed))}"
    if not missing:
        return None, None
    return "cannot decide without " + "; ".join(missing), None


def _period(rule: Rule) -> str:
    if rule.effective_to is None:
        return f"in force from {rule.effective_from}"
    return f"in force {rule.effective_from} to {rule.effective_to}"


def _money(amount: Decimal, currency: str) -> str:
    return f"{currency} {amount:,.0f}"
