"""`tradeguard screen DEAL`: decide a deal file (YAML or JSON) with reasons and citations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from tradeguard.cli.common import (
    console,
    err_console,
    friendly_errors,
    home_option,
    open_engine,
    parse_date_option,
)
from tradeguard.deals import DealError, Decision, load_deal
from tradeguard.deals import screen as screen_deal
from tradeguard.deals.decision import Reason
from tradeguard.engine import Engine
from tradeguard.fx import FxError, bundled_rates, load_rates
from tradeguard.rules import Outcome, RuleFormatError


@click.command()
@click.argument("deal_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON.")
@click.option(
    "--date", "on", callback=parse_date_option, help="Screen as the law stood on this date."
)
@click.option(
    "--rates",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Exchange rates in the ECB CSV format (default: the bundled approximate table).",
)
@click.option("--no-lists", is_flag=True, help="Do not screen the parties against the lists.")
@home_option
@friendly_errors
def screen(
    deal_file: Path, as_json: bool, on: date | None, rates: Path | None, no_lists: bool
) -> None:
    """Screen a deal: parties against the loaded lists, goods against the rules in force.

    The default date is the deal's delivery date, else its contract date.

    Example: tradeguard screen deal.yaml --date 2023-07-01 --json
    """
    try:
        deal = load_deal(deal_file)
        table = load_rates(rates) if rates else bundled_rates()
        decision = screen_deal(deal, engine=None if no_lists else _engine(), on=on, rates=table)
    except (DealError, FxError, RuleFormatError) as error:
        err_console.print(f"[bold red]error:[/] {error}")
        raise SystemExit(2) from error
    if as_json:
        click.echo(json.dumps(decision.to_dict(), indent=2, ensure_ascii=False))
    else:
        print_decision(console, decision)


def _engine() -> Engine | None:
    engine = open_engine()
    if engine.versions():
        return engine
    err_console.print("[yellow]warning:[/] no lists loaded; parties were not screened")
    return None


_STYLE = {
    Outcome.BLOCKED: "bold red",
    Outcome.LICENCE_REQUIRED: "bold yellow",
    Outcome.REVIEW: "yellow",
    Outcome.CLEAR: "green",
}


def styled(outcome: Outcome) -> str:
    return f"[{_STYLE[outcome]}]{outcome.value}[/]"


def print_decision(console: Console, decision: Decision) -> None:
    console.print(f"\nDecision for {decision.deal_id} on {decision.on}: {styled(decision.outcome)}")
    per = ", ".join(f"{j} {styled(o)}" for j, o in decision.by_jurisdiction.items())
    console.print(f"By jurisdiction: {per}")
    if decision.reexport_risk:
        console.print("[bold yellow]RE-EXPORT RISK[/]: see the reexport reasons below")
    table = Table(title="Reasons (each cites a rule or a list entry)", show_lines=True)
    for column in ("outcome", "law", "about", "reason", "source"):
        table.add_column(column, overflow="fold")
    for reason in sorted(decision.reasons, key=lambda r: (-r.outcome.rank, r.jurisdiction)):
        law = reason.jurisdiction if reason.binding else f"{reason.jurisdiction} (not binding)"
        table.add_row(styled(reason.outcome), law, reason.subject, reason.summary, _source(reason))
    console.print(table)


def _source(reason: Reason) -> str:
    if reason.rule is not None:
        rule = reason.rule
        return f"{rule.rule_id}\n{rule.citation}\nconfidence: {rule.confidence} ({rule.research})"
    if reason.match is not None:
        match = reason.match
        lines = [f"{match.list_id}:{match.entry_id} {match.caption} (score {match.score})"]
        return "\n".join([*lines, *match.explanation])
    return "-"
