"""`tradeguard lists`: what is loaded, and `lists load` to add or update lists."""

from __future__ import annotations

import time
from pathlib import Path

import click
from rich.table import Table

from tradeguard.cli.common import console, friendly_errors, home_option, open_engine
from tradeguard.engine import Engine, Loaded
from tradeguard.lists.registry import FORMATS
from tradeguard.lists.sample import bundled_path


@click.group(invoke_without_command=True)
@home_option
@click.pass_context
def lists(ctx: click.Context) -> None:
    """Show the loaded lists: versions, content hashes, as-of dates and counts.

    Example: tradeguard lists
    """
    if ctx.invoked_subcommand is None:
        show_versions(open_engine())


def show_versions(engine: Engine) -> None:
    versions = engine.versions()
    if not versions:
        console.print(f"No lists loaded in {engine.home}. Try: tradeguard lists load --sample")
    table = Table(title=f"Active lists in {engine.home}")
    for column in (
        "list",
        "version",
        "as of",
        "age (days)",
        "entities",
        "names",
        "skipped",
        "dangling",
        "hash",
    ):
        table.add_column(column)
    for v in versions:
        table.add_row(
            v.list_id,
            str(v.id),
            v.as_of or "-",
            f"{v.age_days():.0f}",
            str(v.entities),
            str(v.names),
            str(v.skipped),
            str(v.dangling),
            v.content_hash[:12],
        )
    if versions:
        console.print(table)
    failure = engine.store.last_failure()
    if failure:
        at, files, error = failure
        console.print(
            f"[yellow]Last failed load[/] at {at:%Y-%m-%d %H:%M} ({', '.join(files)}): {error}"
        )


@lists.command("load")
@home_option
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", *FORMATS]),
    default="auto",
    show_default=True,
    help="List format; auto tells them apart by name and content.",
)
@click.option("--sample", is_flag=True, help="Load the bundled sample list (not an official list).")
@click.option(
    "--allow-truncated",
    is_flag=True,
    help="Load a CSV cut inside its last row without that row (reported as skipped).",
)
@friendly_errors
def load(paths: tuple[Path, ...], fmt: str, sample: bool, allow_truncated: bool) -> None:
    """Parse list files and store each as a new versioned snapshot.

    Every file is parsed before anything is stored: if one is broken, nothing changes and the
    previous snapshot keeps answering. OFAC's sdn/alt/add/sdn_comments files may come from
    different folders, in any order; a folder stands for the files in it.

    Example: tradeguard lists load data/sdn-2024/sdn.csv data/alt-add-2025/
    """
    chosen = list(paths) + ([bundled_path()] if sample else [])
    if not chosen:
        raise click.UsageError("give one or more files or folders, or --sample")
    engine = open_engine()
    started = time.perf_counter()
    loaded = engine.load(chosen, fmt, allow_truncated)
    elapsed = time.perf_counter() - started
    for item in loaded:
        _print_loaded(item)
    total = sum(item.data.report.entities for item in loaded)
    console.print(f"Loaded {len(loaded)} list(s), {total} entities in {elapsed:.1f} s.")


def _print_loaded(item: Loaded) -> None:
    report = item.data.report
    state = "new version" if item.result.changed else "unchanged (same content hash)"
    console.print(
        f"[bold]{item.data.list_id}[/] ({item.fmt}): {report.summary()}; "
        f"as of {item.data.as_of or 'unknown'}; {state} {item.result.version.id}"
    )
    for skipped in report.skipped_examples[:5]:
        console.print(f"  skipped {skipped.location}: {skipped.reason}")
    if report.dangling:
        examples = ", ".join(report.dangling_examples[:5])
        console.print(
            f"  {report.dangling} references to entries absent from the primary file, "
            f"e.g. {examples}"
        )
