"""`tradeguard export`: the loaded entities as FollowTheMoney JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tradeguard.cli.common import err_console, friendly_errors, home_option, open_engine


@click.command()
@home_option
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: standard output).",
)
@click.option("--list", "list_ids", multiple=True, help="Only these list ids (repeatable).")
@friendly_errors
def export(output: Path | None, list_ids: tuple[str, ...]) -> None:
    """Export the active lists as FollowTheMoney entity JSON lines.

    Example: tradeguard export --list un-sc -o un.ftm.jsonl
    """
    # followthemoney takes about half a second to import; only this command needs it.
    from tradeguard.ftm import write_ftm_jsonl

    engine = open_engine()
    versions = [v for v in engine.versions() if not list_ids or v.list_id in list_ids]
    entities = engine.store.entities([v.id for v in versions])
    if output is None:
        count = write_ftm_jsonl(entities, sys.stdout)
    else:
        with output.open("w", encoding="utf-8") as handle:
            count = write_ftm_jsonl(entities, handle)
    err_console.print(f"{count} FtM entities exported (listed parties and the links between them)")
