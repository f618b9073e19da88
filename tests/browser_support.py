"""Headless Chromium (Debian's, at /usr/bin/chromium) driven by Playwright for Python, for the
browser tests of /ui and /docs. Nothing is downloaded: never `playwright install`.

Every page records the requests it tried to send off this machine (they are aborted) and
its console errors and uncaught exceptions, so a test can assert there were none."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("SRK_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts" / "ui"
README_IMAGES = ROOT / "docs" / "img"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


@dataclass
class Watched:
    """A page and what it did that a test may forbid."""

    page: Page
    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"data", "blob", "about"} or parts.hostname in LOCAL_HOSTS


@contextmanager
def chromium() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: scripts/setup.sh installs Debian's chromium "
                           "(apt-get install chromium chromium-driver)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def watched_page(browser: Browser, width: int = 1360, height: int = 900) -> Iterator[Watched]:
    """A fresh context whose requests off this machine are recorded and aborted."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    watched = Watched(page)

    def route(route_request):
        url = route_request.request.url
        if is_local(url):
            route_request.continue_()
        else:
            watched.outside_requests.append(url)
            route_request.abort()

    context.route("**/*", route)
    page.on("console", lambda message: message.type == "error"
            and watched.console_errors.append(f"{message.text} ({message.location.get('url')})"))
    page.on("pageerror", lambda error: watched.console_errors.append(f"uncaught: {error}"))
    try:
        yield watched
    finally:
        context.close()


def save_screenshot(page: Page, name: str, readme_name: str | None = None) -> Path:
    """test-artifacts/ui/<name>.png; with SRK_README_SCREENSHOTS=1 also docs/img/<readme_name>."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if readme_name and os.environ.get("SRK_README_SCREENSHOTS") == "1":
        README_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_IMAGES / readme_name)
    return path
