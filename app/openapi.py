"""The OpenAPI document: every error status a route returns, each with the problem schema
under application/problem+json (FastAPI's own 422 schema is replaced by it); every
parameter with a description and an example; the API key optional where reads are open."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.deps import READ_KEY_SCHEME
from app.params import PARAMETER_DOCS
from app.problems import PROBLEM_MEDIA_TYPE, Problem

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
WHY = {
    400: "the body could not be read as text (not UTF-8)",
    401: "no X-API-Key header, and keys are configured",
    403: "the X-API-Key may not do this",
    404: "an id or a named actor or topic the graph does not hold (POST /ingest: writes off)",
    413: "request body over MAX_REQUEST_BYTES, or more than MAX_INGEST_ITEMS items",
    422: "a parameter or body field is not valid, or a query parameter the endpoint does not "
         "take (or a cursor this API did not issue, or `from` after `to`)",
    503: "the database is unreachable, refused our credentials or timed out",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for these error statuses."""
    return {status: {"description": WHY.get(status, HTTPStatus(status).phrase),
                     "content": {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}}
            for status in statuses}


def problem_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(problem_schema.pop("$defs", {}))
    components["Problem"] = problem_schema
    for operation in all_operations(schema):
        for status, response in operation.get("responses", {}).items():
            if status.isdigit() and int(status) >= 400:
                response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}
                response["description"] = WHY.get(int(status), response["description"])
        for parameter in operation.get("parameters", []):
            document_parameter(parameter)
        if {READ_KEY_SCHEME: []} in operation.get("security", []):
            # reads are open until SRK_READ_API_KEYS is set: the key is optional ({})
            operation["security"].append({})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    app.openapi_schema = schema
    return schema


def all_operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [operation for path in schema.get("paths", {}).values() for operation in path.values()]


def document_parameter(parameter: dict[str, Any]) -> None:
    """Description and example from PARAMETER_DOCS where the route gave none."""
    description, example = PARAMETER_DOCS.get(parameter["name"], (None, None))
    schema_examples = parameter.get("schema", {}).get("examples")
    if description and not parameter.get("description"):
        parameter["description"] = description
    if schema_examples:
        example = schema_examples[0]
    if example is not None and "example" not in parameter and "examples" not in parameter:
        parameter["example"] = example
