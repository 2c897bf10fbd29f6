"""Answer 401 to a request that carries no API key, before its body is read.

FastAPI decodes a request's body before the route's dependencies run, so without this a
keyless request with a malformed body learnt about the parse error (422) before being told
it needs a key. Only the presence of a key is checked here; `auth.py` still decides whether
the key is valid and what its role may do.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

# Open to anyone: probes, the API description and the algorithm list (as in yente), and the
# web pages, which sign in with a form and a session cookie (web/session.py); "/" leads there.
PUBLIC_PATHS = frozenset(
    {"/", "/healthz", "/readyz", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
    | {"/algorithms"}
)
MISSING_KEY = "send an API key as `Authorization: Bearer KEY`; `tradeguard keys create` makes one"


class KeyRequired:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _public(scope["path"]) or _has_key(scope):
            await self.app(scope, receive, send)
            return
        body = json.dumps({"detail": MISSING_KEY}).encode()
        headers = [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]
        await send({"type": "http.response.start", "status": 401, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _public(path: str) -> bool:
    return path in PUBLIC_PATHS or path == "/ui" or path.startswith("/ui/")


def _has_key(scope: Scope) -> bool:
    return any(name == b"authorization" and value.strip() for name, value in scope["headers"])
