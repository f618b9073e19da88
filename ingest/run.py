"""`srk ingest`: the pipeline with a progress bar and a run summary.

Exit codes: 0 every article written or unchanged; 1 some article failed or some input was
skipped as bad (or there was nothing to ingest); 2 the database is unavailable (unreachable,
wrong credentials, or failing after the write retries); 3 usage (the CLI's own errors).
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ingest.pipeline import Pipeline, Summary
from ingest.writer import write, write_topics
from srk.db import DatabaseUnavailable, SchemaMissing, apply_schema, create_driver

console = Console(stderr=True)
EXIT_OK, EXIT_SOME_FAILED, EXIT_DATABASE, EXIT_USAGE = 0, 1, 2, 3


def run_ingest(pipeline: Pipeline, paths: list[str], summary: Summary | None = None) -> int:
    """Ingest `paths`; the exit code (see the module's docstring)."""
    summary = summary or Summary()
    started = time.perf_counter()
    with create_driver(pipeline.settings, pipeline.settings.ingest_retry_time) as driver:
        try:
            apply_schema(driver, pipeline.settings)
            write_topics(driver, pipeline.settings)
            ingest_all(pipeline, driver, paths, summary)
        except (DatabaseUnavailable, SchemaMissing) as exc:
            console.print(f"[red]error:[/red] {escape(str(exc))}")
            print_summary(summary, started)
            return EXIT_DATABASE
    print_summary(summary, started)
    return exit_code(summary)


def exit_code(summary: Summary) -> int:
    if summary.written + summary.unchanged == 0:
        console.print("[red]error:[/red] nothing could be ingested")
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if summary.failed or any(p.fatal for p in summary.problems) else EXIT_OK


def ingest_all(pipeline: Pipeline, driver, paths: list[str], summary: Summary) -> None:
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        for article in pipeline.articles(paths, summary):
            progress.update(task, description=f"ingesting {escape(article.source[-40:])}")
            ingest_one(pipeline, driver, article, summary)
            progress.advance(task)


def ingest_one(pipeline: Pipeline, driver, article, summary: Summary) -> None:
    """Extract and write one article; any failure but a lost database is this article's."""
    try:
        extraction = pipeline.extract(article, summary)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
        summary.fail(article.source, "extract", exc)
        return
    begun = time.perf_counter()
    try:
        result = write(driver, pipeline.settings, article, extraction, pipeline.dictionary)
    except (DatabaseUnavailable, SchemaMissing):
        raise
    except Exception as exc:  # noqa: BLE001 - the transaction rolled back: nothing half-written
        summary.fail(article.source, "write", exc)
        return
    finally:
        summary.timed("write", begun)
    if result.skipped:
        summary.unchanged += 1
    else:
        summary.written += 1
        summary.actors += len(extraction.actors)
        summary.meetings += result.meetings
        summary.stances += result.stances


def print_summary(summary: Summary, started: float) -> None:
    summary.seconds = time.perf_counter() - started
    for problem in summary.problems:
        console.print(f"[yellow]{problem.label}[/yellow]: {escape(problem.source)}: "
                      f"{escape(problem.message)}")
    skipped = sum(p.fatal and not p.failed for p in summary.problems)
    console.print(
        f"articles read {summary.read}, written {summary.written}, unchanged {summary.unchanged}, "
        f"skipped {skipped}, failed {summary.failed}; actors {summary.actors}, "
        f"meetings {summary.meetings}, stances {summary.stances}; {summary.seconds:.1f}s")
