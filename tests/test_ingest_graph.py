"""Ingest into the real Neo4j test instance: provenance, cross-article meetings,
idempotence, concurrency, replacement of a changed article, index use."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from ingest.pipeline import Summary
from ingest.run import run_ingest
from srk.cypher import query
from srkctl.cli import main

from .conftest import ROOT, SEEDS

WRITE_QUERIES = ["article_lock", "meetings_lock", "meeting_absorb", "article_clear",
                 "article_write", "meeting_candidates", "events_write", "stances_write",
                 "meetings_refresh", "topics_write", "prune_orphans", "article_hashes"]


def snapshot(driver, settings):
    nodes = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id",
        database_=settings.neo4j_database).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b ORDER BY a, t, b",
        database_=settings.neo4j_database).records
    return ([(r["labels"], sorted(r["props"].items(), key=lambda kv: kv[0])) for r in nodes],
            [tuple(r.values()) for r in rels])


def ingest(pipeline, *paths):
    summary = Summary()
    assert run_ingest(pipeline, [str(p) for p in paths], summary) == 0
    return summary


def test_sochi_meeting_is_one_node_held_with_two_sources(empty_graph, settings, pipeline):
    ingest(pipeline, SEEDS)
    rows = empty_graph.execute_query(
        """MATCH (m:Meeting {date: '2019-12-04'})<-[:PARTICIPATED_IN]-(p:Actor)
           WITH m, collect(p.id) AS people
           MATCH (a:Article)-[:HAS_EVIDENCE]->(e:Evidence)-[:REPORTS]->(m)
           RETURN m.status AS status, m.place AS place, people,
                  collect(DISTINCT a.id) AS articles, collect(e.status) AS reported""",
        database_=settings.neo4j_database).records
    assert len(rows) == 1
    row = rows[0]
    assert sorted(row["people"]) == ["aleksandar-vucic", "vladimir-putin"]
    assert row["status"] == "held" and row["place"] == "Sochi"
    assert len(row["articles"]) == 2
    assert sorted(row["reported"]) == ["held", "planned"]


def test_every_fact_has_provenance(empty_graph, settings, pipeline):
    ingest(pipeline, SEEDS)
    rows = empty_graph.execute_query(
        """MATCH (a:Article)-[:HAS_EVIDENCE]->(e:Evidence)
           RETURN a.text AS text, e.start AS start, e.sentences AS sentences""",
        database_=settings.neo4j_database).records
    assert rows
    for row in rows:
        assert row["text"][row["start"]:].startswith(row["sentences"][0][:30])
    orphans = empty_graph.execute_query(
        "MATCH (s:Stance) WHERE NOT (:Article)-[:STATES]->(s) RETURN count(s) AS n",
        database_=settings.neo4j_database).records[0]["n"]
    assert orphans == 0


def test_reingest_changes_nothing(empty_graph, settings, pipeline):
    ingest(pipeline, SEEDS)
    first = snapshot(empty_graph, settings)
    summary = ingest(pipeline, SEEDS)
    assert summary.unchanged == 5 and summary.written == 0
    assert_same(snapshot(empty_graph, settings), first)


def test_changed_article_replaces_its_own_contributions(empty_graph, settings, pipeline, tmp_path):
    for name in ("000_7890e5709e191615.txt", "001_90985133a5ebfeda.txt"):
        shutil.copy(SEEDS / name, tmp_path / name)
    jsonl = tmp_path / "x.jsonl"
    article = {"id": "own-1", "title": "Regional leaders", "published": "2019-03-01",
               "text": "Edi Rama met Zoran Zaev in Skopje on Thursday."}
    jsonl.write_text(json.dumps(article))
    ingest(pipeline, tmp_path)
    baseline = snapshot(empty_graph, settings)
    article["text"] = "Edi Rama met Milo Djukanovic in Podgorica on Thursday."
    jsonl.write_text(json.dumps(article))
    ingest(pipeline, tmp_path)
    people = empty_graph.execute_query(
        "MATCH (p:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:REPORTS]-(:Evidence)"
        "<-[:HAS_EVIDENCE]-(:Article {id: 'own-1'}) RETURN collect(p.id) AS ids",
        database_=settings.neo4j_database).records[0]["ids"]
    assert sorted(people) == ["edi-rama", "milo-djukanovic"]
    empty = empty_graph.execute_query(
        "MATCH (m:Meeting) WHERE NOT (:Evidence)-[:REPORTS]->(m) RETURN count(m) AS n",
        database_=settings.neo4j_database).records[0]["n"]
    assert empty == 0
    article["text"] = "Edi Rama met Zoran Zaev in Skopje on Thursday."
    jsonl.write_text(json.dumps(article))
    ingest(pipeline, tmp_path)
    assert_same(snapshot(empty_graph, settings), baseline)


def test_two_concurrent_ingests_leave_the_same_graph(empty_graph, settings, pipeline):
    ingest(pipeline, SEEDS)
    single = snapshot(empty_graph, settings)
    empty_graph.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    command = [sys.executable, "-m", "srkctl.cli", "ingest", str(SEEDS)]
    procs = [subprocess.Popen(command, cwd=ROOT, env=os.environ.copy(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert_same(snapshot(empty_graph, settings), single)


def assert_same(actual, expected):
    """Compare two snapshots, reporting only what differs."""
    for got, want in zip(actual, expected, strict=True):
        missing = [repr(x)[:300] for x in want if x not in got]
        extra = [repr(x)[:300] for x in got if x not in want]
        assert not missing and not extra, {"missing": missing, "extra": extra}


@pytest.mark.parametrize("name", WRITE_QUERIES)
def test_write_queries_use_indexes(driver, settings, name):
    params = {"id": "x", "article_id": "x", "article": {"id": "x"}, "actors": [], "events": [],
              "stances": [], "ids": ["x"], "topics": [], "pair_key": "a,b", "family": "call",
              "start": "2020-01-01", "end": "2020-01-31", "actor_ids": [], "place_ids": [],
              "day": "2020-01-05", "days": []}
    with driver.session(database=settings.neo4j_database) as session:
        plan = session.run("EXPLAIN " + query(name), params).consume().plan
    operators = set()

    def walk(node):
        operators.add(node["operatorType"].split("@")[0])
        for child in node.get("children", []):
            walk(child)

    walk(plan)
    assert not operators & {"AllNodesScan", "NodeByLabelScan", "CartesianProduct"}, operators


def test_cli_exit_codes_and_extract_contract(tmp_path, capsys, driver):
    assert main(["ingest", str(tmp_path)]) == 1  # nothing to ingest
    assert main(["extract", "--json", str(SEEDS / "001_90985133a5ebfeda.txt")]) == 0
    record = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert set(record) == {"article", "actors", "events", "stances"}
    assert set(record["article"]) == {"id", "source", "title", "published"}
    event = record["events"][0]
    assert {"kind", "status", "date", "participants", "place", "topics", "evidence"} <= set(event)
    assert {"id", "name"} <= set(event["participants"][0])
    assert main(["extract", str(tmp_path / "missing")]) == 1


def test_month_and_day_reports_meet_in_either_order(empty_graph, settings, pipeline, tmp_path):
    coarse = {"id": "own-coarse", "title": "Plans", "published": "2019-11-20",
              "text": "Edi Rama will meet Zoran Zaev in Ohrid in December."}
    exact = {"id": "own-exact", "title": "Talks", "published": "2019-12-20",
             "text": "Edi Rama met Zoran Zaev in Ohrid on December 14."}
    counts = []
    for order in ([coarse, exact], [exact, coarse]):
        empty_graph.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
        for article in order:
            path = tmp_path / f"{article['id']}.jsonl"
            path.write_text(json.dumps(article))
            ingest(pipeline, path)
        rows = empty_graph.execute_query(
            "MATCH (m:Meeting {pair_key: 'edi-rama,zoran-zaev'}) "
            "RETURN m.date AS date, m.status AS status, COUNT { (:Evidence)-[:REPORTS]->(m) } AS n",
            database_=settings.neo4j_database).records
        counts.append([(r["date"], r["status"], r["n"]) for r in rows])
    assert counts == [[("2019-12-14", "held", 2)]] * 2
