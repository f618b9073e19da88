"""Shared query parameters with their limits."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query
from pydantic import BeforeValidator

from ingest.models import EventKind, Polarity, Status

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_day_only(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic alone would read 0 or "0" as 1970-01-01 (a Unix time)."""
    if isinstance(value, date) or (isinstance(value, str) and ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("a date as YYYY-MM-DD is expected")


IsoDate = Annotated[date, BeforeValidator(iso_day_only)]
StatusParam = Status
PolarityParam = Polarity


class SortParam(StrEnum):
    date = "date"
    date_desc = "-date"


KindParam = EventKind
Limit = Annotated[int, Query(ge=1, le=200, description="page size (1-200)")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="items to skip")]
DateFrom = Annotated[IsoDate | None, Query(alias="from", description="YYYY-MM-DD, inclusive")]
DateTo = Annotated[IsoDate | None, Query(alias="to", description="YYYY-MM-DD, inclusive")]
TopicParam = Annotated[str | None, Query(max_length=64, pattern=r"^[a-z0-9-]+$",
                                         description="topic id, see GET /topics")]
Text = Annotated[str | None, Query(max_length=200)]
