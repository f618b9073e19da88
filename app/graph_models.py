"""Response models of the network and search routes (the public contract)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class NetworkNode(BaseModel):
    id: str = Field(description="actor id")
    name: str
    kind: str | None = None
    meetings: int = Field(description="meetings matching the filters this actor took part in")


class NetworkEdge(BaseModel):
    source: str = Field(description="actor id (the smaller of the two ids)")
    target: str = Field(description="actor id")
    meetings: int = Field(description="meetings matching the filters both took part in")
    first: str | None = Field(description="earliest start date of those meetings (undated: null)")
    last: str | None = Field(description="latest end date of those meetings")


class NetworkPublic(BaseModel):
    nodes: list[NetworkNode] = Field(description="the actors at either end of an edge")
    edges: list[NetworkEdge] = Field(description="pairs, most meetings first")
    truncated: bool = Field(description="true when more pairs matched than `limit`: the "
                                        "pairs with the fewest meetings were left out")


class HitKind(StrEnum):
    article = "article"
    meeting = "meeting"
    stance = "stance"


class SearchHit(BaseModel):
    kind: HitKind = Field(description="what matched: an article's title or text, the evidence "
                                      "of a meeting report, or the evidence of a stance")
    article_id: str
    title: str | None = None
    url: str | None = Field(None, description="the article's original, when known")
    published: str | None = None
    text: str | None = Field(None, description="evidence sentence(s), or for an article a "
                                               "passage around the first matching word")
    start: int | None = Field(None, description="offset of `text` in the article's text")
    end: int | None = None
    meeting_id: str | None = None
    stance_id: str | None = None
    score: float = Field(description="full-text relevance (Lucene), higher first")


class SearchPage(BaseModel):
    items: list[SearchHit]
    truncated: bool = Field(description="true when more hits matched than `limit`")
