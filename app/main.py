"""Wires the API: lifespan (one driver), error handlers, routers."""

import logging
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from neo4j.exceptions import Neo4jError
from starlette.middleware.base import BaseHTTPMiddleware

from app.deps import require_read_key
from app.repository import BadRequest, NotFound
from app.routers import actors, articles, health, ingest, meetings, stances, topics
from ingest.nlp import PipelineError
from srk.db import DatabaseUnavailable, apply_schema, create_driver
from srk.settings import get_settings

log = logging.getLogger("srk.api")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = app.dependency_overrides.get(get_settings, get_settings)()
    app.state.driver = create_driver(settings)
    try:
        apply_schema(app.state.driver, settings)
    except DatabaseUnavailable as exc:  # the API still starts; /health reports 503
        log.warning("schema not applied at start: %s", exc)
    yield
    app.state.driver.close()


app = FastAPI(
    title="srk-graph",
    description="Who met whom about what, and when, in Serbia-Russia-Kosovo relations. "
                "Every answer carries its sources.",
    version="0.1.0",
    lifespan=lifespan,
)


class BodyLimit(BaseHTTPMiddleware):
    """Refuse request bodies over the configured size (by Content-Length)."""

    async def dispatch(self, request: Request, call_next):
        limit = app.dependency_overrides.get(get_settings, get_settings)().max_request_bytes
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > limit):
            return JSONResponse(status_code=413, content={
                "detail": f"request body over {limit} bytes"})
        return await call_next(request)


app.add_middleware(BodyLimit)


@app.exception_handler(DatabaseUnavailable)
async def database_unavailable(_: Request, exc: DatabaseUnavailable) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": str(exc)})


@app.exception_handler(Neo4jError)
async def database_error(_: Request, exc: Neo4jError) -> JSONResponse:
    log.warning("query failed: %s", exc)
    return JSONResponse(status_code=503, content={"detail": f"database error: {exc.message}"})


@app.exception_handler(PipelineError)
async def pipeline_missing(_: Request, exc: PipelineError) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": str(exc)})


@app.exception_handler(NotFound)
async def not_found(_: Request, exc: NotFound) -> JSONResponse:
    return JSONResponse(status_code=404, content={"detail": str(exc)})


@app.exception_handler(BadRequest)
async def bad_request(_: Request, exc: BadRequest) -> JSONResponse:
    return JSONResponse(status_code=422, content={"detail": str(exc)})


app.include_router(health.router)
for module in (meetings, actors, topics, stances, articles):
    app.include_router(module.router, dependencies=[Depends(require_read_key)])
app.include_router(ingest.router)
