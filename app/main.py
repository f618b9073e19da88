"""Wires the API: lifespan (one driver, the ingest pool), limits, error handlers, routers."""

import logging
from contextlib import asynccontextmanager

from anyio import CapacityLimiter
from fastapi import Depends, FastAPI
from fastapi_offline import FastAPIOffline
from neo4j.exceptions import DriverError, Neo4jError

from app.deps import require_read_key
from app.errors import install_error_handlers
from app.limits import BodyLimit
from app.openapi import problem_openapi, problems
from app.page_policy import PagePolicy
from app.routers import actors, articles, health, ingest, meetings, network, search, stances, topics, ui
from app.strict_query import reject_unknown_query
from srk.db import DatabaseUnavailable, apply_schema, create_driver
from srk.settings import get_settings

log = logging.getLogger("srk.api")


def current_settings():
    return app.dependency_overrides.get(get_settings, get_settings)()


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = current_settings()
    app.state.driver = create_driver(settings)
    app.state.ingest_limiter = CapacityLimiter(settings.ingest_workers)
    try:
        apply_schema(app.state.driver, settings)
    except (DatabaseUnavailable, DriverError, Neo4jError) as exc:
        # the API still starts: data routes answer 503 and /health says why until Neo4j is back
        log.warning("schema not applied at start (%s); serving 503 until Neo4j answers",
                    type(exc).__name__)
    yield
    app.state.driver.close()


# /docs and /redoc load Swagger UI and ReDoc from the installed fastapi-offline package
# (served under /docs-assets), never from a CDN
app = FastAPIOffline(
    title="srk-graph",
    description="Who met whom about what, and when, in Serbia-Russia-Kosovo relations. "
                "Every answer carries its sources. Errors are RFC 9457 problem details.",
    version="0.1.0",
    lifespan=lifespan,
    static_url="/docs-assets",
    swagger_ui_parameters={"validatorUrl": None},  # no call to the online validator
    dependencies=[Depends(reject_unknown_query)],
    responses=problems(422, 503),
)
app.add_middleware(BodyLimit, limit=lambda: current_settings().max_request_bytes)
app.add_middleware(PagePolicy)
install_error_handlers(app)
app.openapi = lambda: problem_openapi(app)

app.include_router(health.router)
for module in (meetings, actors, topics, stances, articles, network, search):
    app.include_router(module.router, dependencies=[Depends(require_read_key)],
                       responses=problems(401, 403, 503))
app.include_router(ingest.router)
app.include_router(ui.router)
