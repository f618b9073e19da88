"""One worker of `srk ingest --engine ray`: a Ray actor that reads, cleans, annotates and
extracts a partition of files and writes each article in its own transaction.

It imports no Ray itself (`ingest.distributed` makes it an actor); a repeated write is a no-op
(the writer's content hash), so a partition run again after its worker died doubles nothing.
"""

from __future__ import annotations

import time

from ingest.learned_offices import LearnedOffices
from ingest.pipeline import Pipeline, Summary
from ingest.writer import write
from srk.db import DatabaseUnavailable, SchemaMissing, create_driver, read
from srk.settings import Settings


class IngestWorker:
    """One Ray actor: a loaded pipeline and a Neo4j driver, kept for the whole run."""

    def __init__(self, settings: Settings):
        self.pipeline = Pipeline(settings)
        self.driver = create_driver(settings, settings.ingest_retry_time)

    def ingest(self, sources: list[str]) -> Summary:
        """Read -> clean -> annotate -> extract -> write the articles of `sources`; the
        partial summary of this partition. A lost database is raised (the run stops)."""
        summary, cpu_started = Summary(), time.process_time()
        pipeline, settings = self.pipeline, self.pipeline.settings
        forget_learned_offices(pipeline)
        articles = list(pipeline.articles(sources, summary))
        stored = stored_hashes(self.driver, settings, [a.id for a in articles])
        for article in articles:
            if stored.get(article.id) == article.content_hash:
                summary.unchanged += 1
                continue
            try:
                extraction = pipeline.extract(article, summary)
            except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
                summary.fail(article.source, "extract", exc)
                continue
            started = time.perf_counter()
            try:
                result = write(self.driver, settings, article, extraction, pipeline.dictionary)
            except (DatabaseUnavailable, SchemaMissing):
                raise
            except Exception as exc:  # noqa: BLE001 - rolled back: nothing of it is left
                summary.fail(article.source, "write", exc)
                continue
            finally:
                summary.timed("write", started)
            count_write(summary, extraction, result)
        # CPU, not wall: what sizing needs, whatever else shares the cores
        summary.stage_seconds["worker cpu"] = time.process_time() - cpu_started
        return summary


def forget_learned_offices(pipeline: Pipeline) -> None:
    """Start a partition with nothing learnt: offices learnt from one article resolve people
    in the next ones, so keeping them across partitions would make the graph depend on which
    worker ran what, and on whether a partition was run again after its worker died."""
    pipeline.learned_offices = pipeline.extractor.learned_offices = LearnedOffices()


def stored_hashes(driver, settings: Settings, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {row["id"]: row["content_hash"] for row in read(driver, settings, "article_hashes", ids=ids)}


def count_write(summary: Summary, extraction, result) -> None:
    if result.skipped:  # written meanwhile by another worker, or by this partition's first try
        summary.unchanged += 1
        return
    summary.written += 1
    summary.actors += len(extraction.actors)
    summary.meetings += result.meetings
    summary.stances += result.stances
