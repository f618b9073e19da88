"""Property-based run over the OpenAPI schema (schemathesis): no input gives a 5xx."""

from __future__ import annotations

import os

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from app.main import app

from .conftest import HOW_TO_START

schema = schemathesis.openapi.from_dict(app.openapi())
clients: dict[str, TestClient] = {}


@pytest.fixture(scope="module", autouse=True)
def running_app(driver, settings):
    if os.environ.get("SRK_TEST_INSTANCE") != "1":
        pytest.fail(HOW_TO_START)
    with TestClient(app) as client:  # runs the lifespan: the app's driver
        clients["app"] = client
        yield
    clients.clear()


@schema.parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_no_server_errors(case):
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    kwargs.pop("cookies", None)  # the API reads no cookies
    response = clients["app"].request(**kwargs)
    assert response.status_code < 500, (case.method, case.path, case.query, response.text[:300])
