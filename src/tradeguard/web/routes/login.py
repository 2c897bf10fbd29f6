"""Signing in with an API key (the same keys and roles as the API) and signing out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response

from tradeguard.api.auth import limited_key
from tradeguard.web import session
from tradeguard.web.pages import PREFIX, check_post, current, redirect, render, web

router = APIRouter()


def _safe_next(target: str | None) -> str:
    # Only our own pages: an open redirect would let a link send a fresh login anywhere.
    if target and target.startswith(PREFIX + "/") and not target.startswith("//"):
        return target
    return f"{PREFIX}/screen"


@router.get("/")
@router.get(PREFIX)
@router.get(PREFIX + "/")
def home() -> Response:
    return redirect(f"{PREFIX}/screen")


@router.get(PREFIX + "/login")
def login_page(request: Request, next: str | None = None) -> Response:
    if current(request) is not None:
        return redirect(_safe_next(next))
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post(PREFIX + "/login")
def login(
    request: Request,
    api_key: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    check_post(request, None, None)
    try:
        # The API's own key check, so failed sign-ins spend the same per-address budget.
        key = limited_key(request, api_key.strip())
    except HTTPException as refused:
        return _login_again(request, next, str(refused.detail))
    if key is None:
        return _login_again(
            request, next, "unknown or revoked API key; `tradeguard keys create` makes one"
        )
    response = redirect(_safe_next(next))
    response.set_cookie(
        session.SESSION_COOKIE,
        session.session_value(web(request).secret, key.id),
        max_age=session.SESSION_SECONDS,
        path="/",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


def _login_again(request: Request, next: str, error: str) -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "error": error})


@router.post(PREFIX + "/logout")
def logout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    check_post(request, csrf, current(request))
    response = redirect(f"{PREFIX}/login")
    response.delete_cookie(session.SESSION_COOKIE, path="/")
    return response
