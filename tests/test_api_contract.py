"""The API's contract under hostile use (issue 8), against a real uvicorn server on a free
port and the real Neo4j test instance: per-item ingest results, body and item limits on
the bytes read, reads that stay fast during an ingest, signed cursors, short problem+json
errors, and a start without a usable database."""

from __future__ import annotations

import base64
import json
import os
import socket
import statistics
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import jsonschema
import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app import ingest_items
from app.main import app
from app.problems import PROBLEM_MEDIA_TYPE
from srk.settings import Settings, get_settings

from .conftest import HOW_TO_START

WRITE_KEY = "contract-write-key"
HEADERS = {"X-API-Key": WRITE_KEY}
ARTICLES = [
    {"id": "contract-a", "title": "Two ministers meet in Belgrade",
     "text": "Serbian Foreign Minister Ivica Dacic met Russian Foreign Minister Sergey Lavrov "
             "in Belgrade on 5 May 2019. They talked about energy and about Kosovo.",
     "published": "2019-05-06"},
    {"id": "contract-b", "title": "Leaders hold a phone call",
     "text": "Aleksandar Vucic had a telephone call with Vladimir Putin on 2 June 2020.",
     "published": "2020-06-03"},
    {"id": "contract-c", "title": "Talks in Sochi",
     "text": "Aleksandar Vucic met Vladimir Putin in Sochi on 9 September 2021.",
     "published": "2021-09-10"},
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def served() -> Iterator[str]:
    """The app under uvicorn in a thread (same process, so settings overrides apply)."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(30)


def use_settings(**changes) -> None:
    base = get_settings()
    app.dependency_overrides[get_settings] = lambda: base.model_copy(update=changes)


@pytest.fixture(scope="module")
def api(driver, settings) -> Iterator[httpx.Client]:
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; " + HOW_TO_START)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    use_settings(write_api_keys=WRITE_KEY)
    try:
        with served() as base_url, httpx.Client(base_url=base_url, timeout=120) as client:
            response = client.post("/ingest", json=ARTICLES, headers=HEADERS)
            assert response.status_code == 200, response.text
            yield client
    finally:
        app.dependency_overrides.clear()


@pytest.fixture
def limits():
    """Change settings for one test, then go back to the module's."""
    yield use_settings
    use_settings(write_api_keys=WRITE_KEY)


def article_ids(driver, settings) -> set[str]:
    records = driver.execute_query("MATCH (a:Article) RETURN a.id AS id",
                                   database_=settings.neo4j_database).records
    return {r["id"] for r in records}


def problem_schema() -> dict:
    document = app.openapi()
    return {**document["components"]["schemas"]["Problem"],
            "components": document["components"]}


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
    body = response.json()
    jsonschema.validate(body, problem_schema())
    assert body["status"] == status and body["detail"]
    return body


# -- POST /ingest: item by item --------------------------------------------------------------

def test_a_failing_item_fails_alone(api, driver, settings, monkeypatch):
    real_extract = ingest_items.Pipeline.extract

    def extract_failing_on_b(self, article, summary=None):
        if article.id == "item-b":
            raise RuntimeError("extraction broke on this article")
        return real_extract(self, article, summary)

    monkeypatch.setattr(ingest_items.Pipeline, "extract", extract_failing_on_b)
    items = [{**ARTICLES[0], "id": f"item-{x}", "text": f"{ARTICLES[0]['text']} ({x})"}
             for x in "abc"]
    response = api.post("/ingest", json=items, headers=HEADERS)
    assert response.status_code == 207, response.text
    results = response.json()
    assert [r["status"] for r in results] == ["written", "failed", "written"]
    assert [r["index"] for r in results] == [0, 1, 2]
    assert "extraction broke" in results[1]["error"] and results[1]["written"] is False
    assert {"item-a", "item-c"} <= article_ids(driver, settings)
    assert "item-b" not in article_ids(driver, settings)


@pytest.mark.parametrize("hostile", [
    {"text": "Edi Rama met Zoran Zaev last week in Ohrid.", "published": "0001-01-01"},
    {"text": "Edi Rama met Zoran Zaev last week in Ohrid.", "published": "9999-12-31"},
])
def test_hostile_second_item_never_500(api, driver, settings, hostile):
    tag = uuid.uuid4().hex[:8]
    items = [{"id": f"h-{tag}-{i}", "title": f"Note {i}",
              "text": f"Edi Rama met Zoran Zaev in Ohrid on {i + 3} March 2019."}
             for i in range(3)]
    items[1].update(hostile)
    body = json.dumps(items)  # ASCII with \ud800 escaped, as a client would send it
    response = api.post("/ingest", content=body, headers={
        **HEADERS, "Content-Type": "application/json"})
    assert response.status_code in (200, 207), response.text[:300]
    results = response.json()
    assert results[0]["status"] == results[2]["status"] == "written"
    stored = article_ids(driver, settings)
    assert {f"h-{tag}-0", f"h-{tag}-2"} <= stored
    if results[1]["status"] == "failed":
        assert results[1]["error"] and f"h-{tag}-1" not in stored


def test_text_that_is_not_unicode_refuses_the_request_naming_the_item(api, driver, settings):
    items = [{**ARTICLES[0], "id": "u-0"}, {**ARTICLES[0], "id": "u-1", "text": "Talks \ud800."}]
    body = json.dumps(items)  # a lone surrogate, escaped as JSON allows
    response = api.post("/ingest", content=body, headers={
        **HEADERS, "Content-Type": "application/json"})
    problem = assert_problem(response, 422)
    assert problem["errors"][0]["loc"][-2:] == [1, "text"]
    assert not {"u-0", "u-1"} & article_ids(driver, settings)


def test_items_per_request_are_capped(api, limits):
    limits(write_api_keys=WRITE_KEY, max_ingest_items=2)
    response = api.post("/ingest", json=ARTICLES, headers=HEADERS)
    assert "MAX_INGEST_ITEMS" in assert_problem(response, 413)["detail"]


# -- request size on the bytes read ----------------------------------------------------------

def test_chunked_body_over_the_limit_is_413(api):
    chunk = b'{"title": "t", "text": "' + b"x" * 90_000

    def body():  # no Content-Length: the server only learns the size by reading
        yield chunk
        for _ in range(30):
            yield b"y" * 90_000
        yield b'"}'

    response = api.post("/ingest", content=body(), headers={
        **HEADERS, "Content-Type": "application/json"})
    assert "MAX_REQUEST_BYTES" in assert_problem(response, 413)["detail"]


def test_declared_length_over_the_limit_is_413(api, limits):
    limits(write_api_keys=WRITE_KEY, max_request_bytes=500)
    response = api.post("/ingest", json={**ARTICLES[0], "text": "word " * 200}, headers=HEADERS)
    assert_problem(response, 413)


# -- reads stay fast while an ingest runs ----------------------------------------------------

def health_latencies(api: httpx.Client, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        assert api.get("/health").status_code == 200
        times.append(time.perf_counter() - started)
    return times


def long_article() -> dict:
    nonce = uuid.uuid4().hex  # a new text each run, so no parse cache answers it
    paragraph = ("Officials from several ministries in Belgrade reviewed the budget of the "
                 "railway project, the schedule of the works and the loans that fund them, "
                 "and the committee asked for a report on costs before the next session {}.")
    text = "\n\n".join(paragraph.format(f"{nonce}-{i}") for i in range(250))
    return {"id": f"slow-{nonce[:8]}", "title": "A long report on a railway budget", "text": text}


def test_health_stays_fast_during_a_slow_ingest(api):
    health_latencies(api, 5)  # warm up
    normal = statistics.median(health_latencies(api, 20))
    with httpx.Client(base_url=str(api.base_url), timeout=300) as writer:
        outcome: dict = {}
        thread = threading.Thread(target=lambda: outcome.update(
            response=writer.post("/ingest", json=long_article(), headers=HEADERS)))
        thread.start()
        time.sleep(0.5)
        during = []
        while thread.is_alive():
            during += health_latencies(api, 1)
        thread.join()
    assert outcome["response"].status_code == 200, outcome["response"].text[:300]
    assert len(during) >= 5, "the ingest was too quick to measure reads beside it"
    assert statistics.median(during) < normal + 0.1, (normal, sorted(during)[-5:])


# -- cursors ---------------------------------------------------------------------------------

def test_cursors_are_signed(api):
    page = api.get("/meetings", params={"limit": 1}).json()
    cursor = page["next_cursor"]
    assert cursor and api.get("/meetings", params={"limit": 1, "cursor": cursor}).status_code == 200
    payload, signature = cursor.split(".")
    key, meeting_id = base64.urlsafe_b64decode(payload + "==").decode().split("|", 1)
    forged_payload = base64.urlsafe_b64encode(f"1900-01-01|{meeting_id}".encode()).decode()
    forgeries = [f"{forged_payload.rstrip('=')}.{signature}",  # another position, old signature
                 f"{payload}.{'A' * len(signature)}",  # a well-formed, made-up signature
                 base64.urlsafe_b64encode(f"{key}|{meeting_id}".encode()).decode()]  # unsigned
    for forged in forgeries:
        response = api.get("/meetings", params={"limit": 1, "cursor": forged})
        assert "cursor" in assert_problem(response, 422)["detail"]


# -- short errors ----------------------------------------------------------------------------

def test_422_bodies_do_not_echo_the_input(api):
    huge = "Z" * 15_000
    response = api.post("/ingest", json={**ARTICLES[0], "title": huge}, headers=HEADERS)
    body = assert_problem(response, 422)
    assert len(response.content) < 1_000 and "ZZZZ" not in response.text
    assert any(error["loc"][-1] == "title" for error in body["errors"])


@pytest.mark.parametrize(("path", "params"), [("/timeline", {"to": "0"}),
                                              ("/timeline", {"from": "1700000000"}),
                                              ("/meetings", {"from": "20190101"})])
def test_dates_are_iso_days_only(api, path, params):
    assert_problem(api.get(path, params=params), 422)


def test_published_must_be_an_iso_day(api):
    response = api.post("/ingest", json={**ARTICLES[0], "published": 0}, headers=HEADERS)
    assert_problem(response, 422)


def test_unknown_method_is_a_problem_with_allow(api):
    response = api.delete("/meetings")
    assert_problem(response, 405)
    assert "GET" in response.headers["allow"]


# -- no usable database ----------------------------------------------------------------------

@contextmanager
def started_with(settings: Settings) -> Iterator[TestClient]:
    shared = app.state.driver, app.state.ingest_limiter  # the module's server keeps these
    app.dependency_overrides[get_settings] = lambda: settings
    try:
        with TestClient(app) as client:  # the lifespan runs: start-up must not fail
            yield client
    finally:
        app.state.driver, app.state.ingest_limiter = shared
        use_settings(write_api_keys=WRITE_KEY)


@pytest.mark.parametrize(("changes", "says"), [
    ({"neo4j_uri": "bolt://127.0.0.1:1"}, "unreachable"),
    # another user: a wrong password locks the user out for a while, not the tests' user
    ({"neo4j_user": "srk-nobody", "neo4j_password": SecretStr("not-it")}, "credentials"),
])
def test_start_without_a_usable_database(api, settings, changes, says):
    broken = settings.model_copy(update={**changes, "write_api_keys": WRITE_KEY})
    leaks = ("bolt", "127.0.0.1", str(settings.neo4j_bolt_port), "Neo.", "Traceback", "srk-nobody")
    with started_with(broken) as client:
        for path in ("/health", "/meetings", "/stats"):
            response = client.get(path)
            body = assert_problem(response, 503)
            assert says in body["detail"]
            assert not [leak for leak in leaks if leak in response.text]
        ingest = client.post("/ingest", json=ARTICLES[0], headers=HEADERS)
        assert_problem(ingest, 503)


def test_an_item_failure_names_no_server_path():
    """A per-item reason (POST /ingest) keeps a file's name, never where it lives on the server."""
    failure = ValueError("/srv/app/ingest/data/cues.yaml: bad entry; also C:\\srv\\x\\lex.yaml")
    reason = ingest_items.failure_reason(failure)
    assert "cues.yaml" in reason and "lex.yaml" in reason
    assert "/srv" not in reason and "\\srv" not in reason
