"""Writes in one background thread, in input order, while the main thread extracts the next
articles; the articles waiting when the thread is free go in one transaction (one commit).

A failing group is written again article by article (`writer.write_many`), so an article
still fails alone and leaves nothing. Outcomes are counted in the caller's thread, in
order, so the summary is a sequential run's; a lost database stops the run (raised).
"""

from __future__ import annotations

import queue
import threading
import time

from ingest.models import Article, Extraction
from ingest.pipeline import Pipeline, Summary
from ingest.writer import WriteResult, write_many

AHEAD = 16  # extractions waiting for their write: bounded memory, Neo4j kept busy
GROUP = 8  # most articles per transaction
STOP = None


class WriteBehind:
    def __init__(self, pipeline: Pipeline, driver, summary: Summary):
        self.pipeline, self.driver, self.summary = pipeline, driver, summary
        self.waiting: queue.Queue = queue.Queue(maxsize=AHEAD)
        self.done: queue.Queue = queue.Queue()
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self.run, name="srk-write", daemon=True)
        self.thread.start()

    def __enter__(self) -> WriteBehind:
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        while exc_type is not None and not self.waiting.empty():  # stopping: drop what waits
            self.waiting.get_nowait()
        self.put(STOP, check=False)
        started = time.perf_counter()
        self.thread.join()
        self.summary.timed("write (waited for)", started)
        self.count_done()
        if exc_type is None and self.failure is not None:
            raise self.failure

    def submit(self, article: Article, extraction: Extraction) -> None:
        started = time.perf_counter()
        self.put((article, extraction))
        self.summary.timed("write (waited for)", started)
        self.count_done()

    def put(self, item, check: bool = True) -> None:
        while True:
            if check and self.failure is not None:
                raise self.failure
            try:
                self.waiting.put(item, timeout=0.2)
                return
            except queue.Full:
                if not self.thread.is_alive():
                    return

    def run(self) -> None:
        """The writer thread: groups of waiting articles, one transaction each."""
        while True:
            group = [self.waiting.get()]
            while group[-1] is not STOP and len(group) < GROUP and not self.waiting.empty():
                group.append(self.waiting.get())
            items = [item for item in group if item is not STOP]
            if items:
                started = time.perf_counter()
                try:
                    results = write_many(self.driver, self.pipeline.settings, items,
                                         self.pipeline.dictionary)
                except BaseException as exc:  # noqa: BLE001 - a lost database: handed to the caller
                    self.failure = exc
                    return
                self.done.put((items, results, time.perf_counter() - started))
            if group[-1] is STOP:
                return

    def count_done(self) -> None:
        while not self.done.empty():
            items, results, seconds = self.done.get()
            self.summary.stage_seconds["write (in its thread)"] = (
                self.summary.stage_seconds.get("write (in its thread)", 0.0) + seconds)
            for (article, extraction), result in zip(items, results, strict=True):
                self.count(article, extraction, result)

    def count(self, article: Article, extraction: Extraction,
              result: WriteResult | Exception) -> None:
        if isinstance(result, Exception):
            self.summary.fail(article.source, "write", result)
        elif result.skipped:
            self.summary.unchanged += 1
        else:
            self.summary.written += 1
            self.summary.actors += len(extraction.actors)
            self.summary.meetings += result.meetings
            self.summary.stances += result.stances
