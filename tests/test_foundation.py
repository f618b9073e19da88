"""Set-up: local Neo4j, schema, /health, compose file, Cypher loader, spaCy pipeline."""

from __future__ import annotations

import json
import re
import time

import pytest
import yaml
from fastapi.testclient import TestClient
from jsonschema import Draft7Validator

from srk.cypher import CYPHER_DIR, UnknownQuery, query
from srk.settings import Settings
from srkctl import neo4j_local

from .conftest import ROOT, SHARED


def test_local_neo4j_start_is_idempotent(settings, driver):
    message = neo4j_local.start(settings)
    assert "already running" in message
    running, status = neo4j_local.status(settings)
    assert running and "answering" in status


def test_local_neo4j_serves_the_browser(settings, driver):
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{settings.neo4j_http_port}/browser/") as rsp:
        assert rsp.status == 200
        assert b"<html" in rsp.read(2000).lower()


def test_schema_constraints_exist(driver, settings):
    records = driver.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type",
                                   database_=settings.neo4j_database).records
    unique = {(r["labelsOrTypes"][0], r["properties"][0]) for r in records
              if r["type"] == "UNIQUENESS"}
    for label in ("Article", "Actor", "Meeting", "Topic", "Stance", "Place", "Evidence"):
        assert (label, "id") in unique


def test_health_is_200_with_counts(driver):
    from app.main import app

    with TestClient(app) as client:
        response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["neo4j_version"].startswith("5.26")
    assert body["neo4j_edition"] == "community"
    assert set(body["counts"]) >= {"Article", "Actor", "Meeting", "Topic", "Stance"}


def test_health_is_503_quickly_when_neo4j_is_unreachable(settings):
    from app.main import app
    from srk.settings import get_settings

    closed = Settings(neo4j_uri="bolt://127.0.0.1:1", neo4j_password=settings.neo4j_password)
    app.dependency_overrides[get_settings] = lambda: closed
    try:
        with TestClient(app) as client:
            started = time.monotonic()
            response = client.get("/health")
            elapsed = time.monotonic() - started
    finally:
        app.dependency_overrides.clear()
    assert response.status_code == 503
    assert "unreachable" in response.json()["detail"]
    assert elapsed < 3.0


def test_every_query_name_used_in_code_exists():
    names = set()
    for path in [*ROOT.glob("app/**/*.py"), *ROOT.glob("ingest/**/*.py"), *ROOT.glob("srk/*.py")]:
        text = path.read_text()
        names |= set(re.findall(r'query\("([a-z_]+)"\)', text))
        names |= set(re.findall(r'read\([^)]*?"([a-z_]+)"', text))
    assert names, "no query names found"
    for name in names:
        assert query(name)
    with pytest.raises(UnknownQuery):
        query("no_such_query")
    assert len(list(CYPHER_DIR.glob("*.cypher"))) >= len(names)


def test_compose_file_is_valid_and_complete():
    schema = json.loads((SHARED / "schemas" / "compose-spec.json").read_text())
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    errors = list(Draft7Validator(schema).iter_errors(compose))
    assert not errors, [e.message for e in errors]
    services = compose["services"]
    assert {name for name, s in services.items() if "profiles" not in s} == {"neo4j", "api", "ingest"}
    assert services["neo4j"]["image"] == "neo4j:5.26-community"
    assert "healthcheck" in services["neo4j"]
    assert "neo4j-data" in compose["volumes"]
    for name in ("api", "ingest"):
        assert services[name]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    schedule = " ".join(services["ingest"]["command"])
    assert "INGEST_INTERVAL" in schedule and "srk ingest" in schedule
    assert (ROOT / ".env.example").exists()


def test_spacy_pipeline_is_checked(pipeline):
    meta = pipeline.nlp.meta
    assert meta["version"].startswith("3.8.")
    assert {"parser", "ner", "tagger"} <= set(pipeline.nlp.pipe_names)


def test_missing_pipeline_fails_with_install_hint():
    from ingest.nlp import PipelineError, load_pipeline

    with pytest.raises(PipelineError, match="scripts/setup.sh"):
        load_pipeline("no_such_pipeline_package")
