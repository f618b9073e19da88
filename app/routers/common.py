"""Query parameters the routers of this package share (beside app/params.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

Cursor = Annotated[str | None, Query(max_length=400, description=(
    "`next_cursor` of the previous page of the same list; omit for the first page"))]
PerPair = Annotated[int, Query(ge=1, le=200, description=(
    "most meetings listed per pair (`meetings` counts them all)"))]
EXPORT_LIMIT = 10_000
ExportLimit = Annotated[int, Query(ge=1, le=EXPORT_LIMIT, description=(
    "most meetings per response (1-10000); when more match, the `X-Next-Cursor` header "
    "carries the cursor of the rest and `X-Result-Truncated` is true"))]
Counterpart = Annotated[str | None, Query(alias="with", max_length=200, description=(
    "the counterpart: actor id or name"))]
