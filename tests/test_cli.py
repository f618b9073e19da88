"""The small things people expect (issue 9, section 5). The real `srk` command run as a
subprocess: one clear line for every usage error, a wrong password or an unreachable
database, never a traceback; the ingest progress bar and summary. The compose stack: a
.dockerignore, an init for the ingest loop, a healthcheck and a non-root user for the API,
host ports that do not clash with scripts/run.sh."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import uuid
from io import StringIO

import pytest
import yaml
from jsonschema import Draft7Validator
from rich.console import Console
from rich.progress import Progress

from ingest.run import progress_columns

from .conftest import ROOT, SHARED

SRK = str(ROOT / ".venv" / "bin" / "srk")
LABELS = ("Article", "Actor", "Meeting", "Topic", "Stance", "Place", "Evidence")


def srk(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([SRK, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env}, cwd=ROOT)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


@pytest.mark.parametrize(("args", "says"), [
    ((), "Missing command. Commands: eval, extract, ingest, neo4j, schema, serve"),
    (("bogus",), "No such command 'bogus'"),
    (("ingest",), "srk ingest: Missing argument"),
    (("neo4j",), "srk neo4j: Missing command. Commands: fetch, start, status, stop"),
    (("ingest", "--no-such-option", "x"), "No such option: --no-such-option"),
])
def test_usage_errors_are_one_line_and_exit_3(args, says):
    run = srk(*args)
    assert run.returncode == 3 and run.stdout == ""
    assert says in one_line(run.stderr)


def test_version_is_exit_0():
    run = srk("--version")
    assert run.returncode == 0 and re.fullmatch(r"srk \d+\.\d+\.\d+", one_line(run.stdout))


def test_bad_settings_are_one_line():
    run = srk("schema", QUERY_TIMEOUT="soon")
    assert run.returncode == 3 and "QUERY_TIMEOUT" in one_line(run.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_database_is_one_line():
    run = srk("schema", NEO4J_URI=f"bolt://127.0.0.1:{free_port()}")
    assert run.returncode == 2 and "unreachable" in one_line(run.stderr)


def test_wrong_password_is_one_line(driver, tmp_path):
    (tmp_path / "a.txt").write_text("A headline\n\nSome words of our own.\n")
    for args in (("schema",), ("ingest", str(tmp_path))):
        run = srk(*args, NEO4J_PASSWORD="not-the-password")
        assert run.returncode == 2, run.stderr
        assert "refused the credentials" in one_line(run.stderr)


def test_progress_shows_total_rate_and_eta():
    now = [0.0]
    out = StringIO()
    progress = Progress(*progress_columns(), console=Console(file=out, width=200),
                        get_time=lambda: now[0], auto_refresh=False)
    task = progress.add_task("ingesting", total=40)
    progress.advance(task, 0)
    now[0] = 10.0
    progress.advance(task, 10)  # 10 articles in 10 s: 1 article/s, 30 left: 30 s
    progress.console.print(progress.get_renderable())
    shown = out.getvalue()
    assert "10/40" in shown and "1.0 articles/s" in shown and "ETA 0:00:30" in shown


def counts(driver, settings) -> dict[str, int]:
    query = "RETURN " + ", ".join(f"COUNT {{ (:{label}) }} AS {label}" for label in LABELS)
    return dict(driver.execute_query(query, database_=settings.neo4j_database).records[0])


def gained(stderr: str) -> dict[str, int]:
    line = next(ln for ln in stderr.splitlines() if "graph nodes gained:" in ln)
    return {label: int(n) for n, label in re.findall(r"([+-]\d+) (\w+)", line.split("gained:")[1])}


def test_summary_counts_the_nodes_the_graph_gained(driver, settings, tmp_path):
    (tmp_path / "visit.txt").write_text(
        " date 2031-04-02 Two ministers meet in Belgrade\n\nSerbian President Aleksandar Vucic "
        "met Russian Foreign Minister Sergey Lavrov in Belgrade on 1 April 2031 to talk about "
        "energy. Vucic and Lavrov spoke about Vucic, Lavrov and Lavrov again.\n\n"
        f"Note {uuid.uuid4().hex}.\n")  # a new article on every run
    before = counts(driver, settings)
    first = srk("ingest", str(tmp_path))
    assert first.returncode == 0, first.stderr
    after = counts(driver, settings)
    assert gained(first.stderr) == {k: after[k] - before[k] for k in LABELS}
    assert gained(first.stderr)["Article"] == 1
    again = srk("ingest", str(tmp_path))
    assert set(gained(again.stderr).values()) == {0}


# -- compose ------------------------------------------------------------------------------------
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_is_valid_against_the_spec():
    schema = json.loads((SHARED / "schemas" / "compose-spec.json").read_text())
    assert not [e.message for e in Draft7Validator(schema).iter_errors(compose())]


def test_compose_host_ports_are_variables_that_avoid_run_sh():
    used_by_run_sh = {"7474", "7687", "8000"}
    for name in ("neo4j", "api"):
        for mapping in compose()["services"][name]["ports"]:
            host = mapping.rsplit(":", 1)[0]
            variable = re.fullmatch(r"127\.0\.0\.1:\$\{(SRK_DOCKER_\w+):-(\d+)\}", host)
            assert variable and variable.group(2) not in used_by_run_sh, mapping


def test_api_has_a_healthcheck_and_a_non_root_user_and_ingest_an_init():
    services = compose()["services"]
    assert "/health" in " ".join(services["api"]["healthcheck"]["test"])
    assert services["ingest"]["init"] is True
    users = re.findall(r"^USER\s+(\S+)", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}


def test_build_context_leaves_out_local_state_and_secrets():
    ignored = {line.strip().rstrip("/") for line in
               (ROOT / ".dockerignore").read_text().splitlines()}
    assert {".venv", ".neo4j", ".env", ".git", ".cache", ".pytest_cache", "test-artifacts"} <= ignored
