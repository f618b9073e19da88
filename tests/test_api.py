"""The analyst API against the real Neo4j test instance, after ingesting the seed corpus."""

from __future__ import annotations

import csv
import io
import os
import time

import pytest
from fastapi.testclient import TestClient

from app.main import app
from ingest.pipeline import Summary
from ingest.run import run_ingest
from srk.settings import Settings, get_settings

from .conftest import HOW_TO_START, SEEDS


@pytest.fixture(scope="module")
def client(driver, settings, pipeline):
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; " + HOW_TO_START)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    assert run_ingest(pipeline, [str(SEEDS)], Summary()) == 0
    with TestClient(app) as test_client:
        yield test_client


def override(**changes) -> None:
    base = get_settings()
    app.dependency_overrides[get_settings] = lambda: base.model_copy(update=changes)


@pytest.fixture
def overrides():
    yield override
    app.dependency_overrides.clear()


def pair(pairs, a, b):
    return next(p for p in pairs if {p["a"]["id"], p["b"]["id"]} == {a, b})


def test_who_met_whom_about_kosovo(client):
    response = client.get("/who-met-whom", params={"topic": "kosovo"})
    assert response.status_code == 200
    pairs = response.json()["items"]
    vp = pair(pairs, "aleksandar-vucic", "vladimir-putin")
    found = {(m["date"], m["place"], m["kind"]) for m in vp["items"]}
    assert ("2019-12-04", "Sochi", "meeting") in found
    assert ("2020-09-10", None, "call") in found
    sochi = next(m for m in vp["items"] if m["date"] == "2019-12-04")
    assert sochi["status"] == "held" and len(sochi["sources"]) == 2
    for a, b in [("ivica-dacic", "sergey-lavrov"), ("aleksandar-vucic", "sergey-lavrov")]:
        items = pair(pairs, a, b)["items"]
        assert items and all(m["sources"] and m["sources"][0]["evidence"] for m in items)


def test_meetings_filters(client):
    response = client.get("/meetings", params={"limit": 200})
    assert response.status_code == 200, response.text
    all_items = response.json()
    assert all_items["total"] == len(all_items["items"]) > 5
    both = client.get("/meetings", params={"actor": "Vučić", "with": "putin"}).json()
    assert both["total"] >= 3
    assert all({"aleksandar-vucic", "vladimir-putin"} <= {p["id"] for p in m["participants"]}
               for m in both["items"])
    calls = client.get("/meetings", params={"kind": "call"}).json()["items"]
    assert [m["date"] for m in calls] == ["2020-09-10"]
    planned = client.get("/meetings", params={"status": "planned"}).json()["items"]
    assert planned and all(m["status"] == "planned" for m in planned)
    december = client.get("/meetings", params={"from": "2019-12-01", "to": "2019-12-31"}).json()
    assert [m["date"] for m in december["items"]] == ["2019-12-04"]
    sochi = client.get("/meetings", params={"place": "sochi"}).json()["items"]
    vucic = sochi[0]["participants"][0]
    assert vucic["id"] == "aleksandar-vucic" and vucic["office"] == "president, serbia"


def test_pagination_loses_and_repeats_nothing(client):
    for sort in ("date", "-date"):
        seen, cursor = [], None
        while True:
            params = {"limit": 2, "sort": sort, **({"cursor": cursor} if cursor else {})}
            page = client.get("/meetings", params=params).json()
            seen += [m["id"] for m in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        everything = client.get("/meetings", params={"limit": 200, "sort": sort}).json()
        assert seen == [m["id"] for m in everything["items"]]
        assert len(set(seen)) == len(seen) == everything["total"]


def test_actor_endpoints(client):
    found = client.get("/actors", params={"q": "Dacic"}).json()["items"]
    assert found[0]["id"] == "ivica-dacic"
    assert client.get("/actors", params={"q": "Lavrof"}).json()["items"][0]["id"] == "sergey-lavrov"
    actor = client.get("/actors/ivica-dacic").json()
    assert actor["native_name"] == "Ivica Dačić" and actor["meetings"] >= 1
    assert any(o["title"] == "foreign minister" for o in actor["offices"])
    network = client.get("/actors/aleksandar-vucic/network").json()["items"]
    assert network[0]["counterpart"]["id"] == "vladimir-putin"
    stances = client.get("/actors/sergey-lavrov/stances").json()["items"]
    assert stances and all(s["holder"]["id"] == "sergey-lavrov" for s in stances)
    meetings = client.get("/actors/sergey-lavrov/meetings").json()
    assert meetings["total"] >= 3


def test_topics_stances_articles_timeline(client):
    topics = {t["id"]: t for t in client.get("/topics").json()}
    assert {"kosovo", "territorial-integrity", "border-change"} <= set(topics)
    timeline = client.get("/topics/kosovo/timeline").json()
    december = next(m for m in timeline["months"] if m["month"] == "2019-12")
    assert december["meetings"] >= 1 and set(december) == {"month", "meetings", "stances"}
    listed = client.get("/meetings", params={"topic": "kosovo", "from": "2019-12",
                                             "to": "2019-12"}).json()
    assert listed["total"] == december["meetings"]  # a month's meetings: one call away
    support = client.get("/stances", params={"holder": "Russia", "polarity": "support"}).json()
    support = support["items"]
    assert support and all(s["polarity"] == "support" for s in support)
    assert all(s["source"]["evidence"] for s in support)
    article_id = client.get("/articles", params={"q": "Sochi"}).json()["items"][0]["id"]
    article = client.get(f"/articles/{article_id}").json()
    assert article["meetings"] and article["actors"]
    days = client.get("/timeline", params={"from": "2019-01-01", "to": "2020-12-31"}).json()
    days = days["items"]
    assert [d["date"] for d in days] == sorted(d["date"] for d in days)
    stats = client.get("/stats").json()
    assert stats["meetings"] == stats["held"] + stats["planned"] and stats["articles"] == 5


def test_exports(client):
    csv_text = client.get("/meetings.csv", params={"topic": "kosovo"}).text
    lines = list(csv.reader(io.StringIO(csv_text)))
    assert lines[0][:6] == ["id", "date", "date_start", "date_end", "date_precision", "kind"]
    assert len(lines) > 3
    tsv = client.get("/events.tsv").text.strip().splitlines()
    header = tsv[0].split("\t")
    assert header[:6] == ["date", "source_id", "source_name", "target_id", "target_name", "cameo"]
    rows = [line.split("\t") for line in tsv[1:]]
    assert any(r[0] == "2020-09-10" and r[5] == "041" for r in rows)


@pytest.mark.parametrize("path", ["/actors/no-such-actor", "/articles/no-such-article",
                                  "/topics/no-such-topic/timeline",
                                  "/actors/no-such-actor/network"])
def test_unknown_ids_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.json()["detail"]


@pytest.mark.parametrize("params", [{"from": "2019-13-45"}, {"limit": 0}, {"limit": 1000},
                                    {"cursor": "garbage!"}, {"to": "0"}, {"from": "2019-1-1"},
                                    {"from": "2020-01-01", "to": "2019-01-01"},
                                    {"status": "maybe"}])
def test_bad_parameters_are_422(client, params):
    response = client.get("/meetings", params=params)
    assert response.status_code == 422 and response.json()["detail"]


@pytest.mark.parametrize("params", [{"actor": "Nobody Atall"}, {"topic": "no-such-topic"}])
def test_unknown_actor_or_topic_filter_is_404(client, params):
    response = client.get("/meetings", params=params)
    assert response.status_code == 404 and response.json()["detail"]


def test_lost_database_is_503_and_recovers(client, overrides, settings):
    shared_driver = app.state.driver  # each TestClient below runs the lifespan again
    closed = Settings(neo4j_uri="bolt://127.0.0.1:1",
                      neo4j_password=settings.neo4j_password.get_secret_value())
    app.dependency_overrides[get_settings] = lambda: closed
    try:
        with TestClient(app) as lost:
            started = time.monotonic()
            response = lost.get("/meetings")
            assert time.monotonic() - started < 3
        assert response.status_code == 503 and "unreachable" in response.json()["detail"]
        app.dependency_overrides.clear()
        with TestClient(app) as back:
            assert back.get("/meetings").status_code == 200
    finally:
        app.state.driver = shared_driver


def test_read_keys(client, overrides):
    overrides(read_api_keys="r1,r2", write_api_keys="w1")
    assert client.get("/meetings").status_code == 401
    assert client.get("/meetings", headers={"X-API-Key": "nope"}).status_code == 403
    assert client.get("/meetings", headers={"X-API-Key": "r2"}).status_code == 200
    assert client.get("/health").status_code == 200


def test_ingest_endpoint_keys_and_limits(client, overrides):
    article = {"id": "api-1", "title": "Rama meets Zaev",
               "text": "Edi Rama met Zoran Zaev in Ohrid on 3 March 2019.", "published": "2019-03-04"}
    assert client.post("/ingest", json=article).status_code == 404  # off without write keys
    overrides(write_api_keys="w1", read_api_keys="r1", max_request_bytes=2000)
    assert client.post("/ingest", json=article).status_code == 401
    assert client.post("/ingest", json=article, headers={"X-API-Key": "r1"}).status_code == 403
    response = client.post("/ingest", json=[article], headers={"X-API-Key": "w1"})
    assert response.status_code == 200 and response.json()[0]["written"] is True
    again = client.post("/ingest", json=article, headers={"X-API-Key": "w1"})
    assert again.json()[0]["written"] is False
    big = {**article, "text": "x" * 5000}
    assert client.post("/ingest", json=big, headers={"X-API-Key": "w1"}).status_code == 413
    bad = client.post("/ingest", json={"title": ""}, headers={"X-API-Key": "w1"})
    assert bad.status_code == 422
    assert client.get("/articles/api-1", headers={"X-API-Key": "r1"}).status_code == 200


def test_browser_kit_queries_run(client, driver, settings):
    from srk.cypher import CYPHER_DIR

    meeting = client.get("/meetings", params={"place": "Sochi"}).json()["items"][0]["id"]
    params = {"person": "aleksandar-vucic", "actor": "russia", "topic": "kosovo",
              "meeting": meeting}
    results = {}
    for path in sorted((CYPHER_DIR / "browser").glob("*.cypher")):
        records = driver.execute_query(path.read_text(), params,
                                       database_=settings.neo4j_database).records
        results[path.stem] = records
    assert len(results) >= 6
    assert results["who_met_whom_about_kosovo"]
    assert len(results["articles_behind_a_meeting"]) == 2
    assert (CYPHER_DIR / "browser" / "style.grass").read_text().count("node.") >= 6
