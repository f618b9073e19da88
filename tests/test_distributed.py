"""`srk ingest --engine ray` on a real local Ray cluster (2 worker CPUs) and the real test
Neo4j: the graph equals a single-process ingest of the same Kremlin bulk items (partition by
partition: see `ingest.distributed.forget_learned_offices`), also when a worker is killed
mid-run; and every component works through a neo4j:// routing URI.

ITEMS bulk items, as the issue asks: the three ingests of the same 300 items took about 100 s
here on an idle machine."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys

import neo4j
import pytest
import yaml
from fastapi.testclient import TestClient
from jsonschema import Draft7Validator

from app.main import app
from ingest.distributed import connect, forget_learned_offices, partitions, run_ray_ingest
from ingest.pipeline import Pipeline, Summary
from ingest.run import run_ingest
from srk.db import create_driver
from srk.settings import get_settings
from srkctl.cli import main
from tests.conftest import HOW_TO_START, ROOT, SHARED

BULK = SHARED / "corpus" / "kremlin" / "bulk"
ITEMS = 300
NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
RELATIONSHIPS = ("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, "
                 "properties(r) AS props")


@pytest.fixture(scope="module")
def bulk_items(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bulk")
    for path in sorted(BULK.glob("k*.txt"))[:ITEMS]:
        shutil.copy(path, folder / path.name)
    shutil.copy(BULK / "index.csv", folder / "index.csv")  # URLs and dates, as in production
    return folder


@pytest.fixture(scope="module")
def ray_cluster():
    import ray

    assert connect(None, 2), "a Ray instance was already running in the test process"
    yield ray
    ray.shutdown()


def wipe(driver, settings) -> None:
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; " + HOW_TO_START)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)


def graph_snapshot(driver, settings) -> dict:
    """Counts and a checksum of every node's labels and properties and every relationship's
    type, ends and properties (no property of the graph depends on timing)."""
    def rows(cypher: str) -> list[str]:
        records = driver.execute_query(cypher, database_=settings.neo4j_database).records
        return sorted(json.dumps(r.data(), sort_keys=True, default=str) for r in records)

    nodes, relationships = rows(NODES), rows(RELATIONSHIPS)
    checksum = hashlib.sha256("\n".join(nodes + ["--"] + relationships).encode()).hexdigest()
    return {"nodes": len(nodes), "relationships": len(relationships), "checksum": checksum,
            "rows": set(nodes) | set(relationships)}


@pytest.fixture(scope="module")
def single_process_graph(driver, settings, bulk_items, dictionary):
    """`srk ingest` in one process, partition by partition: offices learnt from the text
    are kept within a partition (as the workers keep them), not across the whole run."""
    wipe(driver, settings)
    local = Pipeline(settings.model_copy(update={"ingest_processes": 0}), dictionary)
    for part in partitions([str(bulk_items)]):
        forget_learned_offices(local)
        assert run_ingest(local, part, Summary()) == 0
    snapshot = graph_snapshot(driver, settings)
    assert snapshot["nodes"] > ITEMS  # articles and what they say
    return snapshot


@pytest.fixture(scope="module")
def plain_single_process_graph(driver, settings, bulk_items, dictionary):
    """`srk ingest` of the whole folder in one process and one run, learning across it."""
    wipe(driver, settings)
    local = Pipeline(settings.model_copy(update={"ingest_processes": 0}), dictionary)
    assert run_ingest(local, [str(bulk_items)], Summary()) == 0
    return graph_snapshot(driver, settings)


def assert_same_graph(actual: dict, expected: dict) -> None:
    assert actual["rows"] - expected["rows"] == set()
    assert expected["rows"] - actual["rows"] == set()
    assert (actual["nodes"], actual["relationships"], actual["checksum"]) == (
        expected["nodes"], expected["relationships"], expected["checksum"])


def test_ray_ingest_equals_a_single_process_ingest(ray_cluster, driver, settings, bulk_items,
                                                   single_process_graph,
                                                   plain_single_process_graph, capsys):
    wipe(driver, settings)
    assert main(["ingest", "--engine", "ray", str(bulk_items)]) == 0
    assert f"articles read {ITEMS}, written {ITEMS}," in capsys.readouterr().err
    ray_graph = graph_snapshot(driver, settings)
    assert_same_graph(ray_graph, single_process_graph)
    # and, on these items, the plain one-run ingest too: none of them needs an office that
    # only an article of another partition names (see README "Distributed ingest on Ray")
    assert_same_graph(ray_graph, plain_single_process_graph)


def test_a_killed_worker_is_restarted_and_the_graph_is_the_same(ray_cluster, driver, settings,
                                                                bulk_items, single_process_graph):
    wipe(driver, settings)
    killed = []

    def kill_a_busy_worker(dispatch, part) -> None:
        busy = [w for w, running in dispatch.in_flight.items() if running]
        if not killed and busy and dispatch.done < dispatch.total:
            ray_cluster.kill(dispatch.actors[busy[0]], no_restart=False)
            killed.append((busy[0], dispatch.in_flight[busy[0]]))

    summary = Summary()
    code = run_ray_ingest(settings, [str(bulk_items)], workers=2,
                          on_partition=kill_a_busy_worker, summary=summary)
    assert killed and killed[0][1] > 0, "no worker was killed while it had work"
    assert (code, summary.read, summary.failed) == (0, ITEMS, 0)
    # a partition run again writes nothing twice: its first articles are found unchanged
    assert summary.written + summary.unchanged == ITEMS
    assert_same_graph(graph_snapshot(driver, settings), single_process_graph)


def test_the_local_engine_never_imports_ray():
    probe = ("import sys\nfrom srkctl.cli import main\nimport ingest.run, ingest.distributed\n"
             "main(['ingest', '--help'])\nassert 'ray' not in sys.modules, 'ray imported'\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "--engine" in done.stdout


ROUTED_ARTICLE = """date 2024-03-14 Vucic and Lavrov talk in Belgrade

Serbian President Aleksandar Vucic met Russian Foreign Minister Sergei Lavrov in Belgrade on
Thursday. The two discussed Kosovo and gas deliveries for the coming winter.
"""


def test_ingest_and_api_through_a_neo4j_routing_uri(driver, settings, pipeline, tmp_path):
    wipe(driver, settings)
    routed = settings.model_copy(
        update={"neo4j_uri": f"neo4j://127.0.0.1:{settings.neo4j_bolt_port}"})
    with create_driver(routed) as routing_driver:
        assert isinstance(routing_driver, neo4j.Neo4jDriver)  # routing, not a direct bolt driver
    article = tmp_path / "routed.txt"
    article.write_text(ROUTED_ARTICLE, encoding="utf-8")
    local = copy.copy(pipeline)
    local.settings = routed
    assert run_ingest(local, [str(article)], Summary()) == 0

    app.dependency_overrides[get_settings] = lambda: routed
    try:
        with TestClient(app) as client:
            assert isinstance(app.state.driver, neo4j.Neo4jDriver)
            assert client.get("/health").status_code == 200
            meetings = client.get("/meetings", params={"actor": "aleksandar-vucic"})
    finally:
        app.dependency_overrides.clear()
    assert meetings.status_code == 200
    assert meetings.json()["total"] == 1
    assert meetings.json()["items"][0]["date"] == "2024-03-14"


def test_a_uri_of_another_scheme_is_a_settings_error(monkeypatch, capsys):
    monkeypatch.setenv("NEO4J_URI", "http://127.0.0.1:7474")
    get_settings.cache_clear()
    try:
        assert main(["schema"]) == 3
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
    assert "NEO4J_URI" in capsys.readouterr().err


def test_compose_profile_ray_runs_a_head_two_workers_and_the_scheduled_ingest():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    schema = json.loads((SHARED / "schemas" / "compose-spec.json").read_text())
    assert not [e.message for e in Draft7Validator(schema).iter_errors(compose)]
    ray_services = {name: s for name, s in compose["services"].items() if "ray" in s.get("profiles", [])}
    assert set(ray_services) == {"ray-head", "ray-worker", "ray-ingest"}
    assert "--head" in ray_services["ray-head"]["command"]
    assert ray_services["ray-worker"]["deploy"]["replicas"] == 2
    assert "--address=ray-head:6379" in ray_services["ray-worker"]["command"]
    schedule = " ".join(ray_services["ray-ingest"]["command"])
    assert "srk ingest --engine ray" in schedule and "INGEST_INTERVAL" in schedule
    for name in ("ray-head", "ray-worker", "ray-ingest"):  # an image with Ray in it
        assert ray_services[name]["build"]["args"]["EXTRAS"] == "[scale]"
    # workers read the input themselves: they see it where the ingest lists it
    assert ray_services["ray-worker"]["volumes"] == ray_services["ray-ingest"]["volumes"]


SAME_MEETING = [
    "Vucic and Lavrov hold talks",
    "Lavrov received by the Serbian President",
    "Belgrade hosts the Russian foreign minister",
    "Serbia and Russia review their ties",
    "Kosovo and gas on the agenda in Belgrade",
    "A day of talks in Belgrade",
]


def test_workers_writing_one_meeting_at_once_make_one_meeting(ray_cluster, driver, settings,
                                                             tmp_path):
    """Six articles reporting the same talks, one per partition, on two workers at once:
    the meeting locks and MERGE keys give one Meeting with six reports."""
    wipe(driver, settings)
    for number, headline in enumerate(SAME_MEETING):
        body = ROUTED_ARTICLE.split("\n", 1)[1].replace("The two", f"In report {number} the two")
        (tmp_path / f"report{number}.txt").write_text(f"date 2024-03-14 {headline}\n{body}",
                                                     encoding="utf-8")
    summary = Summary()
    assert run_ray_ingest(settings, [str(tmp_path)], workers=2, summary=summary,
                          partition_files=1) == 0
    assert summary.written == len(SAME_MEETING)
    records = driver.execute_query(
        "MATCH (m:Meeting) OPTIONAL MATCH (e:Evidence)-[:REPORTS]->(m) "
        "RETURN m.id AS id, count(e) AS reports", database_=settings.neo4j_database).records
    assert [r["reports"] for r in records] == [len(SAME_MEETING)]
