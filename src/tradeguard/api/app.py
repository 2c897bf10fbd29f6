"""The app factory: `create_app(settings)` builds the FastAPI app over one tradeguard home."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI

from tradeguard import __version__, web
from tradeguard.api import accesslog, errors
from tradeguard.api.keyrequired import KeyRequired
from tradeguard.api.limits import BodyLimit
from tradeguard.api.ratelimit import RateLimits
from tradeguard.api.routes import (
    audit,
    compare,
    counterparties,
    entities,
    health,
    keys,
    lists,
    match,
    news,
    review,
    screen,
    screenings,
)
from tradeguard.api.settings import Settings
from tradeguard.api.state import Service
from tradeguard.engine import Engine

_ROUTERS = (
    health,
    match,
    compare,
    screen,
    news,
    entities,
    lists,
    screenings,
    review,
    counterparties,
    keys,
    audit,
)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    service = Service(Engine.open(settings.home), settings.max_queries)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync routes run in a thread pool (40 threads by default). Screening is CPU-bound
        # under one interpreter lock, so more threads only interleave requests and make them
        # queue unfairly on the store's writer lock: tails of a second at 120 requests/s.
        to_thread.current_default_thread_limiter().total_tokens = settings.threads
        if settings.warm_on_start:
            # Serve /healthz at once; /readyz turns ready when the index is built.
            threading.Thread(target=service.warm, name="tradeguard-warm", daemon=True).start()
        yield

    app = FastAPI(
        title="tradeguard",
        version=__version__,
        description="Sanctions screening with yente-compatible /match, audit trail and review.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.rate_limits = RateLimits.from_settings(settings)
    accesslog.install()
    errors.install(app)
    for module in _ROUTERS:
        app.include_router(module.router)
    web.install(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    # Outermost: a request without a key is refused before anything reads its body.
    app.add_middleware(KeyRequired)
    return app
