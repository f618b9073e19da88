"""The ingest pipeline: read -> clean -> annotate -> extract -> (resolve) -> write."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ingest.clean import clean
from ingest.dictionary import Dictionary, load_dictionary
from ingest.extract import ArticleExtractor
from ingest.learned_offices import LearnedOffices
from ingest.models import Article, ArticleMeta, Extraction
from ingest.nlp import cached_annotate, load_pipeline
from ingest.read import Problem, read_paths
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


def meta_of(article: Article) -> ArticleMeta:
    return ArticleMeta(id=article.id, source=article.source, title=article.title,
                       published=article.published.isoformat() if article.published else None)


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
        raw_iter = read_paths(paths, self.settings.max_article_bytes, summary.problems)
        while True:
            started = time.perf_counter()
            raw = next(raw_iter, None)
            summary.timed("read", started)
            if raw is None:
                return
            started = time.perf_counter()
            article = clean(raw)
            summary.timed("clean", started)
            summary.read += 1
            if not article.paragraphs:
                summary.problems.append(Problem(article.source, "nothing left after cleaning", True))
                continue
            for warning in article.warnings:
                if not warning.startswith(("dropped", "no publication")):
                    summary.problems.append(Problem(article.source, warning, False))
            yield article

    def extract(self, article: Article, summary: Summary | None = None) -> Extraction:
        started = time.perf_counter()
        doc = cached_annotate(self.nlp, article.paragraphs)
        if summary:
            summary.timed("annotate", started)
        started = time.perf_counter()
        extraction = self.extractor.run(meta_of(article), article.body, article.published, doc,
                                        outlet=article.url or article.outlet)
        if summary:
            summary.timed("extract+resolve", started)
        return extraction
