"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click
from rich.console import Console

from tradeguard.batch import BatchInputError
from tradeguard.engine import Engine, NoListsLoaded
from tradeguard.lists.base import ListFormatError
from tradeguard.matching.query import QueryError
from tradeguard.matching.thresholds import ThresholdConfigError
from tradeguard.store.home import ENV_HOME

F = TypeVar("F", bound=Callable[..., Any])

# Piped output has no terminal width; rich would assume 80 columns and cut list ids and names.
_PIPE_WIDTH = None if sys.stdout.isatty() else 200
console = Console(highlight=False, width=_PIPE_WIDTH)
err_console = Console(stderr=True, highlight=False, width=_PIPE_WIDTH)


def _set_home(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    # --home wins over TRADEGUARD_HOME for this process and everything it calls.
    if value:
        os.environ[ENV_HOME] = value
    return value


def home_option(func: F) -> F:
    """`--home DIR` on the group and on every subcommand, so it may go before or after the verb."""
    return click.option(
        "--home",
        type=click.Path(file_okay=False),
        callback=_set_home,
        expose_value=False,
        is_eager=True,
        help=f"Store folder (default: ${ENV_HOME} or the user data folder).",
    )(func)


def parse_date_option(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> date | None:
    """A `--date` option: an ISO date, or a usage error that says the format."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from error


def open_engine() -> Engine:
    return Engine.open()


def friendly_errors(func: F) -> F:
    """Turn the errors users can fix into one clear line and exit code 2, without a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (
            ListFormatError,
            QueryError,
            NoListsLoaded,
            BatchInputError,
            ThresholdConfigError,
            FileNotFoundError,
        ) as error:
            err_console.print(f"[bold red]error:[/] {error}")
            raise SystemExit(2) from error

    return wrapper  # type: ignore[return-value]
