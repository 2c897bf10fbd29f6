"""The `tradeguard` command. Each subcommand parses its arguments and calls one library function."""

from __future__ import annotations

import click

from tradeguard import __version__
from tradeguard.cli.audit import audit
from tradeguard.cli.batch import batch
from tradeguard.cli.common import home_option
from tradeguard.cli.compare import compare
from tradeguard.cli.counterparties import counterparties
from tradeguard.cli.export import export
from tradeguard.cli.keys import keys
from tradeguard.cli.lists import lists
from tradeguard.cli.match import match
from tradeguard.cli.news import news
from tradeguard.cli.run import run
from tradeguard.cli.screen import screen
from tradeguard.cli.serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tradeguard")
@home_option
def main() -> None:
    """Sanctions and export-control screening that shows its working.

    Example: tradeguard lists load ../shared/data/un/consolidated-2026-02-27.xml
    """


main.add_command(lists)
main.add_command(match)
main.add_command(compare)
main.add_command(export)
main.add_command(run)
main.add_command(screen)
main.add_command(serve)
main.add_command(keys)
main.add_command(audit)
main.add_command(counterparties)
main.add_command(news)
main.add_command(batch)
