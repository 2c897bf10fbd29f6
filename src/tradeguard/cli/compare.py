"""`tradeguard compare`: score two names, or a CSV of pairs, with the matcher's scorer."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tradeguard.batch import compare_csv
from tradeguard.cli.common import console, err_console, friendly_errors, home_option, open_engine
from tradeguard.model import SCHEMAS


@click.command()
@home_option
@click.argument("name_a", required=False)
@click.argument("name_b", required=False)
@click.option("--schema", type=click.Choice(SCHEMAS))
@click.option(
    "--input",
    "input_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV with id,name_a,name_b[,schema].",
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV to write: id,score,match (default: standard output).",
)
@click.option("--json", "as_json", is_flag=True)
@friendly_errors
def compare(
    name_a: str | None,
    name_b: str | None,
    schema: str | None,
    input_path: Path | None,
    output_path: Path | None,
    as_json: bool,
) -> None:
    """Score how likely two names are the same party, with the same scorer as `match`.

    Token weights come from the loaded lists when there are any, as in `match`.

    Examples:
      tradeguard compare "Ким Чен Ын" "KIM, Jong Un" --schema Person
      tradeguard compare --input pairs.csv --output scored.csv
    """
    engine = open_engine()
    index = engine.index() if engine.versions() else None
    if input_path is not None:
        summary = compare_csv(index, input_path, output_path)
        err_console.print(
            f"{summary.rows} pairs scored, {summary.hits} matches, "
            f"{summary.rejected} rejected in {summary.seconds:.1f} s"
        )
        for line, reason in summary.rejected_examples:
            err_console.print(f"  rejected line {line}: {reason}")
        return
    if not name_a or not name_b:
        raise click.UsageError("give two names, or --input FILE")
    result = engine.compare(name_a, name_b, schema)
    detail = ""
    if result.comparison is not None:
        detail = ", ".join(
            f"{p.query}~{p.listed} {p.similarity:.2f}" for p in result.comparison.pairs
        )
    if as_json:
        console.print_json(
            json.dumps(
                {"score": result.score, "match": result.match, "pairs": detail}, ensure_ascii=False
            )
        )
        return
    console.print(f"{result.score:.3f} {'match' if result.match else 'no match'} ({detail})")
