"""Shared query parameters with their limits, descriptions and examples."""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query
from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from ingest.models import EventKind, Polarity, Status

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
PARTIAL_DATE = re.compile(r"(?P<year>[1-9][0-9]{3})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")
PARTIAL_DATE_SCHEMA = {"type": "string",
                       "pattern": r"^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"}

# What each query or path parameter means, by the name clients send, with an example that
# the sample graph answers. Shared types below use it, and app/openapi.py fills any parameter
# declared elsewhere from it, so no parameter reaches /docs undocumented.
PARAMETER_DOCS: dict[str, tuple[str, Any]] = {
    "limit": ("page size (1-200)", 20),
    "offset": ("items to skip (0-100000)", 0),
    "from": ("start of the period, inclusive: YYYY, YYYY-MM or YYYY-MM-DD "
             "(`2019` means from 2019-01-01, `2019-12` from 2019-12-01)", "2019"),
    "to": ("end of the period, inclusive: YYYY, YYYY-MM or YYYY-MM-DD "
           "(`2019` means to 2019-12-31, `2019-02` to 2019-02-28)", "2019-12"),
    "topic": ("topic id, see GET /topics", "kosovo"),
    "actor": ("actor id or name; repeatable: all must take part", ["aleksandar-vucic"]),
    "with": ("the counterpart: an actor id or name who also took part", "Putin"),
    "place": ("place name as the meetings give it, in any case", "Sochi"),
    "kind": ("kind of meeting", "meeting"),
    "status": ("held, or planned (announced)", "held"),
    "article": ("article id: only what this article reports", "sample-2022-lavrov-selakovic"),
    "sort": ("`date` oldest first, `-date` newest first (undated meetings count as oldest)",
             "-date"),
    "cursor": ("`next_cursor` of the previous page (only cursors this API issued)", None),
    "per_pair": ("most meetings listed per pair", 5),
    "include_officials": ("with a state as `holder`: also its office holders' stances", True),
    "q": ("text to search for", "Vucic"),
    "holder": ("the actor who holds the stance: id or name", "Lavrov"),
    "target": ("the actor the stance is about: id or name", "serbia"),
    "polarity": ("support, oppose or neutral", "support"),
    "actor_id": ("actor id, e.g. aleksandar-vucic (see GET /actors?q=)", "aleksandar-vucic"),
    "article_id": ("article id (see GET /articles)", "sample-2022-lavrov-selakovic"),
    "topic_id": ("topic id (see GET /topics)", "kosovo"),
}


def documented(name: str, **constraints: Any) -> Any:
    """A Query() carrying the description and example of `name` from PARAMETER_DOCS."""
    description, example = PARAMETER_DOCS[name]
    examples = {"examples": [example]} if example is not None else {}
    return Query(description=description, **examples, **constraints)


def iso_day_only(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic alone would read 0 or "0" as 1970-01-01 (a Unix time)."""
    if isinstance(value, date) or (isinstance(value, str) and ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("a date as YYYY-MM-DD is expected")


def period_of(text: str) -> tuple[date, date]:
    """The first and last day a year, month or day stands for: "2019-02" -> Feb 1 and 28."""
    match = PARTIAL_DATE.fullmatch(text)
    if match is None:
        raise ValueError("a date as YYYY, YYYY-MM or YYYY-MM-DD (years 1000-9999) is expected")
    year = int(match["year"])
    if match["month"] is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise ValueError(f"month {match['month']} does not exist (01-12)")
    last = calendar.monthrange(year, month)[1]
    if match["day"] is None:
        return date(year, month, 1), date(year, month, last)
    day = int(match["day"])
    if not 1 <= day <= last:
        raise ValueError(f"{year:04d}-{month:02d} has no day {match['day']} (01-{last:02d})")
    return date(year, month, day), date(year, month, day)


def period_end(value: Any, end: int) -> Any:
    """For a validator: the period's first (0) or last (1) day; the reason without pydantic's
    "Value error, " in front."""
    if isinstance(value, date):
        return value
    try:
        return period_of(str(value))[end]
    except ValueError as exc:
        raise PydanticCustomError("date_period", str(exc)) from None


def first_day(value: Any) -> Any:
    return period_end(value, 0)


def last_day(value: Any) -> Any:
    return period_end(value, 1)


IsoDate = Annotated[date, BeforeValidator(iso_day_only)]
PeriodStart = Annotated[date, BeforeValidator(first_day), WithJsonSchema(PARTIAL_DATE_SCHEMA)]
PeriodEnd = Annotated[date, BeforeValidator(last_day), WithJsonSchema(PARTIAL_DATE_SCHEMA)]
StatusParam = Status
PolarityParam = Polarity


class SortParam(StrEnum):
    date = "date"
    date_desc = "-date"


KindParam = EventKind
Limit = Annotated[int, documented("limit", ge=1, le=200)]
Offset = Annotated[int, documented("offset", ge=0, le=100_000)]
DateFrom = Annotated[PeriodStart | None, documented("from", alias="from")]
DateTo = Annotated[PeriodEnd | None, documented("to", alias="to")]
TopicParam = Annotated[str | None, documented("topic", max_length=64, pattern=r"^[a-z0-9-]+$")]
Text = Annotated[str | None, Query(max_length=200)]
