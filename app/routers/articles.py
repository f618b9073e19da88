"""Articles, the timeline and statistics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.deps import RepoDep
from app.models import ArticlePublic, ArticleSummary, DayPublic, StatsPublic
from app.openapi import problems
from app.params import DateFrom, DateTo, Limit, Offset, Text
from app.repository import BadRequest

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=list[ArticleSummary])
def search_articles(repo: RepoDep, q: Text = None, limit: Limit = 50,
                    offset: Offset = 0) -> list[ArticleSummary]:
    """Articles whose title or text contains `q`, newest first."""
    return repo.articles(q, limit, offset)


@router.get("/articles/{article_id}", response_model=ArticlePublic, responses=problems(404))
def get_article(repo: RepoDep, article_id: Annotated[str, Path(max_length=200)]) -> ArticlePublic:
    """An article's metadata and everything extracted from it."""
    return repo.article(article_id)


@router.get("/timeline", response_model=list[DayPublic])
def timeline(repo: RepoDep, date_from: DateFrom = None, date_to: DateTo = None,
             limit: Limit = 200) -> list[DayPublic]:
    """Meetings by date (undated ones first, under null)."""
    if date_from and date_to and date_from > date_to:
        raise BadRequest("'from' is after 'to'")
    return repo.timeline(date_from, date_to, limit)


@router.get("/stats", response_model=StatsPublic)
def stats(repo: RepoDep) -> StatsPublic:
    """Counts of articles, actors, meetings (held, planned, undated), stances, reports."""
    return repo.stats()
