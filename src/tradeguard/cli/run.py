"""`tradeguard run`: the quickstart job on embedded defaults, behind `make run`."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import click

from tradeguard.cli.common import console, friendly_errors, home_option, open_engine
from tradeguard.cli.screen import print_decision
from tradeguard.deals import Deal, load_deal, screen
from tradeguard.lists.sample import bundled_path


def running_example() -> Deal:
    return load_deal(Path(str(files("tradeguard").joinpath("data", "running-example.yaml"))))


@click.command()
@home_option
@friendly_errors
def run() -> None:
    """Load the bundled sample list if needed, then screen the running example deal.

    The store is the SQLite file in --home, $TRADEGUARD_HOME or the user data folder.

    Example: tradeguard run
    """
    engine = open_engine()
    for item in engine.load([bundled_path()]):
        console.print(
            f"List {item.data.list_id}: {item.data.report.summary()} (store: {engine.home})"
        )
    deal = running_example()
    console.print(f"\n[bold]{deal.description}[/]")
    print_decision(console, screen(deal, engine=engine))
