"""The benchmark scripts work (tiny runs, shapes only: never a timed assertion) and
`srk serve --workers` serves from several processes that accept each other's cursors."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import bench_api  # noqa: E402
import bench_load  # noqa: E402
import make_graph  # noqa: E402
from bulk_writer import unwound  # noqa: E402

FINGERPRINT = ("MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
               "RETURN labels(n) AS labels, n.id AS id, properties(n) AS props, "
               "collect([type(r), m.id]) AS out ORDER BY id")


def graph_rows(driver, settings) -> list[list]:
    """Every node's labels and properties and its outgoing relationships."""
    records = driver.execute_query(FINGERPRINT, database_=settings.neo4j_database).records
    return [[r["labels"], r["id"], sorted((k, str(v)) for k, v in r["props"].items()),
             sorted(r["out"], key=str)] for r in records]


def fingerprint(driver, settings) -> str:
    return hashlib.sha256(json.dumps(graph_rows(driver, settings)).encode()).hexdigest()


def differences(before: list[list], after: list[list]) -> list:
    """The first few nodes that differ, to say why two fingerprints disagree."""
    old, new = ({json.dumps(row[:2]): row for row in rows} for rows in (before, after))
    return [(key, old.get(key), new.get(key)) for key in sorted(set(old) | set(new))
            if old.get(key) != new.get(key)][:5]


def build(capsys, *args: str) -> dict:
    assert make_graph.main(["--json", *args]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_make_graph_is_reproducible_idempotent_and_the_writers_own_graph(
        empty_graph, settings, capsys):
    first = build(capsys, "--articles", "60", "--seed", "3", "--batch", "25")
    assert (first["written"], first["skipped"]) == (60, 0)
    labels = first["by_label"]
    assert labels["Article"] == 60 and labels["Topic"] > 0
    assert all(labels.get(k, 0) > 0 for k in ("Meeting", "Evidence", "Actor", "Stance"))
    batched_rows = graph_rows(empty_graph, settings)
    batched = fingerprint(empty_graph, settings)

    again = build(capsys, "--articles", "60", "--seed", "3", "--batch", "7")
    assert (again["written"], again["skipped"]) == (0, 60)
    assert fingerprint(empty_graph, settings) == batched  # a second run changes nothing

    empty_graph.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    build(capsys, "--articles", "60", "--seed", "3", "--per-article", "--batch", "1")
    # batching writes the same graph (once seen to differ in CI, not reproduced: say where)
    assert differences(batched_rows, graph_rows(empty_graph, settings)) == []


def test_unwound_statements_read_every_parameter_from_the_item():
    text = unwound("events_write")
    assert text.startswith("UNWIND $items AS item")
    assert text.count("$") == 1 and "item.article_id" in text and "item.events" in text


def test_the_load_generator_refuses_other_hosts():
    with pytest.raises(SystemExit, match="loopback only"):
        bench_load.require_loopback("http://example.org:8000")
    assert bench_load.require_loopback("http://127.0.0.1:8000/") == "http://127.0.0.1:8000"


def test_bench_api_prints_a_row_per_endpoint_against_hello_world(empty_graph, capsys):
    build(capsys, "--articles", "30", "--seed", "4")
    code = bench_api.main(["--workers", "1", "--clients", "2", "--seconds", "1",
                           "--max-requests", "40", "--json",
                           "--only", "/meetings", "/actors", "/meetings.csv"])
    assert code == 0
    out = capsys.readouterr().out.strip().splitlines()
    result = json.loads(out[-1])
    assert [r["endpoint"] for r in result["rows"]] == ["/meetings", "/actors?q=putin",
                                                       "/meetings.csv"]
    assert len(result["hello"]) == 2 and all(h["requests"] > 0 for h in result["hello"])
    for row in result["rows"]:
        assert row["requests"] > 0 and row["errors"] == 0 and row["requests"] <= 40
        assert row["p99_ms"] >= row["p50_ms"] > 0 and row["rss_mb"] > 0
    assert "first_byte_p50_ms" in result["rows"][-1]
    table = [line for line in out if line.startswith("| `")]
    assert len(table) == 5  # two hello-world rows, three endpoints


def wait_for(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    pytest.fail(f"srk serve did not answer {url}")


def test_serve_workers_accept_each_others_cursors(empty_graph, capsys):
    build(capsys, "--articles", "40", "--seed", "5")
    port = bench_api.free_port()
    env = {k: v for k, v in os.environ.items() if k != "SRK_CURSOR_SECRET"}
    server = subprocess.Popen([str(ROOT / ".venv/bin/srk"), "serve", "--port", str(port),
                               "--workers", "2"], env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/health", server)
        assert len(bench_load.process_tree(server.pid)) >= 3  # the supervisor and two workers
        page = httpx.get(base + "/meetings", params={"limit": 1}, timeout=60).json()
        statuses = []
        for _ in range(12):  # a new connection each time: any worker may answer
            page_response = httpx.get(base + "/meetings",
                                      params={"limit": 1, "cursor": page["next_cursor"]},
                                      timeout=60)
            statuses.append(page_response.status_code)
        assert statuses == [200] * 12
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_varied_requests_ask_a_different_question_each_time():
    for template in (*bench_api.VARIED, bench_api.CSV_VARIED):
        paths = bench_api.variants(template, seed=7)
        assert not any("{" in p for p in paths)
        if "{" in template:
            assert len(set(paths)) > 512  # more than a per-process read cache keeps
