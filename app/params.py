"""Shared query parameters with their limits."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import Query

from ingest.models import EventKind, Polarity, Status

StatusParam = Status
PolarityParam = Polarity


class SortParam(StrEnum):
    date = "date"
    date_desc = "-date"


KindParam = EventKind
Limit = Annotated[int, Query(ge=1, le=200, description="page size (1-200)")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="items to skip")]
DateFrom = Annotated[date | None, Query(alias="from", description="YYYY-MM-DD, inclusive")]
DateTo = Annotated[date | None, Query(alias="to", description="YYYY-MM-DD, inclusive")]
TopicParam = Annotated[str | None, Query(max_length=64, pattern=r"^[a-z0-9-]+$",
                                         description="topic id, see GET /topics")]
Text = Annotated[str | None, Query(max_length=200)]
