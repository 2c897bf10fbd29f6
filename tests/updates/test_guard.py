from __future__ import annotations

import pytest

from tradeguard.updates.guard import SuspiciousUpdate, check_shrink


def test_losing_over_a_fifth_is_refused_with_advice() -> None:
    with pytest.raises(SuspiciousUpdate, match="--force") as caught:
        check_shrink("un-sc", 100, 79, force=False)
    assert caught.value.status == 409
    assert "79" in caught.value.message and "100" in caught.value.message


@pytest.mark.parametrize(
    ("before", "after", "force"),
    [(100, 80, False), (100, 10, True), (0, 0, False), (10, 50, False)],
)
def test_normal_changes_pass(before: int, after: int, force: bool) -> None:
    check_shrink("un-sc", before, after, force)
