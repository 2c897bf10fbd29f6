"""The entity page in a browser: names in every script, dates, programmes, source, listing."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from web.web_support import Site, screenshot, sign_in


def test_entity_shows_names_scripts_and_listing(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"], "/ui/entities/tradeguard-sample:putin")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vladimir Vladimirovich PUTIN")
    names = page.locator("table", has_text="Names")
    expect(names.locator("tr", has_text="Путин Владимир Владимирович")).to_contain_text("Cyrillic")
    expect(names.locator("tr", has_text="Путін Володимир Володимирович")).to_contain_text("ukr")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("1952-10-07")
    expect(facts).to_contain_text("RUSSIA-EO14024")
    expect(facts).to_contain_text("tradeguard sample list")
    expect(facts.locator("dt", has_text="Listing date")).to_be_visible()
    screenshot(page, "entity.png")


def test_unknown_entity_says_so(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"])
    # A 404 document would log a browser console error; read the answer without rendering it.
    response = page.request.get("/ui/entities/tradeguard-sample:nobody")
    assert response.status == 404
    assert "no loaded entity" in response.text()
