"""`tradeguard match`: screen one name, or a CSV of names."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from tradeguard.batch import BatchSummary, match_csv
from tradeguard.cli.common import console, err_console, friendly_errors, home_option, open_engine
from tradeguard.matching.matcher import Match, Matcher
from tradeguard.matching.query import make_query
from tradeguard.matching.scorer import DEFAULT_THRESHOLD
from tradeguard.matching.thresholds import load_policy
from tradeguard.model import SCHEMAS


@click.command()
@home_option
@click.argument("name", required=False)
@click.option("--schema", type=click.Choice(SCHEMAS), help="What the party is.")
@click.option("--birth-date", help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--country", help="Nationality or country: a name or an ISO code.")
@click.option("--top", type=click.IntRange(min=1), default=5, show_default=True)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help=f"Minimum score to report (default {DEFAULT_THRESHOLD}, the alert threshold).",
)
@click.option(
    "--threshold-config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="YAML/JSON alert thresholds per list and schema (default, lists, schemas, list_schemas).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--input",
    "input_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV with id,name[,schema,birth_date,country].",
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV to write (default: standard output).",
)
@friendly_errors
def match(
    name: str | None,
    schema: str | None,
    birth_date: str | None,
    country: str | None,
    top: int,
    threshold: float | None,
    threshold_config: Path | None,
    as_json: bool,
    input_path: Path | None,
    output_path: Path | None,
) -> None:
    """Screen a name against every loaded list and show the best hits with their reasons.

    By default only hits at or above the alert threshold are shown; `--threshold 0 --top K`
    shows the K best regardless.

    Examples:
      tradeguard match "Kim Jong-un" --schema Person
      tradeguard match --input queries.csv --output results.csv
      tradeguard match "Ocean Star" --threshold-config thresholds.yaml
    """
    engine = open_engine()
    matcher = engine.matcher()
    if threshold_config is not None:
        matcher = Matcher(matcher.index, load_policy(threshold_config))
    if input_path is not None:
        summary = match_csv(matcher, input_path, output_path, top=top, threshold=threshold)
        _print_summary(summary)
        return
    if not name:
        raise click.UsageError("give a NAME, or --input FILE for a batch")
    query = make_query(name, schema, birth_date, country)
    hits = matcher.match(query, top=top, threshold=threshold)
    if as_json:
        console.print_json(
            json.dumps({"query": name, "results": [h.to_dict() for h in hits]}, ensure_ascii=False)
        )
        return
    _print_hits(name, hits)


def _print_hits(name: str, hits: list[Match]) -> None:
    if not hits:
        console.print(f"No hits for {name!r} at or above the threshold.")
        return
    table = Table(title=f"Hits for {name!r}")
    for column in (
        "#",
        "score",
        "alert",
        "list",
        "entry",
        "schema",
        "matched name",
        "listed as",
        "why",
    ):
        table.add_column(column, overflow="fold")
    for rank, hit in enumerate(hits, start=1):
        why = "; ".join(f"{f.name}: {f.outcome} {f.detail}".strip() for f in hit.features)
        table.add_row(
            str(rank),
            f"{hit.score:.3f}",
            "ALERT" if hit.alert else "",
            hit.entity.list_id,
            hit.entity.entry_id,
            hit.entity.schema,
            hit.matched_name,
            hit.entity.caption,
            why,
        )
    console.print(table)


def _print_summary(summary: BatchSummary) -> None:
    err_console.print(
        f"{summary.rows} rows screened, {summary.hits} hits written, {summary.alerts} alerts, "
        f"{summary.rejected} rows rejected in {summary.seconds:.1f} s"
    )
    for line, reason in summary.rejected_examples:
        err_console.print(f"  rejected line {line}: {reason}")
