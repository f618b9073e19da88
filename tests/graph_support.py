"""Helpers shared by the tests that ingest into the real Neo4j and read the graph back."""

from __future__ import annotations

import json

from ingest.pipeline import Summary
from ingest.run import run_ingest


def rows(driver, settings, cypher: str) -> list[dict]:
    return [r.data() for r in driver.execute_query(cypher, database_=settings.neo4j_database)
            .records]


def ingest(pipeline, folder, articles) -> Summary:
    """Write `articles` (dicts) as one JSON-lines file in `folder` and ingest it."""
    (folder / "news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    summary = Summary()
    assert run_ingest(pipeline, [str(folder)], summary) == 0
    return summary
