"""The contract check: `schemathesis run --checks all` (the command README shows) against the
API served by uvicorn on a free port, over the real Neo4j test instance, with few examples
per operation so it stays bounded. It must find nothing: no 5xx, no undocumented status,
no body off its schema, no invalid input accepted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import HOW_TO_START, ROOT
from .test_api_contract import WRITE_KEY, served, use_settings

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.fixture(scope="module")
def base_url(driver, settings):
    if os.environ.get("SRK_TEST_INSTANCE") != "1":
        pytest.fail(HOW_TO_START)
    use_settings(write_api_keys=WRITE_KEY)
    try:
        with served() as url:
            yield url
    finally:
        from app.main import app

        app.dependency_overrides.clear()


def test_schemathesis_checks_all_find_nothing(base_url):
    command = [str(SCHEMATHESIS), "run", f"{base_url}/openapi.json", "--checks", "all",
               "-H", f"X-API-Key: {WRITE_KEY}", "--max-examples", "10", "--seed", "8",
               "--no-color"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "NO_COLOR": "1"})
    report = done.stdout[-4000:] + done.stderr[-2000:]
    assert done.returncode == 0, report
    assert "No issues found" in done.stdout, report
