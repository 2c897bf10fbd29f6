"""Rendering pages: templates, the signed-in caller, one-time messages and page errors."""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from tradeguard.api.state import Service
from tradeguard.auth.roles import Permission, allows
from tradeguard.store.keys import ApiKey, KeyStore
from tradeguard.web import session

PREFIX = "/ui"
TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
# A list whose as-of date is older than this is flagged: OFAC and the UK publish several times a
# month and the UN and EU at least monthly, so a month without a new version means updates stopped.
STALE_DAYS = 30.0
STALE_ENV = "TRADEGUARD_STALE_DAYS"

# Pages show personal data: never cache them, never frame them, and run only our own script.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Cache-Control": "no-store",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}


@dataclass(slots=True, frozen=True)
class WebState:
    secret: bytes
    templates: Jinja2Templates
    stale_days: float


@dataclass(slots=True, frozen=True)
class Caller:
    key: ApiKey
    form_token: str

    def can(self, permission: Permission) -> bool:
        return allows(self.key.role, permission)


class NeedsLogin(Exception):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class PageError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def make_state(home: Path) -> WebState:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals["entity_url"] = entity_url
    return WebState(
        session.load_secret(home), templates, float(os.environ.get(STALE_ENV, STALE_DAYS))
    )


def entity_url(entity_id: str) -> str:
    return f"{PREFIX}/entities/{quote(entity_id, safe=':')}"


def web(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc


def current(request: Request) -> Caller | None:
    """The caller of a valid session whose key is still live (revocation ends it at once)."""
    cookie = request.cookies.get(session.SESSION_COOKIE, "")
    secret = web(request).secret
    key_id = session.session_key_id(secret, cookie) if cookie else None
    if key_id is None:
        return None
    live = (k for k in KeyStore(service(request).db).all() if k.id == key_id and not k.revoked)
    key = next(live, None)
    return Caller(key, session.form_token(secret, cookie)) if key else None


def signed_in(permission: Permission) -> Callable[[Request], Caller]:
    def dependency(request: Request) -> Caller:
        caller = current(request)
        if caller is None:
            # Back to a page after signing in, never to a form's target (a GET there is 405).
            query = f"?{request.url.query}" if request.url.query else ""
            raise NeedsLogin(request.url.path + query if request.method == "GET" else "")
        request.state.caller = caller
        if not caller.can(permission):
            raise PageError(403, f"your role ({caller.key.role}) may not open this page")
        return caller

    return dependency


def check_post(request: Request, token: str | None, caller: Caller | None) -> None:
    """Refuse a form posted from another site: by its Origin, and by the session's form token."""
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise PageError(403, "this form was posted from another site")
    if caller is not None and not hmac.compare_digest(token or "", caller.form_token):
        raise PageError(403, "the form has expired; reload the page and send it again")


def render(
    request: Request, template: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    state = web(request)
    caller: Caller | None = getattr(request.state, "caller", None)
    flash = _take_flash(request, state.secret)
    response = state.templates.TemplateResponse(
        request,
        template,
        {"caller": caller, "flash": flash, "path": request.url.path, **context},
        status_code=status,
        headers=HEADERS,
    )
    if flash is not None:
        response.delete_cookie(session.FLASH_COOKIE, path=PREFIX)
    return response


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def flash(request: Request, response: Response, kind: str, text: str) -> None:
    """A message for the next page only: the outcome of a form, shown after its redirect."""
    body = f"{kind}.{session.encode_text(text)}"
    response.set_cookie(
        session.FLASH_COOKIE,
        session.sign(web(request).secret, "flash", body),
        max_age=120,
        path=PREFIX,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def _take_flash(request: Request, secret: bytes) -> dict[str, str] | None:
    value = request.cookies.get(session.FLASH_COOKIE)
    body = session.unsign(secret, "flash", value) if value else None
    if body is None:
        return None
    kind, _, text = body.partition(".")
    return {"kind": kind, "text": session.decode_text(text)}
