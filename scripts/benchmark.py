"""Throughput benchmark (not a test): extraction alone, and ingest end to end.

    .venv/bin/python scripts/benchmark.py --corpus ../shared/corpus/kremlin/bulk --limit 300
    .venv/bin/python scripts/benchmark.py --corpus ../shared/corpus/bbc --limit 300 --ingest

--ingest writes into the Neo4j of the current settings (NEO4J_URI ...): point it at a
scratch instance. Prints articles/s, words/s, the share of time per stage, and how many
meetings and stances were found (on off-topic text such as BBC's, a precision signal).
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from ingest.pipeline import Pipeline, Summary
from ingest.read import expand
from ingest.run import run_ingest
from srk.settings import get_settings

DOMAIN = {"serbia", "russia", "kosovo"}


def home(actor_id: str) -> str:
    from ingest.dictionary import load_dictionary

    entry = load_dictionary().entries.get(actor_id)
    return (entry.country or entry.id) if entry else ""


def report(label: str, summary: Summary, seconds: float, words: int, articles: int) -> None:
    print(f"{label}: {articles} articles, {words} words in {seconds:.1f}s -> "
          f"{articles / seconds:.1f} articles/s, {words / seconds:.0f} words/s")
    total = sum(summary.stage_seconds.values()) or 1.0
    shares = ", ".join(f"{stage} {100 * t / total:.0f}%" for stage, t in summary.stage_seconds.items())
    print(f"  time per stage: {shares}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpus/kremlin/bulk")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--ingest", action="store_true", help="also ingest end to end")
    args = parser.parse_args()
    files = list(itertools.islice(expand([args.corpus]), args.limit))
    pipeline = Pipeline(get_settings())
    summary = Summary()
    started = time.perf_counter()
    words = meetings = stances = in_domain = 0
    articles = list(pipeline.articles(files, summary))
    for article in articles:
        words += len(article.body.split())
        extraction = pipeline.extract(article, summary)
        meetings += len(extraction.events)
        in_domain += sum(any(home(p.id) in DOMAIN for p in e.participants)
                         for e in extraction.events)
        stances += len(extraction.stances)
    report("extract", summary, time.perf_counter() - started, words, len(articles))
    print(f"  events {meetings} ({100 * meetings / max(len(articles), 1):.1f} per 100 articles), "
          f"stances {stances}; events with a Serbian, Russian or Kosovo actor {in_domain}")
    if args.ingest:
        summary = Summary()
        started = time.perf_counter()
        code = run_ingest(pipeline, [str(Path(f)) for f in files], summary)
        report("ingest", summary, time.perf_counter() - started, words, len(articles))
        print(f"  exit code {code}, written {summary.written}, unchanged {summary.unchanged}")


if __name__ == "__main__":
    main()
