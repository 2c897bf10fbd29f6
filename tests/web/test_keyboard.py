"""Every page with the keyboard alone: Tab to a field or link, type, Enter. The focused element
always shows a focus ring, and no page logs a console error (the `pages` fixture checks)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from web.web_support import Pages, Site, focus_is_visible, screenshot, tab_to


def _tab_enter(page: Page, selector: str) -> None:
    tab_to(page, selector)
    assert focus_is_visible(page), f"no visible focus on {selector}"
    page.keyboard.press("Enter")


def _nav(page: Page, label: str) -> None:
    _tab_enter(page, f'nav a:text-is("{label}")')
    expect(page).to_have_url(re.compile(f"/ui/{label.lower()}$"))


def _sign_in(page: Page, token: str) -> None:
    page.goto("/ui/screen")
    tab_to(page, "#api_key")
    assert focus_is_visible(page)
    page.keyboard.type(token)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/ui/screen$"))


def _screen_and_open_entity(page: Page) -> None:
    tab_to(page, "#name")
    page.keyboard.type("Kim Jong Un")
    page.keyboard.press("Enter")
    expect(page.locator("#result article.hit").first).to_contain_text("Kim Jong Un")
    _tab_enter(page, "#result article.hit h3 a >> nth=0")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Kim Jong Un", re.I))
    expect(page.locator("table", has_text="Names")).to_contain_text("김정은")


def _review_newest_open_alert(page: Page) -> None:
    _nav(page, "Alerts")
    tab_to(page, "#status")
    page.keyboard.type("open")  # typing picks the matching option of a focused select
    tab_to(page, "#min_score")
    page.keyboard.type("0.9")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"status=open.*min_score=0\.9"))
    _tab_enter(page, "table.queue tbody a >> nth=0")
    expect(page.locator("h1 .pill")).to_have_text("open")
    # A radio group is one Tab stop; the arrow keys move the choice within it.
    tab_to(page, 'input[value="true_match"]')
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("False positive")).to_be_checked()
    tab_to(page, "#comment")
    page.keyboard.type("Different person: keyboard-only review")
    _tab_enter(page, 'button:text-is("Propose")')
    expect(page.locator(".flash.ok")).to_contain_text("proposed")


def _search_audit(page: Page) -> None:
    _nav(page, "Audit")
    tab_to(page, "#kind")
    page.keyboard.type("alert")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"kind=alert"))
    expect(page.locator("table.audit tbody tr").first).to_contain_text("alert.propose")
    screenshot(page, "audit.png")


def _screen_example_deal(page: Page) -> None:
    _nav(page, "Screen")
    _tab_enter(page, 'a:text-is("Fill in the running example")')
    expect(page.get_by_label("or the deal as text")).to_have_value(re.compile("aurus-senat-dprk"))
    _tab_enter(page, 'button:text-is("Screen deal")')
    expect(page.locator("#result .decision")).to_have_text("BLOCKED")


def test_every_page_with_the_keyboard_alone(pages: Pages, site: Site) -> None:
    page = pages.open()
    _sign_in(page, site.tokens["reviewer"])
    _screen_and_open_entity(page)
    _review_newest_open_alert(page)
    _nav(page, "Lists")
    expect(page.locator(".warning").first).to_contain_text("Stale")
    _search_audit(page)
    _screen_example_deal(page)
    _tab_enter(page, 'button:text-is("Sign out")')
    expect(page).to_have_url(re.compile(r"/ui/login$"))
