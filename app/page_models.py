"""Pages of the list endpoints: `items`, the `total` over all pages, and `next_cursor`
(the same convention as GET /meetings)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.models import (
    NEXT_CURSOR,
    ActorMatch,
    ArticleSummary,
    CounterpartPublic,
    DayPublic,
    PairPublic,
    StancePublic,
)


class StancePage(BaseModel):
    total: int = Field(description="stances matching the filters, over all pages")
    items: list[StancePublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class ArticlePage(BaseModel):
    total: int = Field(description="articles matching, over all pages")
    items: list[ArticleSummary]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class PairPage(BaseModel):
    total: int = Field(description="pairs matching the filters, over all pages")
    items: list[PairPublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class CounterpartPage(BaseModel):
    total: int = Field(description="counterparts of the actor, over all pages")
    items: list[CounterpartPublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class DayPage(BaseModel):
    total: int = Field(description="meetings in the range, over all pages")
    items: list[DayPublic] = Field(description="days in date order; a page holds `limit` "
                                               "meetings, so a day's meetings may go on in the "
                                               "next page")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class ActorMatchPage(BaseModel):
    items: list[ActorMatch]
    truncated: bool = Field(description="true when more actors matched than `limit` (ask "
                                        "with a larger limit or a longer name)")
