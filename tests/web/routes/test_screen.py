"""The screen page in a browser: a name across scripts, and the running-example deal."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tradeguard.cli.run import running_example
from tradeguard.web.routes.screen import running_example as example_text
from web.web_support import Site, screenshot, sign_in


def test_cyrillic_name_finds_kim_jong_un_first(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"])
    page.get_by_label("Name", exact=True).fill("Ким Чен Ын")
    page.get_by_label("Schema").select_option("Person")
    page.get_by_role("button", name="Screen name").click()
    first = page.locator("#result article.hit").first
    expect(first.get_by_role("heading")).to_contain_text(re.compile("Kim Jong Un", re.I))
    expect(first.get_by_role("link", name=re.compile(r"alert #\d+"))).to_be_visible()
    # The query and the listed name side by side, the matched words marked in both.
    names = first.locator("table.names td")
    expect(names.nth(0).locator("mark")).to_have_count(3)
    # Either of the entry's names that score 1.0: "KIM Jong Un" or the alias "Ким Чен Ын".
    expect(names.nth(1).locator("mark")).to_have_count(3)
    expect(first.locator("table.features")).to_contain_text("name")
    expect(first.locator("svg.bar rect.pos").first).to_be_attached()
    # The form keeps what was asked, so the next query starts from it.
    expect(page.get_by_label("Name", exact=True)).to_have_value("Ким Чен Ын")
    screenshot(page, "screen-name.png")


def test_running_example_deal_is_blocked_with_un_citations(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"])
    deal = running_example()
    page.get_by_label("Deal file").set_input_files(
        {
            "name": "running-example.yaml",
            "mimeType": "application/yaml",
            "buffer": example_text().encode("utf-8"),
        }
    )
    page.get_by_role("button", name="Screen deal").click()
    result = page.locator("#result")
    expect(result.locator(".decision")).to_have_text("BLOCKED")
    expect(result.get_by_role("heading", level=2)).to_contain_text(deal.deal_id)
    un_row = result.locator("table.jurisdictions tr", has_text="UN")
    expect(un_row).to_contain_text("BLOCKED")
    citations = result.locator("blockquote.citation")
    for instrument in ("UNSCR 1718 (2006)", "UNSCR 2094 (2013)", "UNSCR 2397 (2017)"):
        expect(citations.filter(has_text=instrument).first).to_be_visible()
    buyer = result.locator("article.hit", has_text="Party (parties[2])")
    expect(buyer.locator("table.names td").nth(0)).to_contain_text("Kim Jong Un")
    screenshot(page, "screen-deal.png")


def test_pasted_deal_with_an_error_names_the_field(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"])
    broken = example_text().replace('hs_code: "8703 40"', 'hs_code: "87"')
    page.get_by_label("or the deal as text").fill(broken)
    page.get_by_role("button", name="Screen deal").click()
    expect(page.locator("#result .error")).to_contain_text("goods[0].hs_code")
