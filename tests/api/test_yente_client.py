"""An unmodified yente client talks to a real tradeguard server on loopback."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi import FastAPI
from yente_client import AuthenticationError, Client, Person

from tradeguard.auth.tokens import create_key


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture()
def base_url(app: FastAPI) -> Iterator[str]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def test_yente_client_match(app: FastAPI, base_url: str) -> None:
    token = create_key(app.state.service.db, "screener", "yente client", "test").token
    with Client(api_key=token, base_url=base_url) as client:
        assert client.healthz().status == "ok"
        assert client.readyz().status == "ok"
        entity = Person(name=["Kim Jong Un"], birthDate=["1984-01-08"], nationality=["kp"])
        response = client.match(entity, threshold=0.8, limit=3)
        top = response.results[0]
        assert top.id == "tradeguard-sample-kim-jong-un"
        assert top.match and top.score >= 0.8 and top.schema_ == "Person"
        assert response.total.value == len(response.results) <= 3
        assert top.explanations
        fetched = client.fetch(top.id)
        assert fetched.caption == top.caption
        algorithms = client.algorithms()
        assert client.match(entity, algorithm=algorithms.best).results


def test_yente_client_without_key_is_refused(base_url: str) -> None:
    with (
        Client(api_key="tg_wrong", base_url=base_url) as client,
        pytest.raises(AuthenticationError),
    ):
        client.match(Person(name=["Kim Jong Un"]))
