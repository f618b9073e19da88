"""The values kept at write time for the reads (Pair nodes per actor pair and topic, status
labels counted by the count store, sort keys) always equal what aggregating the graph gives:
after an ingest, a re-ingest, and an article whose facts are removed. Articles written here."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.main import app

from .graph_support import ingest, rows

ARTICLES = [
    {"id": "own-rm-1", "title": "Belgrade and Moscow talk", "published": "2021-03-02",
     "text": "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in Moscow "
             "on Monday. They talked about Kosovo and gas supplies."},
    {"id": "own-rm-2", "title": "Ministers confer", "published": "2021-06-15",
     "text": "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in Sochi "
             "on Tuesday to discuss Kosovo."},
    {"id": "own-rm-3", "title": "Diplomats", "published": "2021-07-20",
     "text": "Russian Foreign Minister Sergey Lavrov held talks with Serbian Foreign Minister "
             "Nikola Selakovic in Belgrade on Tuesday."},
]
# What the kept values must equal: the same aggregates over the meetings themselves.
TRUTH = """
MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE a.id < b.id
UNWIND [''] + COLLECT { MATCH (m)-[:ABOUT]->(t:Topic) RETURN t.id } AS topic
WITH topic + '|' + a.id + '|' + b.id AS id, count(m) AS meetings,
     min(m.date_start) AS first, max(m.date_end) AS last
RETURN id, meetings, first, last ORDER BY id"""
KEPT = "MATCH (p:Pair) RETURN p.id AS id, p.meetings AS meetings, p.first AS first, " \
       "p.last AS last ORDER BY id"
STATUS = """
MATCH (m:Meeting)
RETURN count(m) AS meetings, sum(CASE WHEN m.status = 'held' THEN 1 ELSE 0 END) AS held,
       sum(CASE WHEN m.status = 'planned' THEN 1 ELSE 0 END) AS planned,
       sum(CASE WHEN m.date IS NULL THEN 1 ELSE 0 END) AS undated,
       sum(CASE WHEN m.sort_key = coalesce(m.date_start, date('0001-01-01')) THEN 1 ELSE 0 END)
         AS keyed"""


def assert_kept_values_hold(driver, settings) -> list[dict]:
    kept = rows(driver, settings, KEPT)
    assert kept == rows(driver, settings, TRUTH)
    status = rows(driver, settings, STATUS)[0]
    assert status["keyed"] == status["meetings"]
    with TestClient(app) as client:
        stats = client.get("/stats").json()
    assert {k: stats[k] for k in ("meetings", "held", "planned", "undated")} == {
        k: status[k] for k in ("meetings", "held", "planned", "undated")}
    return kept


@pytest.fixture
def graph(empty_graph, settings, pipeline, tmp_path):
    ingest(pipeline, tmp_path, ARTICLES)
    return tmp_path


def test_kept_values_follow_ingest_reingest_and_removal(graph, driver, settings, pipeline):
    first = assert_kept_values_hold(driver, settings)
    ids = {p["id"]: p for p in first}
    assert ids["|aleksandar-vucic|vladimir-putin"]["meetings"] == 2
    assert ids["kosovo|aleksandar-vucic|vladimir-putin"]["meetings"] == 2
    assert ids["|nikola-selakovic|sergey-lavrov"]["meetings"] == 1

    summary = ingest(pipeline, graph, ARTICLES)
    assert summary.written == 0
    assert assert_kept_values_hold(driver, settings) == first

    no_facts = [ARTICLES[0], {**ARTICLES[1], "text": "Weather was mild in Sochi."},
                {**ARTICLES[2], "text": "Nothing happened in Belgrade."}]
    ingest(pipeline, graph, no_facts)
    after = {p["id"]: p for p in assert_kept_values_hold(driver, settings)}
    assert after["|aleksandar-vucic|vladimir-putin"]["meetings"] == 1
    assert "|nikola-selakovic|sergey-lavrov" not in after


def test_reads_use_the_kept_values(graph, driver, settings):
    with TestClient(app) as client:
        pairs = client.get("/who-met-whom", params={"topic": "kosovo"}).json()
        top = pairs["items"][0]
        assert {top["a"]["id"], top["b"]["id"]} == {"aleksandar-vucic", "vladimir-putin"}
        assert top["meetings"] == len(top["items"]) == 2
        assert [m["date"] for m in top["items"]] == sorted(m["date"] for m in top["items"])
        # the same pairs aggregated over the meetings (a period filter takes that path)
        filtered = client.get("/who-met-whom", params={"topic": "kosovo", "from": "2000"}).json()
        assert filtered["items"][0]["meetings"] == top["meetings"]
        assert client.get("/actors", params={"q": "Sergei Lavror"}).json()["items"][0]["id"] == \
            "sergey-lavrov"
        assert client.get("/actors", params={"q": "vučić"}).json()["items"][0]["id"] == "aleksandar-vucic"
        network = client.get("/network").json()
        assert network["edges"][0]["meetings"] == 2
