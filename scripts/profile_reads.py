"""PROFILE the read queries behind the API's endpoints: database hits per request, now and (with
--before REF) with the cypher files of a git revision, on the same graph, side by side.

    NEO4J_URI=bolt://127.0.0.1:7696 .venv/bin/python scripts/profile_reads.py --before HEAD

Each endpoint is the list of queries one request runs (besides meeting_details, which both
versions share). Reads only; the ids come from the graph itself.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

import neo4j

from srk.cypher import query
from srk.db import create_driver
from srk.settings import get_settings

MEETING_FILTERS = {"actors": [], "status": None, "kind": None, "place": None, "topic": None,
                   "article": None, "from": None, "to": None, "after_key": None,
                   "after_id": None, "descending": False}
BUSIEST_ACTOR = ("MATCH (a:Actor) RETURN a.id AS id ORDER BY COUNT { (a)-[:PARTICIPATED_IN]->() }"
                 " DESC LIMIT 1")


def endpoints(actor: str, topic: str) -> dict[str, dict[str, list[tuple[str, dict]]]]:
    """For each endpoint: the (query, parameters) it runs, before and now."""
    page = {**MEETING_FILTERS, "limit": 51, "skip": 0}
    bounds = {"low": "0001-01-01", "high": "9999-12-31"}
    stances = {"holder": None, "target": None, "topic": None, "polarity": None,
               "article": None, "officials": [], "skip": 0, "limit": 50}
    return {
        "/meetings": {"before": [("meetings_page", page)],
                      "now": [("meetings_page", {**page, **bounds}), ("stats", {})]},
        "/who-met-whom?topic": {
            "before": [("who_met_whom", {"topic": topic, "status": None, "from": None,
                                         "to": None, "skip": 0, "limit": 50, "per_pair": 20})],
            "now": [("who_met_whom", {"topic": topic, "skip": 0, "limit": 50,
                                      "per_pair": 20})]},
        "/actors?q=putin": {"before": [("actors_all", {})],
                            "now": [("actor_search", {"id": "putin", "q": "putin~ putin*",
                                                      "limit": 100})]},
        "/actors/{id}/meetings": {
            "before": [("meetings_page", {**page, "actors": [actor]})],
            "now": [("meetings_anchored", {**page, "actors": [actor], "anchor": "actor"})]},
        "/stances": {"before": [("stances_list", stances)],
                     "now": [("stances_page", {"polarity": None, "skip": 0, "limit": 50})]},
        "/stats": {"before": [("stats", {})], "now": [("stats", {})]},
        "/articles": {"before": [("articles_search", {"q": None, "skip": 0, "limit": 50})],
                      "now": [("articles_page", {"skip": 0, "limit": 50})]},
        "/network": {"before": [("network_edges", {"topic": None, "from": None, "to": None,
                                                   "actor": None, "limit": 500})],
                     "now": [("network_pairs", {"topic": None, "limit": 500})]},
        "/actors/{id}/network": {"before": [("actor_network", {"id": actor, "skip": 0,
                                                               "limit": 50})],
                                 "now": [("actor_network", {"id": actor, "skip": 0,
                                                            "limit": 50})]},
        "/meetings.csv (10,000 ids)": {
            # before: a full filtered scan and sort for each 200-meeting page
            "before": [("meetings_page", {**page, "limit": 201})] * 50,
            "now": [("meetings_page", {**page, **bounds, "skip": 9_999, "limit": 2})]
                   + [("meetings_page", {**page, **bounds, "limit": 201})] * 50},
    }


def db_hits(plan: dict) -> int:
    return plan.get("dbHits", 0) + sum(db_hits(c) for c in plan.get("children", []))


def profile(driver: neo4j.Driver, database: str, text: str, params: dict) -> int:
    with driver.session(database=database) as session:
        result = session.run("PROFILE " + text, params)
        list(result)  # the profile is complete once every row was read
        summary = result.consume()
    return db_hits(summary.profile)


def old_text(ref: str, name: str) -> str:
    return subprocess.run(["git", "show", f"{ref}:cypher/{name}.cypher"], check=True,
                          capture_output=True, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="git revision whose cypher/ files are 'before'")
    parser.add_argument("--topic", default="kosovo")
    args = parser.parse_args(argv)
    settings = get_settings()
    driver = create_driver(settings)
    database = settings.neo4j_database
    try:
        actor = driver.execute_query(BUSIEST_ACTOR, database_=database).records[0]["id"]
        print(f"| endpoint | db hits before | db hits now | ratio |  (busiest actor: {actor})")
        print("|---|---|---|---|")
        for endpoint, runs in endpoints(actor, args.topic).items():
            now = sum(profile(driver, database, query(n), p) for n, p in runs["now"])
            before = (sum(profile(driver, database, old_text(args.before, n), p)
                          for n, p in runs["before"]) if args.before else 0)
            ratio = f"{before / now:.0f}x fewer" if args.before and now else ""
            print(f"| `{endpoint}` | {before:,} | {now:,} | {ratio} |", flush=True)
    finally:
        driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
