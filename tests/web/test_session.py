"""Signed values: sessions expire, tampering is caught, the secret is made once."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tradeguard.web import session


def test_a_session_names_its_key_until_it_expires() -> None:
    secret = b"s" * 32
    value = session.session_value(secret, "k_abc", now=1000.0)
    assert session.session_key_id(secret, value, now=1000.0 + 60) == "k_abc"
    expired = 1000.0 + session.SESSION_SECONDS + 1
    assert session.session_key_id(secret, value, now=expired) is None


def test_tampering_or_another_secret_is_refused() -> None:
    value = session.session_value(b"a" * 32, "k_abc", now=1000.0)
    assert session.session_key_id(b"b" * 32, value, now=1000.0) is None
    body, mac = value.rsplit(".", 1)
    forged = body.replace("k_abc", "k_xyz") + "." + mac
    assert session.session_key_id(b"a" * 32, forged, now=1000.0) is None
    assert session.session_key_id(b"a" * 32, "garbage", now=1000.0) is None


def test_purposes_do_not_mix() -> None:
    flash = session.sign(b"a" * 32, "flash", "k_abc.9999999999.00")
    assert session.session_key_id(b"a" * 32, flash, now=1000.0) is None


def test_secret_file_is_private_and_stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(session.SECRET_ENV, raising=False)
    first = session.load_secret(tmp_path)
    assert session.load_secret(tmp_path) == first
    mode = os.stat(tmp_path / session.SECRET_FILE).st_mode
    assert stat.S_IMODE(mode) == 0o600
    monkeypatch.setenv(session.SECRET_ENV, "from-the-environment")
    assert session.load_secret(tmp_path) == b"from-the-environment"


def test_text_round_trips_without_padding() -> None:
    encoded = session.encode_text("Ким: four eyes")
    assert "=" not in encoded
    assert session.decode_text(encoded) == "Ким: four eyes"
