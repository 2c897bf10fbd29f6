"""Signed values for the web pages: the session cookie, one-time messages and form tokens.

A session cookie names the API key by its id, never its secret, and carries an expiry and an
HMAC over both. The signing secret lives in the home folder (or TRADEGUARD_WEB_SECRET), so every
worker process and every restart accepts the same cookies, and no session table is needed.
A revoked key ends its sessions at once because each request looks the key up again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path

SESSION_COOKIE = "tg_session"
FLASH_COOKIE = "tg_flash"
# A working day: long enough not to interrupt a review, short enough to bound a stolen cookie.
SESSION_SECONDS = 8 * 3600
SECRET_FILE = "web-session.secret"
SECRET_ENV = "TRADEGUARD_WEB_SECRET"


def load_secret(home: Path) -> bytes:
    """The signing secret: from the environment, else a file created once with mode 0600."""
    configured = os.environ.get(SECRET_ENV, "")
    if configured:
        return configured.encode("utf-8")
    path = home / SECRET_FILE
    home.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: when several workers start together, exactly one writes the secret.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32))
    return _read_secret(path)


def _read_secret(path: Path) -> bytes:
    for _ in range(50):
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text.encode("ascii")
        time.sleep(0.01)  # another worker created the file and is still writing it
    raise RuntimeError(f"{path} is empty; delete it and restart to make a new secret")


def _mac(secret: bytes, purpose: str, body: str) -> str:
    digest = hmac.new(secret, f"{purpose}|{body}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def sign(secret: bytes, purpose: str, body: str) -> str:
    return f"{body}.{_mac(secret, purpose, body)}"


def unsign(secret: bytes, purpose: str, value: str) -> str | None:
    body, _, mac = value.rpartition(".")
    if not body or not hmac.compare_digest(mac, _mac(secret, purpose, body)):
        return None
    return body


def session_value(secret: bytes, key_id: str, now: float | None = None) -> str:
    expires = int((now or time.time()) + SESSION_SECONDS)
    # The nonce makes each login's cookie (and so its form token) distinct.
    return sign(secret, "session", f"{key_id}.{expires}.{secrets.token_hex(8)}")


def session_key_id(secret: bytes, value: str, now: float | None = None) -> str | None:
    """The key id a valid, unexpired session cookie names; None otherwise."""
    body = unsign(secret, "session", value)
    if body is None:
        return None
    key_id, expires, _nonce = (body.split(".") + ["", ""])[:3]
    if not expires.isdigit() or int(expires) < (now or time.time()):
        return None
    return key_id


def form_token(secret: bytes, session: str) -> str:
    """The token every form of a session posts back; a page from another site cannot know it."""
    return _mac(secret, "form", session)


def encode_text(text: str) -> str:
    # Unpadded: "=" would make the cookie header quote the value.
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def decode_text(value: str) -> str:
    padded = value + "=" * (-len(value) % 4)
    return base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8")
