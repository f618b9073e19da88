"""Docs that work offline and parameters that are exact (issue 9, section 2 and the 422 and
date items of section 3): /docs and /redoc load only same-origin assets, the OpenAPI document
documents every parameter, error and the API key, unknown query parameters are refused, and
`from`/`to` take a year, a month or a day."""

from __future__ import annotations

import os
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from app.main import app
from app.params import period_of
from app.problems import PROBLEM_MEDIA_TYPE
from srk.settings import get_settings

from .conftest import HOW_TO_START

WRITE_KEY = "docs-write-key"
# Written for this test: four meetings around the ends of months and of a year.
ARTICLES = [
    {"id": "docs-feb", "title": "Ministers meet in Belgrade",
     "text": "Serbian Foreign Minister Ivica Dacic met Russian Foreign Minister Sergey Lavrov "
             "in Belgrade on 27 February 2019.", "published": "2019-02-28"},
    {"id": "docs-mar", "title": "Ministers meet again",
     "text": "Serbian Foreign Minister Ivica Dacic met Russian Foreign Minister Sergey Lavrov "
             "in Moscow on 1 March 2019.", "published": "2019-03-02"},
    {"id": "docs-dec", "title": "Presidents hold talks",
     "text": "Aleksandar Vucic met Vladimir Putin in Sochi on 4 December 2019.",
     "published": "2019-12-05"},
    {"id": "docs-jan", "title": "A new year call",
     "text": "Aleksandar Vucic had a telephone call with Vladimir Putin on 10 January 2020.",
     "published": "2020-01-11"},
]
EXTERNAL = re.compile(r"(https?:)?//", re.IGNORECASE)


@pytest.fixture(scope="module")
def client(driver, settings):
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; " + HOW_TO_START)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    base = get_settings()
    app.dependency_overrides[get_settings] = lambda: base.model_copy(
        update={"write_api_keys": WRITE_KEY})
    try:
        with TestClient(app) as test_client:
            written = test_client.post("/ingest", json=ARTICLES, headers={"X-API-Key": WRITE_KEY})
            assert written.status_code == 200, written.text
            yield test_client
    finally:
        app.dependency_overrides.clear()


# -- /docs and /redoc offline -----------------------------------------------------------------

class AssetLinks(HTMLParser):
    """Every src= and href= of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.links += [value for name, value in attrs if name in ("src", "href") and value]


def asset_links(html: str) -> list[str]:
    parser = AssetLinks()
    parser.feed(html)
    return parser.links


@pytest.mark.parametrize(("page", "kinds"), [("/docs", {"javascript", "css", "image"}),
                                             ("/redoc", {"javascript", "image"})])
def test_docs_pages_load_only_same_origin_assets(client, page, kinds):
    response = client.get(page)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert not EXTERNAL.search(html), "the page names another origin"
    links = asset_links(html)
    assert links and all(link.startswith("/") for link in links)
    served = set()
    for link in links:
        asset = client.get(link)
        assert asset.status_code == 200, link
        kind = next(k for k in ("javascript", "css", "image") if k in asset.headers["content-type"])
        assert len(asset.content) > 1000, link
        served.add(kind)
    assert served == kinds
    assert "'/openapi.json'" in html or '"/openapi.json"' in html
    assert client.get("/openapi.json").status_code == 200


def test_swagger_ui_asks_no_online_validator(client):
    assert '"validatorUrl": null' in client.get("/docs").text


# -- the OpenAPI document ---------------------------------------------------------------------

def operations(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_every_parameter_has_a_description_and_an_example():
    document = app.openapi()
    undocumented = [(path, p["name"]) for path, _, op in operations(document)
                    for p in op.get("parameters", []) if not p.get("description")]
    without_example = [(path, p["name"]) for path, _, op in operations(document)
                       for p in op.get("parameters", [])
                       if "example" not in p and p["name"] != "cursor"]  # only issued cursors
    assert undocumented == [] and without_example == []
    assert sum(1 for _, _, op in operations(document) for _ in op.get("parameters", [])) > 40


def test_every_operation_lists_its_errors_as_problems():
    document = app.openapi()
    for path, method, operation in operations(document):
        statuses = set(operation["responses"])
        assert {"422", "503"} <= statuses, (method, path)
        if operation.get("security"):
            assert {"401", "403"} <= statuses, (method, path)
        if "{" in path:
            assert "404" in statuses, (method, path)
        for status in statuses - {"200", "207"}:
            content = operation["responses"][status]["content"]
            assert list(content) == [PROBLEM_MEDIA_TYPE], (method, path, status)
    assert "413" in document["paths"]["/ingest"]["post"]["responses"]


def test_the_api_key_is_a_security_scheme():
    document = app.openapi()
    schemes = document["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} == {"apiKey"}
    assert {(s["in"], s["name"]) for s in schemes.values()} == {("header", "X-API-Key")}
    by_path = {(path, method): op.get("security") for path, method, op in operations(document)}
    assert by_path[("/ingest", "post")] == [{"WriteKey": []}]
    assert by_path[("/meetings", "get")] == [{"ReadKey": []}, {}]  # optional until keys are set
    assert by_path[("/health", "get")] is None
    header_parameters = [p for _, _, op in operations(document)
                         for p in op.get("parameters", []) if p["in"] == "header"]
    assert header_parameters == []


def test_read_keys_still_apply(client):
    base = app.dependency_overrides[get_settings]()
    app.dependency_overrides[get_settings] = lambda: base.model_copy(
        update={"read_api_keys": "docs-read"})
    try:
        assert client.get("/stats").status_code == 401
        assert client.get("/stats", headers={"X-API-Key": "wrong"}).status_code == 403
        assert client.get("/stats", headers={"X-API-Key": "docs-read"}).status_code == 200
        assert client.get("/stats", headers={"X-API-Key": WRITE_KEY}).status_code == 200
    finally:
        app.dependency_overrides[get_settings] = lambda: base


# -- unknown query parameters -----------------------------------------------------------------

def assert_unknown(response, name: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
    body = response.json()
    assert body["status"] == 422 and name in body["detail"]
    assert ["query", name] in [error["loc"] for error in body["errors"]]


@pytest.mark.parametrize(("path", "params", "name"), [
    ("/meetings", {"limt": "1"}, "limt"),
    ("/meetings", {"limit": "1", "form": "2019"}, "form"),
    ("/stats", {"verbose": "1"}, "verbose"),
    ("/health", {"x": "1"}, "x"),
    ("/actors/aleksandar-vucic", {"limit": "1"}, "limit"),
    ("/who-met-whom", {"date_from": "2019"}, "date_from"),  # the Python name is not the alias
])
def test_unknown_query_parameters_are_422(client, path, params, name):
    assert_unknown(client.get(path, params=params), name)


def test_declared_parameters_and_aliases_still_work(client):
    assert client.get("/meetings", params={"limit": 1}).status_code == 200
    both = client.get("/meetings", params=[("actor", "ivica-dacic"), ("actor", "sergey-lavrov")])
    assert both.status_code == 200 and len(both.json()["items"]) == 2
    aliased = client.get("/meetings", params={"from": "2019", "to": "2019", "with": "Putin"})
    assert aliased.status_code == 200
    assert [m["date"] for m in aliased.json()["items"]] == ["2019-12-04"]
    assert client.get("/docs", params={"anything": "1"}).status_code == 200  # not the API


# -- EDTF-ish dates for from/to ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "first", "last"), [
    ("2019", date(2019, 1, 1), date(2019, 12, 31)),
    ("2019-12", date(2019, 12, 1), date(2019, 12, 31)),
    ("2019-02", date(2019, 2, 1), date(2019, 2, 28)),
    ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
    ("2019-12-04", date(2019, 12, 4), date(2019, 12, 4)),
])
def test_a_year_a_month_or_a_day_is_a_period(text, first, last):
    assert period_of(text) == (first, last)


@pytest.mark.parametrize(("text", "says"), [
    ("0", "YYYY, YYYY-MM or YYYY-MM-DD"), ("19", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2019-1-1", "YYYY, YYYY-MM or YYYY-MM-DD"), ("20190101", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("0000", "years 1000-9999"), ("2019-12-04T10:00", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2019-13", "month 13 does not exist"), ("2019-00", "month 00 does not exist"),
    ("2019-02-30", "2019-02 has no day 30"), ("2019-12-00", "2019-12 has no day 00"),
])
def test_other_dates_are_refused_with_a_reason(text, says):
    with pytest.raises(ValueError, match=re.escape(says)):
        period_of(text)


@pytest.mark.parametrize(("params", "dates"), [
    ({"from": "2019", "to": "2019"}, ["2019-02-27", "2019-03-01", "2019-12-04"]),
    ({"to": "2019-02"}, ["2019-02-27"]),
    ({"from": "2019-03"}, ["2019-03-01", "2019-12-04", "2020-01-10"]),
    ({"from": "2019-12-04", "to": "2019-12"}, ["2019-12-04"]),
    ({"from": "2020"}, ["2020-01-10"]),
])
def test_meetings_between_partial_dates(client, params, dates):
    response = client.get("/meetings", params=params)
    assert response.status_code == 200, response.text
    assert [m["date"] for m in response.json()["items"]] == dates


@pytest.mark.parametrize("path", ["/meetings", "/timeline", "/who-met-whom", "/events.tsv",
                                  "/meetings.csv", "/actors/aleksandar-vucic/meetings"])
@pytest.mark.parametrize(("params", "says"), [({"to": "0"}, "YYYY"), ({"from": "2019-13"}, "month"),
                                              ({"to": "2019-02-30"}, "no day 30")])
def test_bad_dates_are_422_everywhere(client, path, params, says):
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    body = response.json()
    assert says in body["detail"] and body["errors"][0]["loc"] == ["query", *params]


def test_a_year_on_both_ends_is_one_year_everywhere(client):
    days = client.get("/timeline", params={"from": "2020", "to": "2020"}).json()
    items = days["items"] if isinstance(days, dict) else days
    assert [d["date"] for d in items] == ["2020-01-10"]
