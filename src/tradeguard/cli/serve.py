"""`tradeguard serve`: the HTTP API."""

from __future__ import annotations

import click

from tradeguard.cli.common import home_option

# Loading the index holds a worker's interpreter for seconds (longer on a busy machine), and
# uvicorn's default 5 s health check then killed and restarted workers in a loop at start-up.
WORKER_HEALTHCHECK_SECONDS = 120


@click.command()
@home_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Server processes; matching is CPU-bound, so up to one per core.",
)
def serve(host: str, port: int, workers: int) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json). Create a key first: tradeguard keys create.

    Example: tradeguard serve --port 8000
    """
    import uvicorn  # only this command needs the server

    # An import string, so that each worker process builds its own app (the home folder
    # reaches them through TRADEGUARD_HOME, which --home sets).
    uvicorn.run(
        "tradeguard.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
    )
