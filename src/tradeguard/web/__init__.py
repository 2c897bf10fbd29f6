"""The web pages: screen a name or a deal, read an entity, review alerts, see the lists and the
audit log. Server-rendered, served by the API's app under /ui with the same keys and roles."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from tradeguard.web.pages import PREFIX, STATIC, NeedsLogin, PageError, make_state, redirect, render
from tradeguard.web.routes import alerts, audit, entities, lists, login, screen

_ROUTERS = (login, screen, entities, alerts, lists, audit)


def install(app: FastAPI) -> None:
    """Add the pages and their static files to the API app (kept out of the OpenAPI schema)."""
    app.state.web = make_state(app.state.service.engine.home)
    for module in _ROUTERS:
        app.include_router(module.router, include_in_schema=False)
    app.mount(PREFIX + "/static", StaticFiles(directory=STATIC), name="web-static")
    app.add_exception_handler(NeedsLogin, _login)
    app.add_exception_handler(PageError, _error)


async def _login(_request: Request, error: Exception) -> Response:
    assert isinstance(error, NeedsLogin)
    return redirect(f"{PREFIX}/login?next={quote(error.path)}" if error.path else f"{PREFIX}/login")


async def _error(request: Request, error: Exception) -> Response:
    assert isinstance(error, PageError)
    return render(request, "error.html", {"message": error.message}, error.status)
