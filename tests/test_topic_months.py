"""The TopicMonth buckets kept at write time (meetings by their date_start month, stances by
their article's publication month, 'undated' without one) always equal a count from scratch:
after ingesting the samples and articles written here, a re-ingest, a changed article (its
stance disappears, its meeting moves month, loses its topic), an article emptied of its
facts, and articles written at the same time. GET /topics/{id}/timeline answers from them."""

from __future__ import annotations

import sys
import threading
from datetime import date

import pytest
from fastapi.testclient import TestClient

from app.main import app
from ingest.clean import clean
from ingest.models import RawArticle
from ingest.pipeline import Summary
from ingest.run import run_ingest
from ingest.writer import write, write_topics
from srk.cypher import query

from .conftest import ROOT
from .graph_support import ingest, rows

sys.path.insert(0, str(ROOT / "scripts"))
import refresh_read_model  # noqa: E402

SAMPLES = ROOT / "samples"
MOSCOW = {"id": "own-tm-1", "title": "Leaders confer in Moscow", "published": "2021-03-03",
          "text": "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in "
                  "Moscow on Monday. They talked about Kosovo.\n\n"
                  "Putin said Russia supports Serbia's position on Kosovo."}
ARTICLES = [
    MOSCOW,
    {"id": "own-tm-2", "title": "Ministers without a date",
     "text": "Russian Foreign Minister Sergey Lavrov held talks with Serbian Foreign Minister "
             "Ivica Dacic in Belgrade. The ministers discussed Kosovo."},
    {"id": "own-tm-3", "title": "Spring call", "published": "2021-05-20",
     "text": "Serbian President Aleksandar Vucic had a telephone call with Russian President "
             "Vladimir Putin on Tuesday. The two presidents discussed Kosovo and energy.\n\n"
             "Vucic said Serbia opposes the sanctions against Russia."},
    # a month-dated report, then the day-dated one that takes it over (one June meeting)
    {"id": "own-tm-4", "title": "A June meeting", "published": "2021-07-02",
     "text": "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in Sochi "
             "in June. They discussed Kosovo."},
    {"id": "own-tm-5", "title": "The Sochi day", "published": "2021-06-16",
     "text": "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in Sochi "
             "on 15 June 2021. They discussed Kosovo."},
]
# the Moscow article without its stance (its meeting stays as it was)
UNSTATED = {**MOSCOW, "text": "Serbian President Aleksandar Vucic met Russian President "
                              "Vladimir Putin in Moscow on Monday. They talked about Kosovo."}
# the Moscow article republished in April without its stance: the meeting moves to April
MOVED = {**MOSCOW, "published": "2021-04-07",
         "text": "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in "
                 "Moscow on Monday. They talked about Kosovo."}
OFF_TOPIC = {**MOSCOW, "text": "Serbian President Aleksandar Vucic met Russian President "
                               "Vladimir Putin in Moscow on Monday. They talked about energy."}
EMPTIED = {**ARTICLES[2], "text": "The weather was mild in Belgrade."}
# six meetings and six stances of one topic and month, written at the same time
SAME_MONTH = [("Serbian President Aleksandar Vucic", "Russian President Vladimir Putin"),
              ("Serbian Foreign Minister Ivica Dacic", "Russian Foreign Minister Sergey Lavrov"),
              ("Serbian Prime Minister Ana Brnabic", "Russian Prime Minister Mikhail Mishustin"),
              ("Serbian Foreign Minister Nikola Selakovic", "Russian Foreign Minister Sergey Lavrov"),
              ("Serbian President Aleksandar Vucic", "Russian Foreign Minister Sergey Lavrov"),
              ("Serbian Prime Minister Ana Brnabic", "Russian President Vladimir Putin")]

MONTH = "CASE WHEN {d} IS NULL THEN 'undated' ELSE substring(toString({d}), 0, 7) END"
TRUTH = f"""
CALL () {{
  MATCH (m:Meeting)-[:ABOUT]->(t:Topic)
  RETURN t.id AS topic, {MONTH.format(d='m.date_start')} AS month, 1 AS meetings, 0 AS stances
  UNION ALL
  MATCH (a:Article)-[:STATES]->(:Stance)-[:ON]->(t:Topic)
  RETURN t.id AS topic, {MONTH.format(d='a.published')} AS month, 0 AS meetings, 1 AS stances
}}
RETURN topic + '|' + month AS id, topic, month, sum(meetings) AS meetings,
       sum(stances) AS stances ORDER BY id"""
KEPT = """
MATCH (b:TopicMonth)
OPTIONAL MATCH (b)-[:MONTH_OF]->(t:Topic)
RETURN b.id AS id, t.id AS topic, b.month AS month, b.meetings AS meetings,
       b.stances AS stances ORDER BY id"""


def kept_equals_truth(driver, settings) -> dict[str, dict]:
    kept = rows(driver, settings, KEPT)
    assert kept == rows(driver, settings, TRUTH)
    return {b["id"]: (b["meetings"], b["stances"]) for b in kept}


@pytest.fixture
def graph(empty_graph, settings, pipeline, tmp_path):
    assert run_ingest(pipeline, [str(SAMPLES)], Summary()) == 0
    ingest(pipeline, tmp_path, ARTICLES)
    return tmp_path


def test_buckets_follow_ingest_reingest_changes_and_removal(graph, driver, settings, pipeline):
    first = kept_equals_truth(driver, settings)
    assert first["kosovo|2021-03"] == (1, 1)
    assert first["kosovo|2021-06"] == (1, 0)  # the month report was taken over by the day's
    assert first["kosovo|undated"][0] >= 1
    assert first["sanctions|2021-05"] == (1, 1)

    assert ingest(pipeline, graph, ARTICLES).written == 0
    assert kept_equals_truth(driver, settings) == first

    assert ingest(pipeline, graph, [UNSTATED, *ARTICLES[1:]]).written == 1
    assert kept_equals_truth(driver, settings)["kosovo|2021-03"] == (1, 0)  # the stance went
    ingest(pipeline, graph, ARTICLES)
    assert kept_equals_truth(driver, settings) == first

    assert ingest(pipeline, graph, [MOVED, *ARTICLES[1:]]).written == 1
    moved = kept_equals_truth(driver, settings)
    assert "kosovo|2021-03" not in moved  # its meeting moved, its stance disappeared
    assert moved["kosovo|2021-04"] == (1, 0)

    ingest(pipeline, graph, [OFF_TOPIC, *ARTICLES[1:]])
    off_topic = kept_equals_truth(driver, settings)
    assert "kosovo|2021-04" not in off_topic and "kosovo|2021-03" not in off_topic
    assert off_topic["energy|2021-03"] == (1, 0)

    ingest(pipeline, graph, [OFF_TOPIC, ARTICLES[1], EMPTIED, *ARTICLES[3:]])
    emptied = kept_equals_truth(driver, settings)
    assert not {"kosovo|2021-05", "sanctions|2021-05", "energy|2021-05"} & set(emptied)
    assert emptied["kosovo|2021-06"] == (1, 0)


def test_timeline_answers_from_the_buckets_and_a_month_is_one_call_away(graph, driver,
                                                                        settings):
    truth = [r for r in rows(driver, settings, TRUTH) if r["topic"] == "kosovo"]
    with TestClient(app) as client:
        timeline = client.get("/topics/kosovo/timeline").json()
        months = timeline["months"]
        assert months == [{"month": None if r["month"] == "undated" else r["month"],
                           "meetings": r["meetings"], "stances": r["stances"]} for r in truth]
        assert months[-1]["month"] is None  # undated last
        for month in (m for m in months if m["month"] and m["meetings"]):
            listed = client.get("/meetings", params={"topic": "kosovo", "from": month["month"],
                                                     "to": month["month"]}).json()
            assert listed["total"] == month["meetings"], month
        assert client.get("/topics/no-such-topic/timeline").status_code == 404


def test_refresh_read_model_builds_the_buckets_of_an_older_graph(graph, driver, settings):
    expected = kept_equals_truth(driver, settings)
    driver.execute_query("MATCH (b:TopicMonth) DETACH DELETE b",
                         database_=settings.neo4j_database)
    driver.execute_query("MATCH (t:Topic {id: 'kosovo'}) CREATE (:TopicMonth {id: "
                         "'kosovo|1999-01', topic: 'kosovo', month: '1999-01', meetings: 5, "
                         "stances: 5})-[:MONTH_OF]->(t)",
                         database_=settings.neo4j_database)  # a stale bucket goes too
    assert refresh_read_model.main([]) == 0
    assert kept_equals_truth(driver, settings) == expected


def same_month_articles(pipeline) -> list:
    items = []
    for i, (guest, host) in enumerate(SAME_MONTH):
        raw = RawArticle(id=f"own-tc-{i}", source="test", title="Talks", published=date(2021, 3, 3),
                         text=f"{guest} met {host} in Moscow on Monday. They talked about "
                              f"Kosovo.\n\n{host.split(' ', 2)[2]} said Russia supports "
                              "Serbia's position on Kosovo.")
        article = clean(raw)
        items.append((article, pipeline.extract(article)))
    return items


def test_concurrent_writes_to_one_bucket_count_every_article(empty_graph, driver, settings,
                                                            pipeline):
    items, failures = same_month_articles(pipeline), []

    def write_at(barrier, article, extraction):
        barrier.wait()
        try:
            write(driver, settings, article, extraction, pipeline.dictionary)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    for _ in range(3):  # the writes race for the same bucket; each round from an empty graph
        empty_graph.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
        write_topics(driver, settings)
        barrier = threading.Barrier(len(items))
        threads = [threading.Thread(target=write_at, args=(barrier, *item)) for item in items]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures
        assert kept_equals_truth(driver, settings)["kosovo|2021-03"] == (6, 6)


def test_the_timeline_read_starts_from_the_topic_index(driver, settings):
    with driver.session(database=settings.neo4j_database) as session:
        plan = session.run("EXPLAIN " + query("topic_months"), {"id": "kosovo"}).consume().plan

    def leaves(node):
        children = node.get("children", [])
        if not children:
            return [node["operatorType"].split("@")[0]]
        return [leaf for child in children for leaf in leaves(child)]

    starts = set(leaves(plan)) - {"Argument"}
    assert starts == {"NodeUniqueIndexSeek"}, starts
