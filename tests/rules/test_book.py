"""The rule book index: candidates by direction and HS chapter, and the watched places."""

from __future__ import annotations

from datetime import date

from tradeguard.rules import bundled_rulebook


def test_candidates_come_from_the_chapter_and_the_every_code_bucket() -> None:
    book = bundled_rulebook()
    ids = {rule.id for rule in book.candidates("export", "870323")}
    assert "eu-833-3k-passenger-cars-2023" in ids
    assert "us-eo13685-crimea-embargo" in ids  # ALL goods
    assert "eu-833-3i-russian-cars-import" not in ids  # an import rule


def test_chapter_candidates_exclude_other_chapters() -> None:
    ids = {rule.id for rule in bundled_rulebook().candidates("export", "090111")}
    assert "eu-833-3k-passenger-cars-2023" not in ids


def test_watched_places_per_regime() -> None:
    book = bundled_rulebook()
    assert book.watched("UN") == {"kp"}
    assert {"ru", "kp", "ua-cri", "ua-dnr", "ua-lnr", "ua-khe", "ua-zap"} <= book.watched("EU")


def test_in_force_and_prefix_matching() -> None:
    rule = next(r for r in bundled_rulebook().rules if r.id == "eu-833-3k-passenger-cars-2023")
    assert rule.covers_hs("8703401000") is not None
    assert rule.covers_hs("870321") is None
    assert not rule.in_force(date(2023, 6, 23)) and rule.in_force(date(2023, 6, 24))
