"""Signing in: the cookie's flags and content, revocation, redirects and form protection."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tradeguard.store.keys import KeyStore
from tradeguard.web.session import SESSION_COOKIE
from web.client_support import sign_in


def test_pages_ask_for_a_sign_in_first(client: TestClient) -> None:
    response = client.get("/ui/alerts", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/ui/login?next=/ui/alerts"
    assert client.get("/", follow_redirects=False).headers["location"] == "/ui/screen"


def test_session_cookie_is_httponly_strict_and_holds_no_key(
    client: TestClient, tokens: dict[str, str]
) -> None:
    response = client.post(
        "/ui/login", data={"api_key": tokens["screener"]}, follow_redirects=False
    )
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(SESSION_COOKIE + "=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert tokens["screener"] not in cookie
    assert tokens["screener"].removeprefix("tg_") not in cookie


def test_unknown_key_is_refused_in_the_page(client: TestClient) -> None:
    response = client.post("/ui/login", data={"api_key": "tg_nope"}, follow_redirects=False)
    assert response.status_code == 200
    assert "unknown or revoked API key" in response.text
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")


def test_a_forged_or_altered_cookie_is_no_session(
    client: TestClient, tokens: dict[str, str]
) -> None:
    sign_in(client, tokens["screener"])
    value = client.cookies[SESSION_COOKIE]
    key_id, rest = value.split(".", 1)
    client.cookies.set(SESSION_COOKIE, "k_000000000000." + rest)
    assert client.get("/ui/screen", follow_redirects=False).status_code == 303
    client.cookies.set(SESSION_COOKIE, value)
    assert client.get("/ui/screen", follow_redirects=False).status_code == 200


def test_revoking_the_key_ends_its_session(
    app: FastAPI, client: TestClient, tokens: dict[str, str]
) -> None:
    sign_in(client, tokens["screener"])
    key_id = client.cookies[SESSION_COOKIE].split(".", 1)[0]
    KeyStore(app.state.service.db).revoke(key_id, "test")
    assert client.get("/ui/screen", follow_redirects=False).status_code == 303


def test_next_only_leads_to_our_own_pages(client: TestClient, tokens: dict[str, str]) -> None:
    for target, expected in (("/ui/lists", "/ui/lists"), ("https://evil.example/", "/ui/screen")):
        client.cookies.clear()
        response = client.post(
            "/ui/login",
            data={"api_key": tokens["screener"], "next": target},
            follow_redirects=False,
        )
        assert response.headers["location"] == expected


def test_forms_need_the_session_token_and_our_origin(
    client: TestClient, tokens: dict[str, str]
) -> None:
    csrf = sign_in(client, tokens["screener"])
    name = {"name": "Kim Jong Un"}
    assert client.post("/ui/screen/name", data={**name, "csrf": "forged"}).status_code == 403
    foreign = {"origin": "https://evil.example"}
    refused = client.post("/ui/screen/name", data={**name, "csrf": csrf}, headers=foreign)
    assert refused.status_code == 403
    assert client.post("/ui/screen/name", data={**name, "csrf": csrf}).status_code == 200


def test_sign_out_clears_the_cookie(client: TestClient, tokens: dict[str, str]) -> None:
    csrf = sign_in(client, tokens["screener"])
    response = client.post("/ui/logout", data={"csrf": csrf}, follow_redirects=False)
    assert response.headers["location"] == "/ui/login"
    assert client.get("/ui/screen", follow_redirects=False).status_code == 303


def test_guessing_keys_is_slowed_like_the_api(client: TestClient) -> None:
    answers = [client.post("/ui/login", data={"api_key": f"tg_guess{i}"}) for i in range(40)]
    assert answers[0].status_code == 200 and "unknown or revoked" in answers[0].text
    assert "too many requests" in answers[-1].text


def test_after_sign_in_the_page_asked_for_opens_with_its_filters(client: TestClient) -> None:
    page = client.get("/ui/alerts?status=open", follow_redirects=False)
    assert page.headers["location"] == "/ui/login?next=/ui/alerts%3Fstatus%3Dopen"
    form = client.post("/ui/screen/name", data={"name": "x"}, follow_redirects=False)
    assert form.headers["location"] == "/ui/login"
