"""Four eyes in a browser: one reviewer proposes, the same reviewer cannot confirm, a second
one does, and the alert's page shows the whole history."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from web.web_support import Pages, Site, screenshot, sign_in


def _raise_alert(page: Page, site: Site) -> str:
    sign_in(page, site.tokens["screener"])
    page.get_by_label("Name", exact=True).fill("Kim Jong Un")
    page.get_by_role("button", name="Screen name").click()
    link = page.locator("#result article.hit").first.get_by_role("link", name=re.compile("alert"))
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    assert href is not None
    return href


def test_propose_then_confirm_by_another_reviewer(pages: Pages, site: Site) -> None:
    alert = _raise_alert(pages.open(), site)

    first = pages.open()
    sign_in(first, site.tokens["reviewer"], alert)
    expect(first.locator("h1 .pill")).to_have_text("open")
    first.get_by_label("True match").check()
    first.get_by_label("Comment").fill("Same name in Cyrillic, listed by the UN")
    first.get_by_role("button", name="Propose").click()
    expect(first.locator(".flash.ok")).to_contain_text("proposed")
    expect(first.locator("h1 .pill")).to_have_text("proposed")

    # The proposer's own confirmation is refused, and the alert stays proposed.
    first.get_by_label("Comment").fill("confirming my own")
    first.get_by_role("button", name="Confirm").click()
    expect(first.locator(".flash.error")).to_contain_text("four eyes")
    expect(first.locator("h1 .pill")).to_have_text("proposed")

    second = pages.open()
    sign_in(second, site.tokens["reviewer2"], alert)
    second.get_by_label("Comment").fill("Agreed")
    second.get_by_role("button", name="Confirm").click()
    expect(second.locator(".flash.ok")).to_contain_text("confirmed")
    expect(second.locator("h1 .pill")).to_have_text("closed")
    history = second.locator("ol.history li")
    expect(history).to_have_count(3)
    expect(history.nth(1)).to_contain_text("propose true match by Ann (compliance)")
    expect(history.nth(2)).to_contain_text("confirm by Bo (compliance)")
    screenshot(second, "alert.png")

    # The queue, filtered to closed alerts on the sample list, lists it.
    alert_id = alert.rsplit("/", 1)[1]
    second.goto("/ui/alerts?status=closed&list_id=tradeguard-sample&min_score=0.9")
    expect(second.get_by_role("link", name=f"#{alert_id}", exact=True)).to_be_visible()
    second.goto("/ui/alerts?status=open")
    expect(second.get_by_role("link", name=f"#{alert_id}", exact=True)).to_have_count(0)


def test_a_screener_cannot_open_the_queue(page: Page, site: Site) -> None:
    sign_in(page, site.tokens["screener"])
    expect(page.get_by_role("navigation").get_by_role("link", name="Alerts")).to_have_count(0)
