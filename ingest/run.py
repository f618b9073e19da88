"""`srk ingest`: the pipeline with a progress bar and a run summary."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ingest.pipeline import Pipeline, Summary
from ingest.writer import write, write_topics
from srk.db import DatabaseUnavailable, apply_schema, create_driver

console = Console(stderr=True)


def run_ingest(pipeline: Pipeline, paths: list[str], summary: Summary | None = None) -> int:
    """Ingest `paths`; exit code 0, or 1 when nothing could be ingested, 2 when the
    database failed."""
    summary = summary or Summary()
    started = time.perf_counter()
    with create_driver(pipeline.settings, pipeline.settings.ingest_retry_time) as driver:
        try:
            apply_schema(driver, pipeline.settings)
            write_topics(driver, pipeline.settings)
            ingest_all(pipeline, driver, paths, summary)
        except DatabaseUnavailable as exc:
            console.print(f"[red]error:[/red] {exc}")
            print_summary(summary, started)
            return 2
    print_summary(summary, started)
    if summary.written + summary.unchanged == 0:
        console.print("[red]error:[/red] nothing could be ingested")
        return 1
    return 0


def ingest_all(pipeline: Pipeline, driver, paths: list[str], summary: Summary) -> None:
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        for article in pipeline.articles(paths, summary):
            progress.update(task, description=f"ingesting {article.source[-40:]}")
            extraction = pipeline.extract(article, summary)
            begun = time.perf_counter()
            try:
                result = write(driver, pipeline.settings, article, extraction,
                               pipeline.dictionary)
            except DatabaseUnavailable:
                raise
            except Exception as exc:  # one bad article never stops the batch
                summary.failed += 1
                summary.problems.append(_problem(article.source, f"write failed: {exc}"))
                continue
            finally:
                summary.timed("write", begun)
            if result.skipped:
                summary.unchanged += 1
            else:
                summary.written += 1
                summary.actors += len(extraction.actors)
                summary.meetings += result.meetings
                summary.stances += result.stances
            progress.advance(task)


def _problem(source: str, message: str):
    from ingest.read import Problem

    return Problem(source, message, True)


def print_summary(summary: Summary, started: float) -> None:
    summary.seconds = time.perf_counter() - started
    for problem in summary.problems:
        label = "skipped" if problem.fatal else "warning"
        console.print(f"[yellow]{label}[/yellow]: {problem.source}: {problem.message}")
    skipped = sum(p.fatal for p in summary.problems)
    console.print(
        f"articles read {summary.read}, written {summary.written}, unchanged {summary.unchanged}, "
        f"skipped {skipped}, failed {summary.failed}; actors {summary.actors}, "
        f"meetings {summary.meetings}, stances {summary.stances}; {summary.seconds:.1f}s")
