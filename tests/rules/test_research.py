"""Every rule points at a row of the legal research, with that row's confidence mark."""

from __future__ import annotations

import re
from pathlib import Path

from tradeguard.rules import load_rules
from tradeguard.rules.book import rule_files

_ROW = re.compile(r"^\| (?P<id>[A-Z]{2}-[A-Z]?\d+) \|(?P<rest>.*)\|\s*$")


def _research_rows(path: Path) -> dict[str, str]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        found = _ROW.match(line)
        if found:
            rows[found["id"]] = found["rest"].rsplit("|", 1)[-1]
    return rows


def test_every_rule_cites_an_existing_research_row(shared_legal: Path) -> None:
    rows = _research_rows(shared_legal / "RULES.md")
    for rule in load_rules(rule_files()):
        assert rule.research in rows, rule.id


def test_rules_on_rows_nobody_read_only_ask_for_review(shared_legal: Path) -> None:
    # A row the research only recalled or could not confirm (UK-2, UK-4, ...) must not block.
    rows = _research_rows(shared_legal / "RULES.md")
    for rule in load_rules(rule_files()):
        if "READ" not in rows[rule.research]:
            assert rule.outcome.value == "REVIEW", (rule.id, rows[rule.research])
