"""`tradeguard counterparties`: register parties for ongoing screening from a CSV file."""

from __future__ import annotations

import csv
from pathlib import Path

import click

from tradeguard.cli.common import console, friendly_errors, home_option, open_engine
from tradeguard.cli.keys import CLI_ACTOR
from tradeguard.store.counterparties import Counterparty, CounterpartyStore
from tradeguard.updates.rescreen import counterparty_query, screen

_REQUIRED = ("id", "name")


@click.group()
@home_option
def counterparties() -> None:
    """Counterparties screened again whenever a list update touches entries they could match.

    Example: tradeguard counterparties import customers.csv
    """


@counterparties.command("import")
@home_option
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@friendly_errors
def import_csv(path: Path) -> None:
    """Register (or update) counterparties from a CSV with columns id,name[,schema,birth_date,
    country], and screen them against every loaded list now.

    Example: tradeguard counterparties import customers.csv
    """
    items = read_counterparties(path)
    engine = open_engine()
    stored = CounterpartyStore(engine.store.engine).upsert(items, CLI_ACTOR)
    report = screen(engine.store.engine, stored, engine.matcher(), actor=CLI_ACTOR)
    console.print(
        f"Registered {len(stored)} counterparties: {report.hits} hits, "
        f"{report.new_alerts} new alerts."
    )


@counterparties.command("list")
@home_option
def list_counterparties() -> None:
    """List registered counterparties.

    Example: tradeguard counterparties list
    """
    for cp in CounterpartyStore(open_engine().store.engine).all():
        console.print(f"{cp.external_id}\t{cp.name}\t{cp.schema or ''}\t{cp.country or ''}")


def read_counterparties(path: Path) -> list[Counterparty]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise click.UsageError(f"{path}: missing column(s) {', '.join(missing)}")
        items = [_row(row) for row in reader]
    return items


def _row(row: dict[str, str]) -> Counterparty:
    raw = Counterparty(
        row["id"].strip(),
        row["name"].strip(),
        (row.get("schema") or "").strip() or None,
        (row.get("birth_date") or "").strip() or None,
        (row.get("country") or "").strip() or None,
    )
    query = counterparty_query(raw)  # raises QueryError naming the bad field
    country = query.countries[0] if query.countries else None
    return Counterparty(raw.external_id, raw.name, raw.schema, raw.birth_date, country)
