"""Fill in the read-side values of a graph written before they existed (or check them):
meetings' sort keys, status labels and Pair nodes (cypher/meetings_refresh.cypher), the
sort keys of articles and stances (cypher/article_keys.cypher), and every topic's month
buckets built from scratch (cypher/topic_months_build.cypher, always). Ingest keeps them
from then on; an unchanged article is skipped by ingest, so an older graph needs this once.

    .venv/bin/python scripts/refresh_read_model.py          # only what lacks its keys
    .venv/bin/python scripts/refresh_read_model.py --all    # recompute every meeting

Idempotent: the refresh recomputes from the evidence. Writes into the Neo4j of the settings;
run it while no ingest writes (the buckets are counted per topic, not under ingest's locks).
"""

from __future__ import annotations

import argparse
import sys

import neo4j

from srk.cypher import query
from srk.db import apply_schema, create_driver, run_managed
from srk.settings import get_settings

BATCH = 500
MEETINGS = "MATCH (m:Meeting) WHERE $all OR m.sort_key IS NULL RETURN m.id AS id"
ARTICLES = "MATCH (a:Article) WHERE $all OR a.sort_key IS NULL RETURN a.id AS id"
TOPICS = "MATCH (t:Topic) RETURN t.id AS id"


def ids(driver: neo4j.Driver, database: str, cypher: str, everything: bool) -> list[str]:
    records = driver.execute_query(cypher, all=everything, database_=database).records
    return [r["id"] for r in records]


def refresh_meetings(tx: neo4j.ManagedTransaction, meeting_ids: list[str]) -> None:
    tx.run(query("meetings_refresh"), ids=meeting_ids).consume()


def key_articles(tx: neo4j.ManagedTransaction, article_ids: list[str]) -> None:
    for article_id in article_ids:
        tx.run(query("article_keys"), article_id=article_id, old=[]).consume()


def build_topic_months(tx: neo4j.ManagedTransaction, topic_id: str) -> int:
    return tx.run(query("topic_months_build"), topic=topic_id).single()["buckets"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="recompute every meeting and article")
    args = parser.parse_args(argv)
    settings = get_settings()
    driver = create_driver(settings, retry_time=settings.ingest_retry_time)
    try:
        apply_schema(driver, settings)
        database = settings.neo4j_database
        meeting_ids = ids(driver, database, MEETINGS, args.all)
        for start in range(0, len(meeting_ids), BATCH):
            run_managed(driver, settings, "write", refresh_meetings,
                        meeting_ids[start:start + BATCH])
        article_ids = ids(driver, database, ARTICLES, args.all)
        for start in range(0, len(article_ids), BATCH):
            run_managed(driver, settings, "write", key_articles,
                        article_ids[start:start + BATCH])
        buckets = sum(run_managed(driver, settings, "write", build_topic_months, topic_id)
                      for topic_id in ids(driver, database, TOPICS, True))
        print(f"refreshed {len(meeting_ids)} meetings, keyed {len(article_ids)} articles, "
              f"{buckets} topic month buckets")
    finally:
        driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
