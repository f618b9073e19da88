"""Parse articles in worker processes (`INGEST_PROCESSES`), so that spaCy uses every core
while the main process extracts and writes the articles parsed before.

Results come back in input order, at most a small window ahead of the consumer, so memory
stays bounded however long the run. Extraction stays in the main process, one article after
the other: offices learnt from one article still teach the next, as in a sequential run.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ingest.nlp import CHUNK_CHARS, TimeBudgetExceeded, cached_annotate, load_pipeline

Item = TypeVar("Item")
WINDOW_PER_PROCESS = 3  # articles parsed ahead per worker: keeps both busy, memory bounded
_worker_nlp: Language | None = None


@dataclass
class Parsed:
    """One article's parse, or why it failed, and the seconds it took in the worker."""

    doc: Doc | None
    error: BaseException | None
    seconds: float


def start_worker(model_names: str) -> None:
    global _worker_nlp
    _worker_nlp = load_pipeline(model_names)


def parse_in_worker(paragraphs: list[str], budget: float) -> tuple[bytes | None, str | None, float]:
    """Runs in a worker: the article's Doc as DocBin bytes (or the time-budget error)."""
    started = time.monotonic()
    try:
        doc = cached_annotate(_worker_nlp, paragraphs, CHUNK_CHARS, started + budget)
    except TimeBudgetExceeded as exc:
        return None, str(exc), time.monotonic() - started
    return DocBin(docs=[doc]).to_bytes(), None, time.monotonic() - started


class ParsePool:
    """A pool of spaCy worker processes, started once and reused across runs."""

    def __init__(self, nlp: Language, model_names: str, processes: int):
        self.nlp = nlp
        self.processes = processes
        # forkserver: workers never inherit the threads (and held locks) of the caller
        self.executor = ProcessPoolExecutor(
            max_workers=processes, mp_context=multiprocessing.get_context("forkserver"),
            initializer=start_worker, initargs=(model_names,))

    def parse(self, items: Iterable[Item], paragraphs_of, budget: float) -> Iterator[tuple[Item, Parsed]]:
        """(item, parse) for each item, in order, parsing a bounded window ahead."""
        pending: deque[tuple[Item, Future]] = deque()
        window = WINDOW_PER_PROCESS * self.processes
        for item in items:
            pending.append((item, self.executor.submit(parse_in_worker, paragraphs_of(item), budget)))
            if len(pending) >= window:
                yield self.collect(*pending.popleft())
        while pending:
            yield self.collect(*pending.popleft())

    def collect(self, item: Item, future: Future) -> tuple[Item, Parsed]:
        try:
            data, error, seconds = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker's failure is this article's alone
            return item, Parsed(None, exc, 0.0)
        if data is None:
            return item, Parsed(None, TimeBudgetExceeded(error), seconds)
        return item, Parsed(next(DocBin().from_bytes(data).get_docs(self.nlp.vocab)), None, seconds)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
