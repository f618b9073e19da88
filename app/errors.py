"""Exception handlers: every error leaves as a short problem+json body. Database errors are
logged with their details here and answered 503 without addresses or driver text."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import AuthError, DriverError, Neo4jError, TransientError
from starlette.exceptions import HTTPException

from app.problems import field_errors, problem, validation_detail
from app.repository import BadRequest, NotFound
from ingest.nlp import PipelineError
from srk.db import DatabaseUnavailable

log = logging.getLogger("srk.api")
RETRY = {"Retry-After": "5"}
UNREACHABLE = "the database is unreachable; the API recovers by itself when it is back"
REFUSED = "the database refused the configured credentials (NEO4J_USER, NEO4J_PASSWORD)"


def refused_credentials(exc: BaseException) -> bool:
    cause = exc.__cause__ or exc
    code = getattr(cause, "code", None) or ""
    return isinstance(cause, AuthError) or "Security" in code or "credentials" in str(exc)


async def database_unavailable(_: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", exc)
    return problem(503, REFUSED if refused_credentials(exc) else UNREACHABLE, RETRY)


async def database_error(_: Request, exc: Exception) -> JSONResponse:
    log.warning("query failed: %s", exc)
    if refused_credentials(exc):
        return problem(503, REFUSED, RETRY)
    slow = isinstance(exc, TransientError) or "Timeout" in (getattr(exc, "code", "") or "")
    return problem(503, "the database did not answer in time" if slow
                   else "the database could not answer this request", RETRY)


async def pipeline_missing(_: Request, exc: Exception) -> JSONResponse:
    log.error("extraction pipeline unavailable: %s", exc)
    return problem(503, "the extraction pipeline is not installed on this server")


async def not_found(_: Request, exc: Exception) -> JSONResponse:
    return problem(404, str(exc))


async def bad_request(_: Request, exc: Exception) -> JSONResponse:
    return problem(422, str(exc))


async def invalid_request(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = field_errors(list(exc.errors()))
    return problem(422, validation_detail(errors), errors=errors)


async def http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return problem(exc.status_code, str(exc.detail), exc.headers)


async def unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error", exc_info=exc)
    return problem(500, "an unexpected error; it has been logged")


def install_error_handlers(app: FastAPI) -> None:
    for kind, handler in ((DatabaseUnavailable, database_unavailable),
                          (DriverError, database_unavailable), (Neo4jError, database_error),
                          (PipelineError, pipeline_missing), (NotFound, not_found),
                          (BadRequest, bad_request), (RequestValidationError, invalid_request),
                          (HTTPException, http_error), (Exception, unexpected)):
        app.add_exception_handler(kind, handler)
