"""Steps the browser tests share."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

# The docs' screenshots are refreshed on demand (`make screenshots` sets this to docs/img): a
# plain test run must not rewrite tracked files, whose pixels differ from run to run.
SCREENSHOTS = Path(
    os.environ.get("TRADEGUARD_SCREENSHOTS")
    or Path(tempfile.gettempdir()) / "tradeguard-screenshots"
)
VIEWPORT = {"width": 1200, "height": 800}


@dataclass(slots=True, frozen=True)
class Site:
    url: str
    home: Path
    tokens: dict[str, str]
    key_ids: dict[str, str]


@dataclass(slots=True)
class Pages:
    """Opens browser tabs, each in its own context (own cookies), and records every console
    error and uncaught exception on any of them; the test fails if there is one."""

    browser: Browser
    site: Site
    errors: list[str]

    def open(self) -> Page:
        context = self.browser.new_context(viewport=VIEWPORT, base_url=self.site.url)
        page = context.new_page()
        page.on(
            "console",
            lambda m: self.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: {e}"))
        return page


def screenshot(page: Page, name: str) -> None:
    """Saved to SCREENSHOTS; the viewport only, so the files stay small."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name))


def sign_in(page: Page, token: str, path: str = "/ui/screen") -> None:
    page.goto(path)
    expect(page).to_have_url(re.compile(r"/ui/login"))
    page.get_by_label("API key").fill(token)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{selector} not reached with {limit} presses of Tab")


def focus_is_visible(page: Page) -> bool:
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth]; }"
    )
    return bool(style[0] != "none" and style[1] != "0px")
