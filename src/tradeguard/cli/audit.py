"""`tradeguard audit`: verify the hash chain, export records."""

from __future__ import annotations

from typing import IO

import click

from tradeguard.cli.common import console, err_console, home_option, open_engine
from tradeguard.store import audit as audit_log
from tradeguard.store.export import write_csv, write_jsonl


@click.group()
@home_option
def audit() -> None:
    """The tamper-evident audit log of screenings, reviews, keys and list updates.

    Example: tradeguard audit verify
    """


@audit.command("verify")
@home_option
def verify() -> None:
    """Recompute the hash chain; exit 1 naming the first altered, missing or moved record.

    Example: tradeguard audit verify
    """
    with open_engine().store.engine.connect() as conn:
        result = audit_log.verify(conn)
    if result.ok:
        console.print(f"audit log intact: {result.records} records")
        return
    err_console.print(
        f"[bold red]audit log broken at record {result.first_bad}:[/] {result.problem}"
    )
    raise SystemExit(1)


@audit.command("export")
@home_option
@click.option("--from", "start", help="First time to include (ISO 8601, e.g. 2026-01-01).")
@click.option("--to", "end", help="Time to stop before (ISO 8601).")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True
)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", show_default=True
)
def export(start: str | None, end: str | None, fmt: str, output: IO[str]) -> None:
    """Write audit records as JSON lines or CSV (with their hashes, so they can be re-checked).

    Example: tradeguard audit export --from 2026-01-01 --to 2026-02-01 --format csv -o jan.csv
    """
    with open_engine().store.engine.connect() as conn:
        records = audit_log.records(conn, start, end)
        count = (write_csv if fmt == "csv" else write_jsonl)(records, output)
    err_console.print(f"{count} records")
