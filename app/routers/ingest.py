"""POST /ingest: articles as JSON, behind a write key, answered item by item."""

from __future__ import annotations

import anyio.to_thread
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from app.deps import DriverDep, SettingsDep, require_write_key
from app.ingest_items import ingest_items
from app.models import ArticleIn, IngestResult, ItemStatus
from app.openapi import problems

router = APIRouter(tags=["ingest"], dependencies=[Depends(require_write_key)])


@router.post("/ingest", response_model=list[IngestResult], responses={
    207: {"model": list[IngestResult], "description": "some items failed (see each `error`); "
                                                      "the others were written or unchanged"},
    **problems(400, 401, 403, 404, 413, 422, 503)})
async def ingest(articles: ArticleIn | list[ArticleIn], request: Request, driver: DriverDep,
                 settings: SettingsDep) -> JSONResponse:
    """Extract and write one article or a list, each on its own: 200 when every item was
    written or unchanged, 207 when some failed (nothing of a failed item is written)."""
    batch = articles if isinstance(articles, list) else [articles]
    if len(batch) > settings.max_ingest_items:
        raise HTTPException(413, f"{len(batch)} items; at most {settings.max_ingest_items} "
                                 "per request (MAX_INGEST_ITEMS)")
    # off the event loop, in the ingest pool (INGEST_WORKERS threads), apart from the threads
    # that serve reads: a slow ingest never holds up a read
    results = await anyio.to_thread.run_sync(ingest_items, driver, settings, batch,
                                             limiter=request.app.state.ingest_limiter)
    status = 207 if any(r.status == ItemStatus.failed for r in results) else 200
    return JSONResponse([r.model_dump(mode="json") for r in results], status_code=status)

