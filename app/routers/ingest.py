"""POST /ingest: articles as JSON, behind a write key."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from app.deps import DriverDep, SettingsDep, require_write_key
from app.models import IngestResult
from ingest.clean import clean
from ingest.models import RawArticle
from ingest.pipeline import Pipeline
from ingest.read import content_id
from ingest.writer import write, write_topics
from srk.settings import Settings

router = APIRouter(tags=["ingest"], dependencies=[Depends(require_write_key)])


class ArticleIn(BaseModel):
    id: str | None = Field(None, max_length=200, description="stable id; default: content hash")
    title: str = Field(min_length=1, max_length=1000)
    text: str = Field(min_length=1)
    published: date | None = Field(None, description="YYYY-MM-DD")
    url: str | None = Field(None, max_length=2000)


_pipelines: dict[str, Pipeline] = {}


def pipeline_for(settings: Settings) -> Pipeline:
    """One loaded spaCy pipeline per process, made on first use."""
    if settings.spacy_model not in _pipelines:
        _pipelines[settings.spacy_model] = Pipeline(settings)
    return _pipelines[settings.spacy_model]


@router.post("/ingest", response_model=list[IngestResult])
def ingest(articles: ArticleIn | list[ArticleIn], request: Request, driver: DriverDep,
           settings: SettingsDep) -> list[IngestResult]:
    """Extract and write one article or a list; unchanged articles are left as they are."""
    batch = articles if isinstance(articles, list) else [articles]
    pipeline = pipeline_for(settings)
    write_topics(driver, settings)
    results = []
    for item in batch:
        raw = RawArticle(id=item.id or content_id(item.title + item.text), source=item.id or "api",
                         title=item.title, text=item.text, url=item.url,
                         published=item.published)
        article = clean(raw)
        extraction = pipeline.extract(article)
        outcome = write(driver, settings, article, extraction, pipeline.dictionary)
        results.append(IngestResult(article_id=article.id, written=not outcome.skipped,
                                    meetings=outcome.meetings, stances=outcome.stances))
    return results
