"""The lists page in a browser: versions, ages, a stale list and a refused load."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from web.web_support import Site, screenshot, sign_in


def test_stale_list_and_failed_update_are_flagged(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"], "/ui/lists")
    warnings = page.locator(".warning")
    expect(warnings.filter(has_text="Stale list")).to_contain_text("eu-fsf")
    expect(warnings.filter(has_text="Last failed update")).to_contain_text("cut-download.xml")
    expect(page.locator("tr.stale")).to_contain_text("2024-03-01")
    fresh = page.locator("tr", has_text="tradeguard-sample")
    expect(fresh).not_to_have_class("stale")
    expect(fresh).to_contain_text("first version")
    screenshot(page, "lists.png")


def test_screen_page_warns_about_the_stale_list(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"])
    expect(page.locator(".warning")).to_contain_text("eu-fsf")
