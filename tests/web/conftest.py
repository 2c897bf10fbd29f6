"""A real tradeguard server on loopback and headless Debian Chromium driven by Playwright.

The server's home has the bundled sample list (fresh), the invented EU FSF fixture (as of
2024-03-01, so stale) and one refused load on record, and one API key per role. Browser tests
skip without /usr/bin/chromium, except under CI=true, where they must run.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, sync_playwright

from tradeguard.api.app import create_app
from tradeguard.api.settings import Settings
from tradeguard.auth.tokens import create_key
from tradeguard.engine import Engine
from tradeguard.lists.base import ListFormatError
from tradeguard.lists.sample import bundled_path
from web.web_support import Pages, Site

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STALE_LIST = Path(__file__).resolve().parents[1] / "lists" / "fixtures" / "eu-fsf-sample.xml"
# key name -> (role, label shown in the pages)
KEYS = {
    "screener": ("screener", "Sam (screening desk)"),
    "reviewer": ("reviewer", "Ann (compliance)"),
    "reviewer2": ("reviewer", "Bo (compliance)"),
    "admin": ("admin", "Ida (admin)"),
}


def _home(root: Path) -> Path:
    home = root / "home"
    engine = Engine.open(home)
    engine.load([bundled_path(), STALE_LIST])
    broken = root / "cut-download.xml"
    broken.write_text('<export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity')
    # A refused load stays on record for the lists page, and the loaded versions keep serving.
    with pytest.raises(ListFormatError):
        engine.load([broken])
    return home


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    home = _home(tmp_path_factory.mktemp("web"))
    app = create_app(Settings(home=home, warm_on_start=False))
    app.state.service.warm()
    db = app.state.service.db
    made = {name: create_key(db, role, label, "test") for name, (role, label) in KEYS.items()}
    # A socket already listening: requests queue in its backlog until uvicorn accepts them, so
    # no test has to wait for the server to start.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    host, port = sock.getsockname()
    yield Site(
        f"http://{host}:{port}",
        home,
        {name: new.token for name, new in made.items()},
        {name: new.key.id for name, new in made.items()},
    )
    server.should_exit = True
    thread.join(timeout=30)
    sock.close()


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found; apt-get install chromium to run the browser tests"
        if _in_ci():
            pytest.fail(message + " (CI=true requires them)")
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def pages(browser: Browser, site: Site) -> Iterator[Pages]:
    opened = Pages(browser, site, [])
    yield opened
    for context in browser.contexts:
        context.close()
    assert opened.errors == [], "console errors or uncaught exceptions in the pages"


@pytest.fixture()
def page(pages: Pages) -> Page:
    return pages.open()


@pytest.fixture()
def app(tmp_path: Path) -> FastAPI:
    """An in-process app over the bundled sample list, for tests that need no browser."""
    home = tmp_path / "home"
    Engine.open(home).load([bundled_path()])
    made = create_app(Settings(home=home, warm_on_start=False))
    made.state.service.warm()
    return made


@pytest.fixture()
def tokens(app: FastAPI) -> dict[str, str]:
    db = app.state.service.db
    return {name: create_key(db, role, label, "test").token for name, (role, label) in KEYS.items()}


@pytest.fixture()
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client
