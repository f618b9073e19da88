"""The work of POST /ingest, item by item: each article is cleaned, extracted and written in
its own transaction; whatever goes wrong with one item is caught at its boundary, reported
with a reason, and the next item goes on. No FastAPI here: it runs in a worker thread."""

from __future__ import annotations

import logging
import re
import threading

import neo4j

from app.models import ArticleIn, IngestResult, ItemStatus
from app.problems import short
from ingest.clean import clean
from ingest.models import RawArticle
from ingest.pipeline import Pipeline
from ingest.read import content_id
from ingest.writer import write, write_topics
from srk.db import DatabaseUnavailable, apply_schema
from srk.settings import Settings

log = logging.getLogger("srk.api.ingest")
DATABASE_DOWN = "the database is unavailable"

_pipelines: dict[str, Pipeline] = {}
_pipeline_lock = threading.Lock()  # one spaCy pipeline, one extraction at a time
_schema_applied: set[str] = set()  # database URIs; the API may start before Neo4j is up


def pipeline_for(settings: Settings) -> Pipeline:
    """One loaded spaCy pipeline per process, made on first use."""
    with _pipeline_lock:
        if settings.spacy_model not in _pipelines:
            _pipelines[settings.spacy_model] = Pipeline(settings)
        return _pipelines[settings.spacy_model]


def raw_article(item: ArticleIn) -> RawArticle:
    return RawArticle(id=item.id or content_id(item.title + item.text), source=item.id or "api",
                      title=item.title, text=item.text, url=item.url, published=item.published)


SERVER_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:)?(?:[\\/][\w.@+-]+)+[\\/]([\w.@+-]+)")


def failure_reason(exc: BaseException) -> str:
    """The reason a client sees: short, and with any server path cut to its file name."""
    if isinstance(exc, DatabaseUnavailable):
        return DATABASE_DOWN
    return short(SERVER_PATH.sub(r"\1", f"{type(exc).__name__}: {exc}"), 160)


def ingest_item(pipeline: Pipeline, driver: neo4j.Driver, settings: Settings, index: int,
                item: ArticleIn) -> IngestResult:
    article_id = item.id
    try:
        article = clean(raw_article(item))
        article_id = article.id
        if not article.paragraphs:
            raise ValueError("nothing left after cleaning")
        with _pipeline_lock:
            extraction = pipeline.extract(article)
        outcome = write(driver, settings, article, extraction, pipeline.dictionary)
    except Exception as exc:  # noqa: BLE001 - the item boundary: any failure fails this item only
        log.warning("POST /ingest item %d (%s) failed", index, article_id, exc_info=exc)
        return IngestResult(index=index, article_id=article_id, status=ItemStatus.failed,
                            written=False, error=failure_reason(exc))
    status = ItemStatus.unchanged if outcome.skipped else ItemStatus.written
    return IngestResult(index=index, article_id=article.id, status=status,
                        written=not outcome.skipped, meetings=outcome.meetings,
                        stances=outcome.stances)


def ingest_items(driver: neo4j.Driver, settings: Settings,
                 items: list[ArticleIn]) -> list[IngestResult]:
    """Per-item results; DatabaseUnavailable when the database is down before any write."""
    pipeline = pipeline_for(settings)
    if settings.neo4j_uri not in _schema_applied:  # constraints before the first write
        apply_schema(driver, settings)
        _schema_applied.add(settings.neo4j_uri)
    write_topics(driver, settings)
    results = [ingest_item(pipeline, driver, settings, i, item) for i, item in enumerate(items)]
    if results and all(r.error == DATABASE_DOWN for r in results):
        raise DatabaseUnavailable(DATABASE_DOWN)
    return results
