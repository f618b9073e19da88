"""The ingest pipeline: read -> clean -> annotate -> extract -> (resolve) -> write."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.clean import clean
from ingest.dictionary import Dictionary, load_dictionary
from ingest.extract import ArticleExtractor
from ingest.learned_offices import LearnedOffices
from ingest.models import Article, ArticleMeta, Extraction
from ingest.nlp import CHUNK_CHARS, TimeBudgetExceeded, cached_annotate, load_pipeline
from ingest.parse_pool import Parsed, ParsePool
from ingest.read import Problem, read_paths, short
from srk.settings import Settings


@dataclass
class Summary:
    read: int = 0
    skipped: int = 0  # unreadable input, or unchanged since the last ingest
    unchanged: int = 0
    failed: int = 0
    written: int = 0
    actors: int = 0
    meetings: int = 0
    stances: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def timed(self, stage: str, started: float) -> None:
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + time.perf_counter() - started

    def fail(self, source: str, stage: str, exc: BaseException) -> None:
        """One article failed at `stage`: counted and reported; the run goes on."""
        self.failed += 1
        self.problems.append(Problem(source, f"{stage} failed: {short(exc)}", True, failed=True))


def meta_of(article: Article) -> ArticleMeta:
    return ArticleMeta(id=article.id, source=article.source, title=article.title,
                       published=article.published.isoformat() if article.published else None)


@contextmanager
def time_budget(seconds: float) -> Iterator[float]:
    """Yield the deadline (time.monotonic) of a piece of work. In the main thread an alarm
    also interrupts the work when the deadline passes; in other threads (the API's workers)
    the work checks the deadline between its stages."""
    deadline = time.monotonic() + seconds
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield deadline
        return

    def interrupt(signum, frame):
        raise TimeBudgetExceeded(f"over the time budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Pipeline:
    """Holds the loaded spaCy pipeline and dictionary for a run."""

    def __init__(self, settings: Settings, dictionary: Dictionary | None = None):
        self.settings = settings
        self.dictionary = dictionary or load_dictionary()
        self.nlp = load_pipeline(settings.spacy_model)
        # offices learnt from the text ("President of Egypt X"): one article teaches the next
        self.learned_offices = LearnedOffices()
        self.extractor = ArticleExtractor(self.nlp, self.dictionary, self.learned_offices)

    def articles(self, paths: Iterable[str], summary: Summary) -> Iterator[Article]:
        """Cleaned articles; one that cannot be cleaned is reported and the others go on."""
        raw_iter = read_paths(paths, self.settings.max_article_bytes, summary.problems)
        while True:
            started = time.perf_counter()
            raw = next(raw_iter, None)
            summary.timed("read", started)
            if raw is None:
                return
            started = time.perf_counter()
            summary.read += 1
            try:
                article = clean(raw)
            except Exception as exc:  # noqa: BLE001 - any failure is this article's alone
                summary.fail(raw.source, "clean", exc)
                continue
            finally:
                summary.timed("clean", started)
            if not article.paragraphs:
                summary.problems.append(Problem(article.source, "nothing left after cleaning", True))
                continue
            for warning in article.warnings:
                if not warning.startswith(("dropped", "no publication")):
                    summary.problems.append(Problem(article.source, warning, False))
            yield article

    def parse_pool(self) -> ParsePool | None:
        """The shared spaCy worker processes (`INGEST_PROCESSES`); None: parse in-process."""
        processes = self.settings.ingest_processes
        return shared_pool(self.settings.spacy_model, processes) if processes > 0 else None

    def extract(self, article: Article, summary: Summary | None = None,
                parsed: Parsed | None = None) -> Extraction:
        """Annotate (unless `parsed` by a worker) and extract one article within
        ARTICLE_TIME_BUDGET (TimeBudgetExceeded); a worker's parse time counts against it."""
        budget = self.settings.article_time_budget
        if parsed is not None:
            budget -= parsed.seconds
            if parsed.error is not None:
                raise parsed.error
            if budget <= 0:
                raise TimeBudgetExceeded(f"over the time budget of {self.settings.article_time_budget:g} s")
        with time_budget(budget) as deadline:
            started = time.perf_counter()
            doc = parsed.doc if parsed is not None else cached_annotate(
                self.nlp, article.paragraphs, CHUNK_CHARS, deadline)
            if summary and parsed is None:
                summary.timed("annotate", started)
            started = time.perf_counter()
            extraction = self.extractor.run(meta_of(article), article.body, article.published,
                                            doc, outlet=article.url or article.outlet)
            if summary:
                summary.timed("extract+resolve", started)
            if time.monotonic() > deadline:
                raise TimeBudgetExceeded(
                    f"over the time budget of {self.settings.article_time_budget:g} s")
        return extraction


@lru_cache
def shared_pool(model_names: str, processes: int) -> ParsePool:
    """One pool per model and size for the process's lifetime: workers load spaCy once."""
    return ParsePool(load_pipeline(model_names), model_names, processes)
