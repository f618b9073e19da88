"""Articles, the timeline and statistics (each under its own OpenAPI tag)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.deps import RepoDep
from app.models import ArticlePublic, StatsPublic
from app.openapi import problems
from app.page_models import ArticlePage, DayPage
from app.params import DateFrom, DateTo, Limit, Text
from app.repository import BadRequest
from app.routers.common import Cursor

router = APIRouter()


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def search_articles(repo: RepoDep, q: Text = None, limit: Limit = 50,
                    cursor: Cursor = None) -> ArticlePage:
    """Articles whose title or text has the words of `q` (as a phrase, case ignored), newest
    first, a page at a time."""
    return repo.articles(q, limit, cursor)


@router.get("/articles/{article_id}", response_model=ArticlePublic, responses=problems(404),
            tags=["articles"])
def get_article(repo: RepoDep, article_id: Annotated[str, Path(max_length=200)]) -> ArticlePublic:
    """An article's metadata, its text, and everything extracted from it."""
    return repo.article(article_id)


@router.get("/timeline", response_model=DayPage, tags=["timeline"])
def timeline(repo: RepoDep, date_from: DateFrom = None, date_to: DateTo = None,
             limit: Limit = 200, cursor: Cursor = None) -> DayPage:
    """Meetings by date (undated ones first, under null), `limit` meetings a page."""
    if date_from and date_to and date_from > date_to:
        raise BadRequest("'from' is after 'to'")
    return repo.timeline(date_from, date_to, limit, cursor)


@router.get("/stats", response_model=StatsPublic, tags=["stats"])
def stats(repo: RepoDep) -> StatsPublic:
    """Counts of articles, actors, meetings (held, planned, undated), stances, reports."""
    return repo.stats()
