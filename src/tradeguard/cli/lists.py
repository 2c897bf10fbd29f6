"""`tradeguard lists`: what is loaded, and `lists load` to add or update lists."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.table import Table

from tradeguard.cli.common import console, err_console, friendly_errors, home_option, open_engine
from tradeguard.cli.keys import CLI_ACTOR
from tradeguard.engine import Engine, Loaded
from tradeguard.lists.registry import FORMATS
from tradeguard.lists.sample import bundled_path
from tradeguard.store.errors import StoreError
from tradeguard.updates.apply import Applied, apply_files
from tradeguard.updates.sources import load_sources
from tradeguard.updates.update import update_sources

F = TypeVar("F", bound=Callable[..., Any])


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
        "diff (+ - ~)",
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
            "-" if v.added is None else f"+{v.added} -{v.removed} ~{v.changed}",
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


def store_errors(func: F) -> F:
    """A refused update (shrink guard) or a bad sources file: one red line, exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except StoreError as error:
            err_console.print(f"[bold red]error:[/] {error.message}")
            raise SystemExit(2) from error

    return wrapper  # type: ignore[return-value]


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
@click.option("--force", is_flag=True, help="Accept a version that loses over 20% of a list.")
@friendly_errors
@store_errors
def load(
    paths: tuple[Path, ...], fmt: str, sample: bool, allow_truncated: bool, force: bool
) -> None:
    """Parse list files and store each as a new versioned snapshot.

    Every file is parsed before anything is stored: if one is broken, nothing changes and the
    previous snapshot keeps answering. Each new version is diffed against the active one
    (added, removed, changed); one that loses over 20% of a list's entries is refused unless
    --force. Registered counterparties are re-screened against added and changed entries.
    OFAC's sdn/alt/add/sdn_comments files may come from different folders, in any order; a
    folder stands for the files in it.

    Example: tradeguard lists load data/sdn-2024/sdn.csv data/alt-add-2025/
    """
    chosen = list(paths) + ([bundled_path()] if sample else [])
    if not chosen:
        raise click.UsageError("give one or more files or folders, or --sample")
    engine = open_engine()
    started = time.perf_counter()
    outcome = apply_files(engine, chosen, fmt, force, CLI_ACTOR, allow_truncated)
    elapsed = time.perf_counter() - started
    for item in outcome.applied:
        _print_loaded(item)
    total = sum(item.data.report.entities for item in outcome.applied)
    console.print(f"Loaded {len(outcome.applied)} list(s), {total} entities in {elapsed:.1f} s.")
    if outcome.rescreen.counterparties:
        console.print(outcome.rescreen.summary())


@lists.command("update")
@home_option
@click.argument("names", nargs=-1)
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Sources file (default: sources.toml in the home folder, else built-in URLs).",
)
@click.option("--force", is_flag=True, help="Accept a version that loses over 20% of a list.")
@friendly_errors
@store_errors
def update(names: tuple[str, ...], config: Path | None, force: bool) -> None:
    """Download official lists from their URLs and load them as in `lists load`.

    A source that fails to download, parse or pass the shrink guard is reported and its
    current version keeps serving; the others still update. Exit code 1 if any failed.

    Example: tradeguard lists update un uk
    """
    engine = open_engine()
    sources = load_sources(engine.home, config)
    unknown = [n for n in names if n not in sources]
    if unknown:
        raise click.UsageError(f"unknown source(s) {', '.join(unknown)}; have {', '.join(sources)}")
    chosen = [sources[n] for n in names] if names else list(sources.values())
    run = update_sources(engine, chosen, force, CLI_ACTOR)
    for result in run.results:
        for item in result.applied:
            _print_loaded(item)
        if result.error:
            err_console.print(f"[bold red]{result.source}: not updated:[/] {result.error}")
    if run.rescreen.counterparties:
        console.print(run.rescreen.summary())
    if not run.ok:
        raise SystemExit(1)


def _print_loaded(item: Loaded | Applied) -> None:
    report = item.data.report
    state = "new version" if item.result.changed else "unchanged (same content hash)"
    console.print(
        f"[bold]{item.data.list_id}[/] ({item.fmt}): {report.summary()}; "
        f"as of {item.data.as_of or 'unknown'}; {state} {item.result.version.id}"
    )
    if isinstance(item, Applied) and item.result.changed:
        counts = item.diff.counts
        console.print(
            f"  diff: {counts.added} added, {counts.removed} removed, {counts.changed} changed"
        )
    for skipped in report.skipped_examples[:5]:
        console.print(f"  skipped {skipped.location}: {skipped.reason}")
    if report.dangling:
        examples = ", ".join(report.dangling_examples[:5])
        console.print(
            f"  {report.dangling} references to entries absent from the primary file, "
            f"e.g. {examples}"
        )
