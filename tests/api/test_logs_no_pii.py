"""Screened names, birth dates and API keys never reach the logs.

The app runs under a real uvicorn server, configured as `tradeguard serve` leaves it (access
log on), because the access log is written by uvicorn, not by the app. Every logger is turned
up to DEBUG, uvicorn's to TRACE, and the captured text is searched for what was screened.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from urllib.parse import quote, quote_plus

import httpx
import pytest
import uvicorn
import yaml
from fastapi import FastAPI

from api.api_support import person_query
from tradeguard.api.accesslog import without_values
from tradeguard.web.session import SESSION_COOKIE, form_token

PARTIES = ("Ким Чен Ын", "Kim Jong Un", "Zofia Wiśniewska-Okonkwo", "Baltic Marine Logistics")
BIRTH_DATE = "1971-04-23"

# SQLAlchemy's loggers are left alone: turning them up is asking for SQL echo, which logs
# bound parameters and rows by design. Everything else is turned up.
_SKIPPED = ("sqlalchemy",)


class Captured(logging.Handler):
    """What the service logs. The test's own HTTP client logs the URLs it calls (a search for
    a name included) from the test's thread; that is the caller's log, not ours."""

    def __init__(self) -> None:
        super().__init__(level=logging.NOTSET)
        self.lines: list[str] = []
        self.client_thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.client_thread:
            return
        self.lines.append(f"{record.name} {record.getMessage()} {record.exc_text or ''}")
        if record.exc_info:
            self.lines.append(logging.Formatter().formatException(record.exc_info))


@pytest.fixture()
def captured() -> Iterator[Captured]:
    handler = Captured()
    manager = logging.root.manager
    loggers = [logging.root] + [
        logger
        for name, logger in manager.loggerDict.items()
        if isinstance(logger, logging.Logger) and not name.startswith(_SKIPPED)
    ]
    saved = [(logger, logger.level, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    logging.root.addHandler(handler)
    try:
        yield handler
    finally:
        logging.root.removeHandler(handler)
        for logger, level, propagate in saved:
            logger.setLevel(level)
            logger.propagate = propagate


@pytest.fixture()
def served(app: FastAPI, captured: Captured) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    # Already listening: requests wait in the backlog until uvicorn accepts them.
    sock.listen(64)
    # log_config=None: uvicorn's default config would stop its loggers propagating to ours;
    # the messages themselves are the same either way.
    config = uvicorn.Config(app, log_config=None, log_level="trace", access_log=True)
    server = uvicorn.Server(config)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi"):
        logging.getLogger(name).propagate = True
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    host, port = sock.getsockname()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def _deal() -> dict[str, object]:
    return {
        "deal_id": "log-check",
        "contract_date": "2024-01-10",
        "direction": "export",
        "jurisdictions": ["EU"],
        "parties": [
            {"role": "seller", "name": PARTIES[2], "schema": "Person", "birth_date": BIRTH_DATE},
            {"role": "buyer", "name": PARTIES[1], "schema": "Person", "country": "kp"},
            {"role": "consignee", "name": PARTIES[3], "schema": "Company", "country": "lv"},
        ],
        "goods": [
            {
                "description": "passenger car",
                "hs_code": "8703 23",
                "quantity": 1,
                "unit_value": 40000,
                "currency": "EUR",
            }
        ],
        "route": {"ship_from": {"country": "de"}, "ship_to": {"country": "lv", "city": "Riga"}},
    }


def _screen_everything(base: str, token: str) -> list[int]:
    headers = {"Authorization": f"Bearer {token}"}
    statuses = []
    with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
        for name in PARTIES:
            answer = http.post("/match", json=person_query(name, birthDate=[BIRTH_DATE]))
            statuses.append(answer.status_code)
        requests = [
            ("/match", person_query(PARTIES[0], birthDate=["not a date"])),  # a 400
            ("/compare", {"name_a": PARTIES[0], "name_b": PARTIES[1]}),
            ("/screen", _deal()),
            ("/screen", {**_deal(), "goods": [{"description": PARTIES[2]}]}),  # a 400
            ("/news", {"text": f"{PARTIES[1]} met {PARTIES[2]} in Pyongyang."}),
            (
                "/counterparties",
                {"counterparties": [{"external_id": "c-1", "name": PARTIES[2]}]},
            ),
        ]
        for path, body in requests:
            statuses.append(http.post(path, json=body).status_code)
        wrong_key = {"Authorization": f"Bearer {token}x"}
        statuses.append(
            http.post("/match", json=person_query(PARTIES[1]), headers=wrong_key).status_code
        )
    return statuses


def _use_the_pages(base: str, token: str, secret: bytes) -> list[int]:
    """As a browser would: sign in, screen a name and a deal, search the audit log for a name."""
    statuses = []
    with httpx.Client(base_url=base, timeout=60) as browser:
        signed = browser.post("/ui/login", data={"api_key": token})
        statuses.append(signed.status_code)
        csrf = form_token(secret, browser.cookies[SESSION_COOKIE])
        forms = [
            ("/ui/screen/name", {"name": PARTIES[0], "birth_date": BIRTH_DATE, "csrf": csrf}),
            ("/ui/screen/deal", {"deal_text": yaml.safe_dump(_deal()), "csrf": csrf}),
        ]
        for path, form in forms:
            statuses.append(browser.post(path, data=form).status_code)
        for name in PARTIES:
            statuses.append(browser.get("/ui/audit", params={"q": name}).status_code)
    return statuses


def test_no_names_dates_or_keys_in_logs(
    app: FastAPI, served: str, captured: Captured, tokens: dict[str, str]
) -> None:
    statuses = _screen_everything(served, tokens["screener"])
    assert 200 in statuses and 400 in statuses and statuses[-1] == 401
    pages = _use_the_pages(served, tokens["reviewer"], app.state.web.secret)
    assert pages[0] == 303 and set(pages[1:]) == {200}, pages  # signed in, then pages
    text = "\n".join(captured.lines)
    assert "POST /match" in text and "GET /ui/audit?q=- " in text, "expected the access log"
    assert "screening " in text, "expected the app's own log lines to be captured"
    forbidden = [BIRTH_DATE, *tokens.values()]
    for party in PARTIES:
        forbidden += [party, quote(party), quote_plus(party)]
        forbidden += [word for word in party.split() if len(word) > 3]
    leaked = [secret for secret in forbidden if secret.lower() in text.lower()]
    assert not leaked, f"found in the logs: {leaked}"


@pytest.mark.parametrize(
    ("target", "logged"),
    [
        ("/match", "/match"),
        ("/match?threshold=0.7&limit=5", "/match?threshold=-&limit=-"),
        ("/ui/audit?q=Zofia+Wi%C5%9Bniewska&kind=", "/ui/audit?q=-&kind=-"),
        ("/ui/audit?Zofia", "/ui/audit?-"),  # a bare word is typed text, not a name
        ("/x?%D0%9A%D0%B8%D0%BC=1", "/x?-"),
    ],
)
def test_access_log_keeps_parameter_names_only(target: str, logged: str) -> None:
    assert without_values(target) == logged
