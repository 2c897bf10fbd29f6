"""Every route the app serves x every caller: no key, screener, reviewer, admin.

The routes come from the app itself, so a new route cannot slip through: until it has a row in
EXPECTED saying who may call it, the test fails and names it. The table stays explicit on
purpose; deriving the expectations from the code would only test the code against itself.

API routes are called with `Authorization: Bearer KEY`. Web pages (under WEB_PREFIX) are called
as a browser would: with the session cookie that signing in with the same key gives, and the
session's form token on every form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from httpx import Response

from api.api_support import bearer, person_query
from tradeguard.api.ratelimit import RateLimits
from tradeguard.web.session import SESSION_COOKIE, form_token

OK = "ok"  # any answer but 401/403 or a redirect to sign in: the caller got through
# Refused for want of a key: a web page answers 303 to its login page where the API answers
# 401. Allowed only under WEB_PREFIX, so an API route that redirects instead fails.
LOGIN = "login"
CALLERS = ("none", "screener", "reviewer", "admin")
WEB_PREFIX = "/ui"

Want = int | str


@dataclass(frozen=True, slots=True)
class Case:
    expected: tuple[Want, Want, Want, Want]  # per caller, in CALLERS order
    body: object = None


PUBLIC = (OK, OK, OK, OK)
ANY_KEY = (401, OK, OK, OK)
READ_ALL = (401, 403, OK, OK)
REVIEW = (401, 403, OK, 403)  # separation of duties: admins do not decide alerts
ADMIN = (401, 403, 403, OK)
PAGE_ANY_KEY = (LOGIN, OK, OK, OK)
PAGE_READ_ALL = (LOGIN, 403, OK, OK)
PAGE_REVIEW = (LOGIN, 403, OK, 403)

EXPECTED: dict[tuple[str, str], Case] = {
    ("GET", "/healthz"): Case(PUBLIC),
    ("GET", "/readyz"): Case(PUBLIC),
    ("GET", "/openapi.json"): Case(PUBLIC),
    ("GET", "/docs"): Case(PUBLIC),
    ("GET", "/docs/oauth2-redirect"): Case(PUBLIC),
    ("GET", "/redoc"): Case(PUBLIC),
    ("GET", "/algorithms"): Case(PUBLIC),
    ("POST", "/match"): Case(ANY_KEY, person_query("Kim Jong Un")),
    ("POST", "/match/{dataset}"): Case(ANY_KEY, person_query("Kim Jong Un")),
    ("POST", "/compare"): Case(ANY_KEY, {"name_a": "Kim Jong Un", "name_b": "KIM Jong Un"}),
    ("POST", "/screen"): Case(ANY_KEY, {"deal_id": "x"}),
    ("POST", "/news"): Case(ANY_KEY, {"text": "Kim Jong Un bought a car."}),
    ("GET", "/entities/{entity_id}"): Case(ANY_KEY),
    ("GET", "/lists"): Case(ANY_KEY),
    ("POST", "/lists/update"): Case(ADMIN, {"sources": ["none-such"]}),
    ("GET", "/screenings"): Case(ANY_KEY),
    ("GET", "/screenings/{screening_id}"): Case(ANY_KEY),
    ("GET", "/alerts"): Case(READ_ALL),
    ("GET", "/alerts/{alert_id}"): Case(READ_ALL),
    ("POST", "/alerts/{alert_id}/propose"): Case(
        REVIEW, {"decision": "true_match", "comment": "c"}
    ),
    ("POST", "/alerts/{alert_id}/confirm"): Case(REVIEW, {"comment": "c"}),
    ("POST", "/alerts/{alert_id}/reject"): Case(REVIEW, {"comment": "c"}),
    ("GET", "/decisions"): Case(READ_ALL),
    ("POST", "/counterparties"): Case(
        ANY_KEY, {"counterparties": [{"external_id": "c1", "name": "Ann Lee"}]}
    ),
    ("GET", "/counterparties"): Case(READ_ALL),
    ("POST", "/keys"): Case(ADMIN, {"role": "screener"}),
    ("GET", "/keys"): Case(ADMIN),
    ("DELETE", "/keys/{key_id}"): Case(ADMIN),
    ("GET", "/audit/verify"): Case(ADMIN),
    ("GET", "/audit/export"): Case(READ_ALL),
    ("GET", "/audit/search"): Case(READ_ALL),
    # The web pages; bodies are form fields.
    ("GET", "/"): Case(PUBLIC),  # a redirect to the screening page
    ("GET", "/ui"): Case(PUBLIC),
    ("GET", "/ui/"): Case(PUBLIC),
    ("GET", "/ui/static"): Case(PUBLIC),
    ("GET", "/ui/login"): Case(PUBLIC),
    ("POST", "/ui/login"): Case(PUBLIC, {"api_key": "tg_not-a-real-key"}),
    ("POST", "/ui/logout"): Case((LOGIN, LOGIN, LOGIN, LOGIN)),  # everyone ends signed out
    ("GET", "/ui/screen"): Case(PAGE_ANY_KEY),
    ("POST", "/ui/screen/name"): Case(PAGE_ANY_KEY, {"name": "Kim Jong Un"}),
    ("POST", "/ui/screen/deal"): Case(PAGE_ANY_KEY, {"deal_text": "deal_id: x"}),
    ("GET", "/ui/entities/{entity_id:path}"): Case(PAGE_ANY_KEY),
    ("GET", "/ui/lists"): Case(PAGE_ANY_KEY),
    ("GET", "/ui/alerts"): Case(PAGE_READ_ALL),
    ("GET", "/ui/alerts/{alert_id}"): Case(PAGE_READ_ALL),
    ("POST", "/ui/alerts/{alert_id}/propose"): Case(
        PAGE_REVIEW, {"decision": "true_match", "comment": "c"}
    ),
    ("POST", "/ui/alerts/{alert_id}/{action}"): Case(PAGE_REVIEW, {"comment": "c"}),
    ("GET", "/ui/audit"): Case(PAGE_READ_ALL),
    ("POST", "/ui/audit/export"): Case(PAGE_READ_ALL),
}

# Values for path parameters. Alert and screening ids are made fresh for each route, so that
# one route's calls (a proposal, say) cannot change what the next route's callers meet.
SAMPLES = {
    "dataset": "default",
    "entity_id": "tradeguard-sample:kim-jong-un",
    "key_id": "k_nonexistent",
    "action": "confirm",
}


def served_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every route, including those of included routers and mounts."""
    found = set()
    for route in iter_route_contexts(app.routes):
        assert route.path is not None, route
        # A mount (static files, a sub-app) has no methods; it is reached with GET.
        for method in (route.methods or {"GET"}) - {"HEAD"}:
            found.add((method, route.path))
    return sorted(found, key=lambda r: (r[1], r[0]))


def test_every_route_is_in_the_table(app: FastAPI) -> None:
    served = served_routes(app)
    missing = [f"{m} {p}" for m, p in served if (m, p) not in EXPECTED]
    assert not missing, (
        f"routes with no row in EXPECTED (tests/api/test_access.py): {', '.join(missing)}; "
        "add one per route saying which callers may use it"
    )
    stale = [f"{m} {p}" for m, p in EXPECTED if (m, p) not in served]
    assert not stale, f"rows in EXPECTED for routes the app no longer serves: {stale}"


def test_every_route_by_caller(app: FastAPI, client: TestClient, tokens: dict[str, str]) -> None:
    app.state.rate_limits = RateLimits(None, None)  # access, not rate, is under test here
    sessions = {caller: _sign_in(client, tokens[caller]) for caller in CALLERS[1:]}
    problems: list[str] = []
    for method, path in served_routes(app):
        case = EXPECTED.get((method, path))
        if case is None:
            continue  # test_every_route_is_in_the_table names it
        url = _url(path, _fresh_ids(client, tokens))
        for caller, want in zip(CALLERS, case.expected, strict=True):
            if path.startswith(WEB_PREFIX):
                response = _as_browser(client, method, url, case.body, sessions.get(caller))
            else:
                headers = bearer(tokens[caller]) if caller != "none" else {}
                response = client.request(method, url, json=case.body, headers=headers)
            problem = _check(path, want, response)
            if problem:
                problems.append(f"{method} {path} as {caller}: {problem}")
    assert not problems, "\n".join(problems)


def _sign_in(client: TestClient, token: str) -> str:
    client.cookies.clear()
    signed = client.post(f"{WEB_PREFIX}/login", data={"api_key": token}, follow_redirects=False)
    assert signed.status_code == 303, signed.text
    return signed.cookies[SESSION_COOKIE]


def _as_browser(
    client: TestClient, method: str, url: str, form: object, session: str | None
) -> Response:
    client.cookies.clear()  # only the session given, never one a previous answer set
    headers = {"Cookie": f"{SESSION_COOKIE}={session}"} if session else {}
    data = dict(form) if isinstance(form, dict) else {}
    if session and method == "POST":
        data["csrf"] = form_token(client.app.state.web.secret, session)  # type: ignore[attr-defined]
    return client.request(method, url, data=data or None, headers=headers, follow_redirects=False)


def _fresh_ids(client: TestClient, tokens: dict[str, str]) -> dict[str, str]:
    made = client.post(
        "/match", json=person_query("Kim Jong Un"), headers=bearer(tokens["screener"])
    )
    answer = made.json()["responses"]["q1"]
    (alert_id,) = answer["alert_ids"]
    return {**SAMPLES, "alert_id": str(alert_id), "screening_id": str(answer["screening_id"])}


def _url(path: str, values: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1).split(":")[0]
        assert name in values, f"{path}: add a sample value for {{{name}}} to SAMPLES"
        return values[name]

    return re.sub(r"\{([^}]+)\}", value, path)


def _check(path: str, want: Want, response: Response) -> str | None:
    status = response.status_code
    web = path.startswith(WEB_PREFIX)
    to_login = status == 303 and f"{WEB_PREFIX}/login" in response.headers.get("location", "")
    if want == LOGIN:
        if not web:
            return f"LOGIN is for pages under {WEB_PREFIX}; an API route answers 401"
        return None if to_login or status == 401 else f"wanted {LOGIN}, got {_said(response)}"
    if want == OK:
        return None if status not in (401, 403) and not to_login else f"refused: {_said(response)}"
    if status != want:
        return f"wanted {want}, got {_said(response)}"
    if not web and not response.json().get("detail"):
        return f"{status} without a detail saying why"
    return None


def _said(response: Response) -> str:
    return f"{response.status_code} {response.text[:200]}"


def test_only_web_pages_may_send_callers_to_sign_in() -> None:
    to_login = Response(303, headers={"location": "/ui/login?next=/ui/alerts"})
    assert _check("/ui/alerts", LOGIN, to_login) is None
    assert _check("/ui/alerts", LOGIN, Response(401)) is None
    assert _check("/ui/alerts", OK, to_login) is not None  # sent away is not let in
    assert _check("/alerts", LOGIN, to_login) is not None  # the API itself never redirects
    assert _check("/alerts", OK, to_login) is not None
    assert _check("/ui/alerts", OK, Response(303, headers={"location": "/ui/alerts/1"})) is None
