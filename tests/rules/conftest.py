"""`shared_legal`: the legal research notes beside the project, read in place, never copied.

Like `shared_data`, it skips with a message when the folder is missing, and fails under CI=true.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_LEGAL = Path(__file__).resolve().parents[2].parent / "shared" / "legal"


@pytest.fixture(scope="session")
def shared_legal() -> Path:
    if not (SHARED_LEGAL / "RULES.md").is_file():
        message = f"legal research notes not found at {SHARED_LEGAL}"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message + "; CI=true requires them")
        pytest.skip(message)
    return SHARED_LEGAL
