"""Shared fixtures. Tests that read the real lists in ../shared/data use `shared_data`.

Under CI=true those files must be there, so a missing folder fails the run instead of
silently skipping the tests that matter most; elsewhere they skip and say why.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# No wall-clock deadline for property tests: on a busy shared machine a first call that loads
# ICU's transliterators or the compiled kernels overruns hypothesis's 200 ms and fails a test
# whose subject is correctness, not speed (speed is measured in bench/).
settings.register_profile("tradeguard", deadline=None)
settings.load_profile("tradeguard")

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        message = f"real list files not found at {SHARED_DATA} (expected beside the project)"
        if _in_ci():
            pytest.fail(message + "; CI=true requires them")
        pytest.skip(message)
    return SHARED_DATA


@pytest.fixture()
def tg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty tradeguard home so no test touches the user's real store."""
    home = tmp_path / "tg-home"
    monkeypatch.setenv("TRADEGUARD_HOME", str(home))
    return home
