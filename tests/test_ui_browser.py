"""The analyst's page /ui and the offline /docs in a real browser: Debian's headless Chromium
driven by Playwright, against uvicorn on a free port over the test Neo4j with samples/
ingested. Requests off this machine are aborted and recorded; console errors fail a test.
Screenshots go to test-artifacts/ui/ (and to docs/img/ with SRK_README_SCREENSHOTS=1)."""

from __future__ import annotations

import os
import re

import httpx
import pytest
from playwright.sync_api import expect

from ingest.pipeline import Summary
from ingest.run import run_ingest

from .browser_support import Watched, chromium, save_screenshot, watched_page
from .conftest import HOW_TO_START, ROOT
from .test_api_contract import served, use_settings

SOCHI_FILE = "2021-11-25-sochi-talks.txt"
READ_KEY = "ui-test-read-key"


@pytest.fixture(scope="module")
def base_url(driver, settings, pipeline):
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; " + HOW_TO_START)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    assert run_ingest(pipeline, [str(ROOT / "samples")], Summary()) == 0
    from app.main import app

    app.dependency_overrides.clear()
    try:
        with served() as url:
            yield url
    finally:
        app.dependency_overrides.clear()


@pytest.fixture(scope="module")
def api(base_url):
    with httpx.Client(base_url=base_url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def browser():
    with chromium() as running:
        yield running


@pytest.fixture
def watched(browser):
    with watched_page(browser) as page:
        yield page


@pytest.fixture(scope="module")
def sochi(api) -> dict:
    """The held Sochi talks of the sample article, as the API serves them."""
    items = api.get("/meetings", params={"place": "Sochi", "limit": 50}).json()["items"]
    return next(m for m in items if m["date"] == "2021-11-25" and m["status"] == "held"
                and any(from_sochi_file(s) for s in m["sources"]))


def from_sochi_file(source: dict) -> bool:
    return (source.get("source") or "").endswith(SOCHI_FILE)


def assert_clean(watched: Watched) -> None:
    assert watched.console_errors == []
    assert watched.outside_requests == []


def open_vucic(watched: Watched, base_url: str, sochi: dict):
    page = watched.page
    page.goto(f"{base_url}/ui")
    page.fill("#actor-q", "Vucic")
    page.press("#actor-q", "Enter")
    mark = page.locator(f'.tl-mark[data-meeting="{sochi["id"]}"]')
    expect(mark).to_be_visible(timeout=20_000)
    return mark


def tick_x(page, label: str) -> float:
    return page.evaluate("""label => {
        const tick = [...document.querySelectorAll('.timeline-svg .tick')]
          .find(t => t.textContent.trim() === label);
        return tick.transform.baseVal.consolidate().matrix.e;
    }""", label)


def test_search_vucic_shows_the_sochi_talks_on_their_date(watched, base_url, sochi):
    page = watched.page
    mark = open_vucic(watched, base_url, sochi)
    assert mark.get_attribute("data-date") == "2021-11-25"
    assert "held" in mark.get_attribute("class").split()
    assert "2021-11-25 · Sochi" in mark.locator("text").text_content()
    sochi_x = float(mark.locator("circle").get_attribute("cx"))
    assert sochi_x < tick_x(page, "2022")  # placed in late 2021, before the year tick
    # undated meetings are listed apart and never placed on the axis
    for date in page.locator(".tl-mark").evaluate_all("ms => ms.map(m => m.dataset.date)"):
        assert re.match(r"^\d{4}(-\d{2}){0,2}(/|$)", date), date
    undated = page.locator("[data-testid=undated] li")
    expect(undated.first).to_contain_text("undated")
    expect(undated.filter(has_text="planned")).to_have_count(1)
    save_screenshot(page, "timeline")
    assert_clean(watched)


def test_clicking_the_meeting_highlights_its_evidence(watched, base_url, sochi, api):
    page = watched.page
    open_vucic(watched, base_url, sochi).click()
    source = next(s for s in sochi["sources"] if from_sochi_file(s))
    article = api.get(f"/articles/{source['article_id']}").json()
    block = page.locator(f'.source[data-article="{source["article_id"]}"]')
    highlight = block.locator(".article-text mark.evidence")
    expect(highlight).to_have_count(1, timeout=20_000)
    assert highlight.text_content() == source["evidence"]
    assert block.locator(".article-text").text_content() == article["text"]
    expect(page.locator("[data-testid=meeting-date]")).to_have_text("2021-11-25")
    expect(page.locator("#meeting-panel")).to_contain_text("Sochi")
    expect(page.locator("#meeting-panel .participants")).to_contain_text("Vladimir Putin")
    save_screenshot(page, "meeting", readme_name="ui-timeline.png")
    assert_clean(watched)


def test_planned_and_month_dated_meetings_are_drawn_as_such(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/ui")
    page.fill("#actor-q", "Lavrov")
    page.press("#actor-q", "Enter")
    planned = page.locator('.tl-mark[data-date="2024-03"]')
    held = page.locator('.tl-mark[data-date="2022-03-15"]')
    expect(planned).to_have_attribute("data-status", "planned", timeout=20_000)
    expect(held).to_have_attribute("data-status", "held")
    # a month is a bar over the month, a day a dot; planned is drawn hollow and dashed
    expect(planned.locator("rect")).to_have_count(1)
    expect(held.locator("circle")).to_have_count(1)
    dash = "el => getComputedStyle(el).strokeDasharray"
    assert planned.locator("rect").evaluate(dash) != held.locator("circle").evaluate(dash)
    planned.click()
    expect(page.locator("[data-testid=meeting-date]")).to_have_text("March 2024 (month)",
                                                                   timeout=20_000)
    assert_clean(watched)


def test_dates_are_shown_at_their_precision_and_never_guessed(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/ui")
    shown = page.evaluate("""async () => {
        const { dateLabel, spanOf } = await import('/ui/static/js/dates.js');
        const values = ['2019-12-04', '2019-12', '2019', '2019-10-14/2019-10-20', 'XXXX-10-02', null];
        return values.map(v => [dateLabel(v), spanOf(v) && spanOf(v).end.toISOString().slice(0, 10)]);
    }""")
    assert shown == [["2019-12-04", "2019-12-04"], ["December 2019 (month)", "2019-12-31"],
                     ["2019 (year)", "2019-12-31"],
                     ["2019-10-14 – 2019-10-20 (interval)", "2019-10-20"],
                     ["2 October, year unknown", None], ["undated", None]]
    assert_clean(watched)


def test_network_is_sized_by_meetings_and_filtered(watched, base_url, sochi):
    page = watched.page
    open_vucic(watched, base_url, sochi)
    putin = page.locator('#network .node[data-actor="vladimir-putin"]')
    kurti = page.locator('#network .node[data-actor="albin-kurti"]')
    expect(putin).to_have_attribute("data-meetings", "2", timeout=20_000)
    expect(kurti).to_have_attribute("data-meetings", "1")
    assert float(putin.locator("circle").get_attribute("r")) > float(
        kurti.locator("circle").get_attribute("r"))
    page.select_option("#net-topic", "kosovo")
    expect(putin).to_have_attribute("data-meetings", "1", timeout=20_000)
    page.fill("#net-from", "2023")
    page.press("#net-from", "Tab")
    expect(putin).to_have_count(0, timeout=20_000)
    expect(kurti).to_have_count(1)
    assert_clean(watched)


def test_topic_view_of_kosovo(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/ui#topic=kosovo")
    rows = page.locator("[data-testid=topic-months] tbody tr")
    expect(rows.first).to_be_visible(timeout=20_000)
    months = rows.evaluate_all("rs => rs.map(r => r.dataset.month)")
    assert any(re.fullmatch(r"\d{4}-\d{2}", m) for m in months), months
    expect(page.locator('tr[data-month="2021-11"] td').nth(1)).to_have_text("1")
    assert page.locator(".topic-chart rect.bar.meetings").count() >= 1
    expect(page.locator('.holder[data-holder="russia"]')).to_contain_text("oppose")
    save_screenshot(page, "topic", readme_name="ui-topic.png")
    assert_clean(watched)


def test_docs_render_offline(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/docs")
    expect(page.locator(".opblock").first).to_be_visible(timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_text_contents()
    assert "/meetings" in [p.replace("\u200b", "") for p in paths]
    expect(page.locator("button.btn.authorize")).to_be_visible()  # the API key scheme
    save_screenshot(page, "docs")
    assert_clean(watched)


def test_redoc_renders_offline_and_calls_nothing_outside(watched, base_url):
    """ReDoc's bundle asks a CDN for its logo; the page's Content-Security-Policy makes the
    browser refuse it before any request leaves (the browser logs the refusal)."""
    page = watched.page
    page.goto(f"{base_url}/redoc")
    expect(page.locator('[data-section-id="tag/meetings"]')).to_be_attached(timeout=20_000)
    save_screenshot(page, "redoc")
    assert watched.outside_requests == []
    assert all("Content Security Policy" in e for e in watched.console_errors), \
        watched.console_errors


def test_errors_are_shown_as_text(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/ui#actor=nobody-of-that-name")
    banner = page.locator("#error")
    expect(banner).to_be_visible(timeout=20_000)
    expect(banner).to_contain_text("no actor")
    expect(page.locator("#actor-search")).to_be_visible()
    assert watched.outside_requests == []
    assert all("404" in e for e in watched.console_errors), watched.console_errors


def test_the_api_key_field_is_sent(watched, base_url):
    page = watched.page
    use_settings(read_api_keys=READ_KEY)
    try:
        page.goto(f"{base_url}/ui#topic=kosovo")
        banner = page.locator("#error")
        expect(banner).to_contain_text("X-API-Key", timeout=20_000)
        page.fill("#api-key", READ_KEY)
        page.press("#api-key", "Tab")
        expect(page.locator("[data-testid=topic-months] tbody tr").first).to_be_visible(
            timeout=20_000)
        expect(banner).to_be_hidden()
    finally:
        from app.main import app

        app.dependency_overrides.clear()
    assert all("401" in e for e in watched.console_errors), watched.console_errors


def test_text_search_opens_the_meeting_of_a_hit(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/ui#search=Sochi")
    hit = page.locator(".hit[data-kind=meeting]").first
    expect(hit).to_be_visible(timeout=20_000)
    hit.click()
    panel = page.locator("#search-panel")
    expect(panel.locator(".article-text mark.evidence").first).to_be_visible(timeout=20_000)
    expect(panel.locator("[data-testid=meeting-date]")).to_have_text("2021-11-25")
    expect(panel.locator(".note.warn")).to_have_count(0)
    assert_clean(watched)
