from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from news.seed import PUBLISHED, SEED_ARTICLE
from tradeguard.cli import main
from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path
from tradeguard.news import ArticleReport, screen_article
from tradeguard.news.html import render_html


def test_json_report_round_trips(article: str, sample_engine: Engine) -> None:
    report = screen_article(article, sample_engine, PUBLISHED)
    again = json.loads(json.dumps(report))
    assert again == report
    assert {"parties", "places", "goods", "amounts", "dates", "deals", "lists"} <= set(report)
    kim = next(p for p in report["parties"] if p["text"] == "Kim Jong-un")
    assert article[kim["start"] : kim["end"]] == "Kim Jong-un"
    assert kim["link"]["caption"] == "KIM Jong Un"
    deal = report["deals"][0]
    assert deal["inferred"] is True and deal["decision"]["decision"] == "BLOCKED"


def test_html_is_self_contained_and_marks_every_status(sample_report: ArticleReport) -> None:
    page = render_html(sample_report)
    assert not re.search(r"(src|href)=|<script|https?://", page)
    for css in ("listed", "notlisted", "metonym", "place", "goods", "amount", "date"):
        assert f'<mark class="{css}"' in page, css
    assert "un-2094-annex-iv-automobiles" in page
    assert "Inferred from the text" in page


def test_html_escapes_the_article(sample_engine: Engine) -> None:
    from tradeguard.news import read_article

    page = render_html(read_article("<b>Vladimir Putin</b> & co", sample_engine))
    assert "&lt;b&gt;" in page and "<b>Vladimir" not in page


@pytest.fixture()
def loaded_home(tg_home: Path) -> Path:
    Engine.open(tg_home).load([bundled_path()])
    return tg_home


def test_cli_json_and_html(article: str, loaded_home: Path, tmp_path: Path) -> None:
    html_path = tmp_path / "report.html"
    args = ["news", "screen", str(SEED_ARTICLE), "--json", "--date", "2023-09-13"]
    result = CliRunner().invoke(main, [*args, "--html", str(html_path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["published"] == "2023-09-13"
    assert "Kim Jong-un" in html_path.read_text(encoding="utf-8")


def test_cli_table_and_stdin(loaded_home: Path) -> None:
    result = CliRunner().invoke(
        main, ["news", "screen", "-"], input="Vladimir Putin sold Lada cars to Kim Jong Un."
    )
    assert result.exit_code == 0, result.output
    assert "Inferred deal" in result.output and "BLOCKED" in result.output


def test_cli_rejects_a_bad_date(loaded_home: Path) -> None:
    result = CliRunner().invoke(main, ["news", "screen", "-", "--date", "13/09/2023"], input="x")
    assert result.exit_code == 2
