"""API fuzzing against our own /openapi.json with schemathesis, on a budget fit for CI.

With a key of the role an endpoint needs, no request may get a 5xx or a body that contradicts
the schema; without a key every endpoint but the public ones must refuse (401/403).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import response_schema_conformance
from schemathesis.specs.openapi.schemas import OpenApiSchema

from api.api_support import bearer
from deals.factories import deal_dict
from tradeguard.api.app import create_app
from tradeguard.api.settings import Settings
from tradeguard.auth.tokens import create_key
from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path
from tradeguard.updates.sources import CONFIG_NAME

# Open by design (docs/service.md): probes for load balancers, the API's own description, and
# /algorithms, which yente clients read before they have a key.
PUBLIC = frozenset({"/healthz", "/readyz", "/openapi.json", "/docs", "/algorithms"})
# Examples per operation with a key; the keyless run needs fewer, as it should end at the key
# check. About a minute in all for 25 operations; raise it for a longer local run.
EXAMPLES = int(os.environ.get("TRADEGUARD_API_FUZZ_EXAMPLES", "8"))
# A fuzzer sends hundreds of requests a second, most with no or a wrong key; the limiter
# would answer 429 to them and hide what the endpoint itself does.
UNLIMITED = {
    "TRADEGUARD_RATE_LIMIT": "0",
    "TRADEGUARD_AUTH_FAILURE_LIMIT": "0",
}


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    home = tmp_path_factory.mktemp("api-fuzz") / "home"
    Engine.open(home).load([bundled_path()])
    # No sources: POST /lists/update runs its whole path without fetching from the network.
    (home / CONFIG_NAME).write_text("", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in UNLIMITED.items():
            patch.setenv(name, value)
        app = create_app(Settings(home=home, warm_on_start=False, max_body_bytes=64 * 1024))
        app.state.service.warm()
        yield app


@pytest.fixture(scope="module")
def tokens(fuzz_app: FastAPI) -> dict[str, str]:
    db = fuzz_app.state.service.db
    return {role: create_key(db, role, None, "api fuzz").token for role in ("admin", "reviewer")}


def _token_for(path: str, tokens: dict[str, str]) -> str:
    # Separation of duties: only a reviewer decides alerts, and only an admin does the rest.
    return tokens["reviewer" if path.startswith(("/alerts", "/decisions")) else "admin"]


@pytest.fixture(scope="module")
def api_schema(fuzz_app: FastAPI) -> OpenApiSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)


def _operations() -> list[tuple[str, str]]:
    """(method, path) of every operation, read from the schema of an app over an empty home.

    schemathesis's own `parametrize` needs pytest internals that pytest 9 removed, so the
    operations are parametrized here and each one runs as its own hypothesis test.
    """
    with tempfile.TemporaryDirectory() as folder:
        paths = create_app(Settings(home=Path(folder), warm_on_start=False)).openapi()["paths"]
    return [(method.upper(), path) for path, item in paths.items() for method in item]


OPERATIONS = _operations()
_BUDGET = settings(
    max_examples=EXAMPLES,
    phases=[Phase.generate],
    deadline=None,
    derandomize=os.environ.get("CI", "").lower() in {"1", "true", "yes"},
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _cases(api_schema: OpenApiSchema, method: str, path: str) -> st.SearchStrategy[Case[Any]]:
    operation = api_schema[path][method]
    # Negative cases (wrong types, missing fields) are where unhandled errors hide.
    return st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_server_error_and_responses_match_the_schema(
    api_schema: OpenApiSchema, tokens: dict[str, str], method: str, path: str
) -> None:
    headers = bearer(_token_for(path, tokens))

    @_BUDGET
    @given(case=_cases(api_schema, method, path))
    def run(case: Case[Any]) -> None:
        case.call_and_validate(
            headers=headers, checks=[not_a_server_error, response_schema_conformance]
        )

    run()


@pytest.mark.parametrize(
    ("method", "path"), [(method, path) for method, path in OPERATIONS if path not in PUBLIC]
)
def test_nothing_without_a_key(api_schema: OpenApiSchema, method: str, path: str) -> None:
    @settings(_BUDGET, max_examples=max(EXAMPLES // 2, 1))
    @given(case=_cases(api_schema, method, path))
    def run(case: Case[Any]) -> None:
        # The fuzzer may invent an Authorization header; this test sends none at all.
        if case.headers:
            case.headers.pop("Authorization", None)
        response = case.call()
        assert response.status_code in (401, 403), (
            f"{method} {path} answered {response.status_code} without a key"
        )

    run()


def test_probes_answer_without_a_key(fuzz_app: FastAPI) -> None:
    with TestClient(fuzz_app) as client:
        for path in sorted(PUBLIC):
            assert client.get(path).status_code == 200, path


# --- regressions: requests the fuzzing found ------------------------------------------------

TOO_BIG = str(2**63)


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("GET", f"/screenings/{TOO_BIG}"),
        ("GET", f"/alerts?limit={TOO_BIG}"),
        ("GET", f"/alerts/{TOO_BIG}"),
        ("POST", f"/alerts/{TOO_BIG}/reject"),
    ],
)
def test_id_beyond_64_bits_is_refused_not_a_500(
    fuzz_app: FastAPI, tokens: dict[str, str], method: str, url: str
) -> None:
    # Was OverflowError in the SQLite driver: "Python int too large to convert".
    headers = bearer(_token_for(url, tokens))
    with TestClient(fuzz_app, raise_server_exceptions=False) as client:
        response = client.request(method, url, headers=headers, json={})
    assert response.status_code == 422, response.text


def test_deal_in_a_currency_without_rates_is_a_400(
    fuzz_app: FastAPI, tokens: dict[str, str]
) -> None:
    # Was a 500: screening raised FxError, which no handler turned into a response.
    with TestClient(fuzz_app, raise_server_exceptions=False) as client:
        response = client.post(
            "/screen", json=deal_dict(currency="ZZZ"), headers=bearer(tokens["admin"])
        )
    assert response.status_code == 400
    assert "no exchange rate for 'ZZZ'" in response.json()["detail"]
