"""Every read query starts from an index or a bounded anchor: `EXPLAIN` of each file in
cypher/ (with representative parameters) has no label scan, no all-nodes scan and no
Cartesian product, apart from the exceptions listed here with their reason."""

from __future__ import annotations

import re

import pytest

from srk.cypher import CYPHER_DIR, query

FORBIDDEN = {"NodeByLabelScan", "AllNodesScan", "CartesianProduct"}
# Not queries of the graph: the schema, index and constraint administration, the version.
ADMIN = {"schema", "await_indexes", "unique_constraints", "health_version"}
# Writes are checked by tests/test_ingest_graph.py, except those that keep the read-side
# values (sort keys, status labels, Pair nodes, TopicMonth buckets), which are checked here
# as well.
WRITES = re.compile(r"^\s*(MERGE|CREATE|SET|DELETE|DETACH|REMOVE)\b", re.MULTILINE)
READ_MODEL_WRITES = {"meetings_refresh", "article_keys", "topic_months_build"}
ALLOWED = {
    # the topic vocabulary: a fixed label of about twenty nodes (ingest/data/topics.yaml),
    # every one of them listed; an index would read the same nodes.
    "topics_list": {"NodeByLabelScan"},
}
PARAMS = {
    "id": "aleksandar-vucic", "ids": ["m-1", "m-2"], "q": "sochi~", "limit": 50, "skip": 0,
    "per_pair": 20, "topic": "kosovo", "status": "held", "kind": "meeting", "place": "Sochi",
    "article": "a-1", "actors": ["aleksandar-vucic"], "actor": "aleksandar-vucic",
    "from": "2019-01-01", "to": "2020-12-31", "low": "0001-01-01", "high": "2020-12-31",
    "after_key": "2019-12-04", "after_id": "m-1", "descending": False, "anchor": "actor",
    "holder": "aleksandar-vucic", "target": "vladimir-putin", "polarity": "support",
    "officials": [{"id": "aleksandar-vucic", "start": "2017-05-31", "end": None}],
    "article_id": "a-1",
    "old": ["kosovo|2019-12", "kosovo|undated"],
}


def query_names() -> list[str]:
    names = sorted(p.stem for p in CYPHER_DIR.glob("*.cypher"))
    return [n for n in names if n not in ADMIN
            and (n in READ_MODEL_WRITES or not WRITES.search(query(n)))]


def operators(plan: dict) -> set[str]:
    found = {plan["operatorType"].split("@")[0]}
    for child in plan.get("children", []):
        found |= operators(child)
    return found


def test_read_queries_are_found():
    names = query_names()
    assert {"meetings_page", "who_met_whom", "stats", "actor_search", "stances_list",
            "meetings_refresh", "article_keys", "topic_months"} <= set(names)
    assert not {"article_write", "events_write", "schema"} & set(names)


@pytest.mark.parametrize("name", query_names())
def test_query_starts_from_an_index(driver, settings, name):
    with driver.session(database=settings.neo4j_database) as session:
        plan = session.run("EXPLAIN " + query(name), PARAMS).consume().plan
    found = operators(plan) & FORBIDDEN
    assert found <= ALLOWED.get(name, set()), f"{name}: {sorted(found)}"
