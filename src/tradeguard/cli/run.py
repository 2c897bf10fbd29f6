"""`tradeguard run`: the quickstart job on embedded defaults, behind `make run`."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import click
import yaml
from rich.table import Table

from tradeguard.cli.common import console, friendly_errors, home_option, open_engine
from tradeguard.lists.sample import bundled_path
from tradeguard.matching.query import make_query


def running_example() -> dict[str, Any]:
    text = files("tradeguard").joinpath("data/running-example.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@click.command()
@home_option
@friendly_errors
def run() -> None:
    """Load the bundled sample list if needed, then screen the running example's parties.

    The store is the SQLite file in --home, $TRADEGUARD_HOME or the user data folder.

    Example: tradeguard run
    """
    engine = open_engine()
    for item in engine.load([bundled_path()]):
        console.print(
            f"List {item.data.list_id}: {item.data.report.summary()} (store: {engine.home})"
        )
    deal = running_example()
    console.print(f"\n[bold]{deal['description']}[/]")
    table = Table(title="Parties screened against every loaded list")
    for column in ("role", "party", "result", "score", "list entry", "listed as", "programmes"):
        table.add_column(column, overflow="fold")
    for party in deal["parties"]:
        query = make_query(
            party["name"], party.get("schema"), party.get("birth_date"), party.get("country")
        )
        hits = engine.match(query, top=1)
        if hits:
            hit = hits[0]
            table.add_row(
                party["role"],
                party["name"],
                "[bold red]LISTED[/]",
                f"{hit.score:.3f}",
                f"{hit.entity.list_id}:{hit.entity.entry_id}",
                hit.entity.caption,
                ", ".join(hit.entity.programs),
            )
        else:
            table.add_row(party["role"], party["name"], "not listed", "-", "-", "-", "-")
    console.print(table)
