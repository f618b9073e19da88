"""API response models (the public contract; descriptions feed OpenAPI)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import PurePath

from pydantic import BaseModel, Field, model_validator

from app.params import IsoDate

NEXT_CURSOR = "pass as `cursor` for the next page; null on the last page"


class HealthPublic(BaseModel):
    status: str = Field(description="'ok' when Neo4j answers")
    neo4j_version: str
    neo4j_edition: str
    counts: dict[str, int] = Field(description="nodes per label")


class ActorRefPublic(BaseModel):
    id: str
    name: str
    kind: str | None = None


class ParticipantPublic(ActorRefPublic):
    office: str | None = Field(None, description="office held on the meeting's date, if known")


def file_name(source: str | None, article_id: str) -> str | None:
    """An input file's name without its folder: the API never shows server paths. A JSON
    line's source is its id (which may hold slashes): kept as it is."""
    return PurePath(source).name if source and source != article_id else source


class SpanPublic(BaseModel):
    text: str = Field(description="exactly the article's `text[start:end]`")
    start: int = Field(description="character offset in the article's text (GET /articles/{id})")
    end: int


class SourcePublic(BaseModel):
    article_id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="input file name (no folder), or the JSON "
                                                  "line's id")
    evidence: str = Field(description="the (first) sentence stating the fact: exactly the "
                                      "article's `text[start:end]`")
    start: int | None = Field(None, description="character offset of `evidence` in the "
                                                "article's text (GET /articles/{id})")
    end: int | None = None
    spans: list[SpanPublic] = Field([], description="every sentence stating the fact, in the "
                                                    "text's order (the first is `evidence`), each "
                                                    "exactly `text[start:end]`; sentences far "
                                                    "apart are separate spans, never one slice")
    status: str | None = Field(None, description="what this article reported (meetings)")
    date: str | None = None

    @model_validator(mode="after")
    def no_server_path(self) -> SourcePublic:
        self.source = file_name(self.source, self.article_id)
        return self


class MeetingPublic(BaseModel):
    id: str
    kind: str
    status: str = Field(description="held once any source reports it held, else planned")
    date: str | None = Field(description="EDTF: 2019-12-04, 2019-12, 2019-10-14/2019-10-20, "
                                         "XXXX-10-02, or null")
    date_precision: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_inferred: bool = Field(False, description="true when the date is the reporting "
                                                   "article's publication date, not stated")
    place: str | None = None
    cameo: str | None = None
    confidence: float | None = None
    participants: list[ParticipantPublic]
    topics: list[str]
    sources: list[SourcePublic]


class MeetingPage(BaseModel):
    total: int = Field(description="meetings matching the filters, over all pages")
    items: list[MeetingPublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class PairPublic(BaseModel):
    a: ActorRefPublic
    b: ActorRefPublic
    meetings: int = Field(description="number of meetings of the pair (exact, however many "
                                      "`items` are shown)")
    first: str | None
    last: str | None
    items: list[MeetingPublic] = Field(description="the pair's meetings by date, at most "
                                                   "`per_pair` of them")
    items_truncated: bool = Field(False, description="true when `items` holds fewer than "
                                                     "`meetings`: GET /meetings?actor=A&with=B "
                                                     "lists them all")


class OfficePublic(BaseModel):
    title: str
    country: str
    start: str
    end: str | None


class ActorPublic(ActorRefPublic):
    native_name: str | None = None
    aliases: list[str] = []
    country: str | None = None
    in_dictionary: bool | None = None
    offices: list[OfficePublic] = []
    meetings: int = 0
    stances: int = 0
    stances_towards: int = 0
    articles: int = 0


class ActorMatch(ActorRefPublic):
    score: float = Field(description="100 for an exact name or alias, lower for fuzzy")


class CounterpartPublic(BaseModel):
    counterpart: ActorRefPublic
    meetings: int
    first: str | None
    last: str | None


class StancePublic(BaseModel):
    id: str
    holder: ActorRefPublic
    polarity: str
    target: ActorRefPublic | None
    topic: str | None
    confidence: float | None
    source: SourcePublic


class TopicPublic(BaseModel):
    id: str
    label: str
    keywords: list[str]
    meetings: int
    stances: int


class MonthPublic(BaseModel):
    month: str | None = Field(description="YYYY-MM, or null for undated items (listed last)")
    meetings: int = Field(description="meetings on the topic whose date starts in the month; "
                                      "listed by GET /meetings?topic=ID&from=YYYY-MM&to=YYYY-MM")
    stances: int = Field(description="stances on the topic stated by articles published in the "
                                     "month; GET /stances?topic=ID lists the topic's stances")


class TopicTimeline(BaseModel):
    id: str
    label: str
    months: list[MonthPublic] = Field(description="the months with at least one meeting or "
                                                  "stance, in order; undated last")


class ArticleSummary(BaseModel):
    id: str
    source: str | None = Field(description="input file name (no folder), or the JSON line's id")
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None = Field(None, description="publisher, from a JSON line's `source`")

    @model_validator(mode="after")
    def no_server_path(self) -> ArticleSummary:
        self.source = file_name(self.source, self.id)
        return self


class ArticlePublic(ArticleSummary):
    text: str | None = Field(None, description="the cleaned body every evidence offset points "
                                               "into: `text[start:end] == evidence`")
    warnings: list[str] = []
    actors: list[ActorRefPublic]
    meetings: list[MeetingPublic]
    stances: list[StancePublic]


class DayPublic(BaseModel):
    date: str | None
    meetings: list[MeetingPublic]


class StatsPublic(BaseModel):
    articles: int
    actors: int
    meetings: int
    held: int
    planned: int
    undated: int
    stances: int
    reports: int


class ArticleIn(BaseModel):
    id: str | None = Field(None, max_length=200, description="stable id; default: content hash")
    title: str = Field(min_length=1, max_length=1000)
    text: str = Field(min_length=1)
    published: IsoDate | None = Field(None, description="YYYY-MM-DD")
    url: str | None = Field(None, max_length=2000)


class ItemStatus(StrEnum):
    written = "written"
    unchanged = "unchanged"
    failed = "failed"


class IngestResult(BaseModel):
    index: int = Field(description="the item's position in the request, from 0")
    article_id: str | None = Field(description="null only when the item failed before it had one")
    status: ItemStatus = Field(description="written; unchanged (same content as stored); or "
                                           "failed (nothing of it written, see `error`)")
    written: bool = Field(description="true when this request wrote the article")
    meetings: int = 0
    stances: int = 0
    error: str | None = Field(None, description="why the item failed, in one short sentence")
