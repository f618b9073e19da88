"""Records that flow through the ingest pipeline, and the `srk extract --json` contract."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RawArticle(Strict):
    """An article as read from a file or a JSON line, before cleaning."""

    id: str = Field(description="stable id: JSONL id, or the file's content hash")
    source: str = Field(description="input file path, or the JSONL line's id")
    title: str
    text: str
    published: date | None = None
    url: str | None = None
    outlet: str | None = Field(None, description="the JSON line's `source` (publisher)")
    warnings: list[str] = []


class Article(Strict):
    """A cleaned article: headline and body paragraphs, boilerplate removed."""

    id: str
    source: str
    title: str
    paragraphs: list[str]
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    content_hash: str
    warnings: list[str] = []

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


class ActorKind(StrEnum):
    person = "person"
    country = "country"
    organisation = "organisation"
    media = "media"


class EventKind(StrEnum):
    meeting = "meeting"
    talks = "talks"
    visit = "visit"
    call = "call"
    summit = "summit"
    press_conference = "press conference"
    contact = "contact"


class Status(StrEnum):
    planned = "planned"
    held = "held"


class Polarity(StrEnum):
    support = "support"
    oppose = "oppose"
    neutral = "neutral"


class ActorRef(Strict):
    id: str
    name: str


class Actor(ActorRef):
    kind: ActorKind
    in_dictionary: bool = True


class Evidence(Strict):
    text: str = Field(description="the sentence")
    start: int = Field(description="character offset of the sentence in the article body")
    end: int


class EventDate(Strict):
    """A date with its precision, as EDTF: day, month, interval, day without year."""

    edtf: str | None = None
    precision: str = "unknown"  # day | month | year | interval | day-no-year | unknown
    start: date | None = None
    end: date | None = None
    explicit: bool = True
    inferred: bool = Field(False, description="taken from the article's date, not the text")


class Event(Strict):
    kind: EventKind
    status: Status
    date: str | None
    date_precision: str = "unknown"
    date_start: date | None = None
    date_end: date | None = None
    date_inferred: bool = Field(False, description="the article's date, not stated in the text")
    participants: list[ActorRef]
    place: str | None = None
    topics: list[str] = []
    cameo: str
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence]


class Stance(Strict):
    holder: ActorRef
    polarity: Polarity
    target: ActorRef | None = None
    topic: str | None = None
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence]


class ArticleMeta(Strict):
    id: str
    source: str
    title: str
    published: str | None


class Extraction(Strict):
    """One article's extraction: the `srk extract --json` object."""

    article: ArticleMeta
    actors: list[Actor]
    events: list[Event]
    stances: list[Stance]
