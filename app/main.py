"""Wires the API: lifespan (one driver), error handlers, routers."""

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.routers import health
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
    description="Who met whom about what, and when, in Serbia-Russia-Kosovo relations.",
    version="0.1.0",
    lifespan=lifespan,
)


@app.exception_handler(DatabaseUnavailable)
async def database_unavailable(_: Request, exc: DatabaseUnavailable) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": str(exc)})


app.include_router(health.router)
