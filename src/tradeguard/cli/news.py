"""`tradeguard news screen ARTICLE`: who an article names, what it sells to whom, and whether
that is allowed."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click
from rich.table import Table

from tradeguard.cli.common import (
    console,
    friendly_errors,
    home_option,
    open_engine,
    parse_date_option,
)
from tradeguard.news import ArticleReport, read_article
from tradeguard.news.html import render_html


@click.group()
def news() -> None:
    """Screen news articles.

    Example: tradeguard news screen article.txt --date 2023-09-13 --html report.html
    """


@news.command("screen")
@click.argument("article", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a self-contained HTML report here.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--date",
    "published",
    callback=parse_date_option,
    help="The article's publication date (YYYY-MM-DD), to resolve 'this Wednesday'.",
)
@home_option
@friendly_errors
def screen(article: str, html_path: Path | None, as_json: bool, published: date | None) -> None:
    """Find the parties, goods, amounts, dates and places an article names; screen the parties
    against the loaded lists and the deals it implies against the rules.

    ARTICLE is a UTF-8 text file, or - for standard input.

    Example: tradeguard news screen article.txt --date 2023-09-13 --json
    """
    text = sys.stdin.read() if article == "-" else Path(article).read_text(encoding="utf-8")
    report = read_article(text, open_engine(), published)
    if html_path is not None:
        html_path.write_text(render_html(report), encoding="utf-8")
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print(report)
    if html_path is not None and not as_json:
        console.print(f"HTML report written to {html_path}")


def _print(report: ArticleReport) -> None:
    parties = Table(title="Parties named")
    for column in ("name in text", "kind", "status", "list entry"):
        parties.add_column(column, overflow="fold")
    seen: set[tuple[str, str]] = set()
    for p in report.parties:
        if (p.span.text, p.status) in seen:
            continue
        seen.add((p.span.text, p.status))
        entry = f"{p.link.caption} ({p.link.entity_id}, {p.link.score})" if p.link else p.means
        parties.add_row(p.span.text, p.kind, p.status, entry or "")
    console.print(parties)
    goods = sorted({(g.span.text, g.heading) for g in report.goods})
    console.print("Goods: " + "; ".join(f"{text} (HS {heading})" for text, heading in goods))
    places = sorted({(p.span.text, p.territory or p.country or "?") for p in report.places})
    console.print("Places: " + "; ".join(f"{text} -> {where}" for text, where in places))
    amounts = [f"{a.span.text} = {a.value:,.0f} {a.currency}" for a in report.amounts if a.value]
    console.print("Amounts: " + "; ".join(amounts))
    for deal in report.deals:
        decision = (deal.decision or {}).get("decision", "NOT SCREENED")
        seller = deal.seller.span.text if deal.seller else "?"
        buyer = deal.buyer.span.text if deal.buyer else "?"
        console.print(
            f"Inferred deal (confidence {deal.confidence}): {seller} -> {buyer}, "
            f"{deal.goods.span.text} (HS {deal.goods.heading}), {deal.origin} -> "
            f"{deal.destination}: [bold]{decision}[/]\n  from: {deal.sentence}"
        )
