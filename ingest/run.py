"""`srk ingest`: the pipeline with a progress bar and a run summary.

Exit codes: 0 every article written or unchanged; 1 some article failed or some input was
skipped as bad (or there was nothing to ingest); 2 the database is unavailable (unreachable,
wrong credentials, or failing after the write retries); 3 usage (the CLI's own errors).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ingest.models import Article
from ingest.parse_pool import Parsed
from ingest.pipeline import Pipeline, Summary
from ingest.read import count_articles
from ingest.write_behind import WriteBehind
from ingest.writer import write_topics
from srk.db import DatabaseUnavailable, SchemaMissing, apply_schema, create_driver, read

console = Console(stderr=True)
EXIT_OK, EXIT_SOME_FAILED, EXIT_DATABASE, EXIT_USAGE = 0, 1, 2, 3
HASH_BATCH = 64  # articles whose stored content hashes are read in one query


def run_ingest(pipeline: Pipeline, paths: list[str], summary: Summary | None = None) -> int:
    """Ingest `paths`; the exit code (see the module's docstring)."""
    summary = summary or Summary()
    started = time.perf_counter()
    with create_driver(pipeline.settings, pipeline.settings.ingest_retry_time) as driver:
        try:
            apply_schema(driver, pipeline.settings)
            before = node_counts(driver, pipeline.settings)
            write_topics(driver, pipeline.settings)
            ingest_all(pipeline, driver, paths, summary)
            gained = gained_nodes(before, node_counts(driver, pipeline.settings))
        except (DatabaseUnavailable, SchemaMissing) as exc:
            console.print(f"[red]error:[/red] {escape(' '.join(str(exc).split()))}", soft_wrap=True)
            if summary.read:
                print_summary(summary, started, None)
            return EXIT_DATABASE
    print_summary(summary, started, gained)
    return exit_code(summary)


def node_counts(driver, settings) -> dict[str, int]:
    return read(driver, settings, "health_counts")[0]


def gained_nodes(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """Nodes per label the graph gained during the run (a changed article that lost a
    meeting counts negative; another writer at the same time counts too)."""
    return {label: after[label] - before.get(label, 0) for label in after}


def exit_code(summary: Summary) -> int:
    if summary.written + summary.unchanged == 0:
        console.print("[red]error:[/red] nothing could be ingested")
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if summary.failed or any(p.fatal for p in summary.problems) else EXIT_OK


def ingest_all(pipeline: Pipeline, driver, paths: list[str], summary: Summary) -> None:
    with Progress(*progress_columns(), console=console, transient=True) as progress, \
            WriteBehind(pipeline, driver, summary) as writes:
        task = progress.add_task("ingesting", total=count_articles(paths))
        changed = changed_articles(pipeline, driver, pipeline.articles(paths, summary), summary,
                                   lambda: progress.advance(task))
        for article, parsed in parsed_articles(pipeline, changed, summary):
            progress.update(task, description=escape(article.source.rsplit("/", 1)[-1][-30:]))
            try:
                extraction = pipeline.extract(article, summary, parsed)
            except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
                summary.fail(article.source, "extract", exc)
            else:
                writes.submit(article, extraction)
            progress.advance(task)


def changed_articles(pipeline: Pipeline, driver, articles: Iterable[Article], summary: Summary,
                     on_unchanged: Callable[[], None]) -> Iterator[Article]:
    """The articles whose content hash differs from the stored one, asked in one query per
    batch before any parsing: an unchanged article costs a read, not a parse. (The writer
    checks again under the article's lock, for ingests running at the same time.)"""
    for batch in batched(articles, HASH_BATCH):
        started = time.perf_counter()
        stored = {row["id"]: row["content_hash"] for row in
                  read(driver, pipeline.settings, "article_hashes", ids=[a.id for a in batch])}
        summary.timed("hash check", started)
        for article in batch:
            if stored.get(article.id) == article.content_hash:
                summary.unchanged += 1
                on_unchanged()
            else:
                yield article


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def parsed_articles(pipeline: Pipeline, articles: Iterable[Article],
                    summary: Summary) -> Iterator[tuple[Article, Parsed | None]]:
    """Each article with its parse from the worker processes (None: parsed in-process)."""
    pool = pipeline.parse_pool()
    if pool is None:
        yield from ((article, None) for article in articles)
        return
    parses = pool.parse(articles, lambda a: a.paragraphs, pipeline.settings.article_time_budget)
    while True:
        started, other_stages = time.perf_counter(), sum(summary.stage_seconds.values())
        pair = next(parses, None)
        # waiting for the workers and unpacking; reading, cleaning, hashes are timed apart
        waited = time.perf_counter() - started - (sum(summary.stage_seconds.values()) - other_stages)
        summary.stage_seconds["annotate"] = summary.stage_seconds.get("annotate", 0.0) + waited
        if pair is None:
            return
        yield pair


def progress_columns() -> tuple[ProgressColumn, ...]:
    """Done of total, articles per second, time elapsed and the time left."""
    return (TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn())


class RateColumn(ProgressColumn):
    """Articles per second (rich's own speed columns count bytes)."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "- articles/s",
                    style="progress.data.speed")


def print_summary(summary: Summary, started: float, gained: dict[str, int] | None) -> None:
    summary.seconds = time.perf_counter() - started
    for problem in summary.problems:
        console.print(f"[yellow]{problem.label}[/yellow]: {escape(problem.source)}: "
                      f"{escape(problem.message)}", soft_wrap=True)
    skipped = sum(p.fatal and not p.failed for p in summary.problems)
    graph = ", ".join(f"{count:+d} {label}" for label, count in (gained or {}).items())
    console.print(
        f"articles read {summary.read}, written {summary.written}, unchanged {summary.unchanged}, "
        f"skipped {skipped}, failed {summary.failed}; {summary.seconds:.1f}s; "
        f"graph nodes gained: {graph or 'unknown'}", soft_wrap=True)
