"""`tradeguard batch screen`: screen a file of parties at scale, locally or on Spark."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from tradeguard.batchscreen.assemble import OUTPUT_FORMATS, OutputFormatError
from tradeguard.batchscreen.columns import ColumnMapError, parse_map
from tradeguard.batchscreen.engines import SparkMissing, make_backend
from tradeguard.batchscreen.parts import ResumeMismatch
from tradeguard.batchscreen.progress import progress_bar
from tradeguard.batchscreen.run import DEFAULT_CHUNK_SIZE, Job, Summary, screen_file
from tradeguard.batchscreen.source import FORMATS, SourceError
from tradeguard.cli.common import err_console, friendly_errors, home_option, open_engine
from tradeguard.matching.scorer import DEFAULT_THRESHOLD


@click.group()
def batch() -> None:
    """Screen files of parties at scale (CSV, Parquet, JSON lines)."""


@batch.command("screen")
@home_option
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--input-format", type=click.Choice(FORMATS), help="Default: from the extension.")
@click.option("--output-format", type=click.Choice(OUTPUT_FORMATS), help="Default: extension.")
@click.option(
    "--map", "column_map", help="FIELD=COLUMN,...; fields: id,name,schema,birth_date,country."
)
@click.option(
    "--rejects",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV of rejected rows (default: OUTPUT.rejects.csv).",
)
@click.option("--top", type=click.IntRange(min=1), default=5, show_default=True)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help=f"Minimum score to report (default {DEFAULT_THRESHOLD}, alerts only).",
)
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), help="Local processes (default: all cores).")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=DEFAULT_CHUNK_SIZE,
    show_default=True,
    help="Rows per checkpointed chunk.",
)
@click.option("--fresh", is_flag=True, help="Discard the checkpoint of an earlier run.")
@friendly_errors
def screen(
    input_path: Path,
    output: Path,
    input_format: str | None,
    output_format: str | None,
    column_map: str | None,
    rejects: Path | None,
    top: int,
    threshold: float | None,
    engine: str,
    workers: int | None,
    master: str,
    chunk_size: int,
    fresh: bool,
) -> None:
    """Screen every row of INPUT against the loaded lists; write hits to OUTPUT.

    The run is checkpointed per chunk in OUTPUT.parts/; rerunning the same command after an
    interruption skips the finished chunks. Bad rows go to the reject file, with row number
    and reason, and never stop the run.

    Example:
      tradeguard batch screen customers.csv -o hits.parquet --map name=customer_name,birth_date=dob
    """
    try:
        job = Job(
            input_path,
            output,
            parse_map(column_map),
            input_format,
            output_format,
            rejects,
            top,
            threshold,
            chunk_size,
            fresh,
        )
        tg = open_engine()
        backend, lists_key = make_backend(tg, engine, top, threshold, workers, master)
        with progress_bar(err_console) as progress:
            summary = screen_file(job, backend, lists_key, progress)
    except (ColumnMapError, SourceError, OutputFormatError, ResumeMismatch, SparkMissing) as error:
        err_console.print(f"[bold red]error:[/] {escape(str(error))}")
        raise SystemExit(2) from error
    _print_summary(summary)


def _print_summary(summary: Summary) -> None:
    counts = summary.counts
    rejected = sum(counts.rejected.values())
    err_console.print(
        f"{counts.rows} rows screened ({summary.resumed_rows} from an earlier run), "
        f"{counts.hits} hits, {counts.alerts} alerts, {rejected} rows rejected "
        f"in {summary.seconds:.1f} s"
    )
    for reason, n in sorted(counts.rejected.items()):
        err_console.print(f"  rejected for {reason}: {n}")
    err_console.print(f"hits: {summary.output}  rejects: {summary.rejects}")
