"""The analyst's page: GET /ui and its static files (HTML, CSS, ES modules, vendored d3).

No build step and no CDN: everything the page loads is under app/static/. The page is not
part of the API contract, so it is left out of the OpenAPI document."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(include_in_schema=False)
static_files = StaticFiles(directory=STATIC_DIR)


@router.api_route("/ui", methods=["GET", "HEAD"])
def ui_page() -> FileResponse:
    """The single page; it reads the API with fetch from the same origin."""
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html")


@router.api_route("/ui/static/{path:path}", methods=["GET", "HEAD"])
async def ui_static(path: str, request: Request) -> Response:
    """The page's assets, through StaticFiles (safe paths, ETag, 404 for anything else)."""
    return await static_files.get_response(path, request.scope)
