"""Fixtures: the real Neo4j test instance (started by scripts/test.sh) and the real spaCy
pipeline. Nothing is mocked; a missing Neo4j fails the tests with how to start it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.dictionary import load_dictionary
from ingest.pipeline import Pipeline
from srk.db import apply_schema, create_driver
from srk.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "seeds.gold.json"
HOW_TO_START = (
    "run the tests with scripts/test.sh, which starts a test Neo4j on bolt port 7688; "
    "or start one yourself: NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475 .venv/bin/srk neo4j start"
)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return get_settings()


@pytest.fixture(scope="session")
def driver(settings):
    driver = create_driver(settings)
    try:
        driver.verify_connectivity()
    except Exception as exc:  # noqa: BLE001 - any failure means "no database"
        driver.close()
        pytest.fail(f"Neo4j is not reachable at {settings.neo4j_uri} ({exc}); {HOW_TO_START}",
                    pytrace=False)
    apply_schema(driver, settings)
    yield driver
    driver.close()


@pytest.fixture
def empty_graph(driver, settings):
    """A wiped graph; refuses to wipe anything but the test instance."""
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; "
                    + HOW_TO_START, pytrace=False)
    driver.execute_query("MATCH (n) DETACH DELETE n",
                         database_=settings.neo4j_database)
    return driver


@pytest.fixture(scope="session")
def pipeline(settings) -> Pipeline:
    return Pipeline(settings)


@pytest.fixture(scope="session")
def dictionary():
    return load_dictionary()


@pytest.fixture
def extract_text(pipeline):
    """Extraction of a text written for the test (first line: headline)."""
    from datetime import date

    from ingest.clean import clean
    from ingest.models import RawArticle

    def run(text: str, published: str | None = None):
        raw = RawArticle(id="t", source="test", title="", text=text,
                         published=date.fromisoformat(published) if published else None)
        return pipeline.extract(clean(raw))

    return run
