"""Benchmark (not a test): `srk ingest --engine ray` with 1 and 2 workers on a local Ray
cluster, beside raw `nlp.pipe` of the same texts on both cores, and the graph it makes, for
the sizing note (articles per core-hour, graph per million articles).

    NEO4J_URI=bolt://127.0.0.1:7692 .venv/bin/python scripts/bench_ray.py \\
        --corpus ../shared/corpus/kremlin/bulk --limit 1000 --scratch-database

It EMPTIES the database of the current settings before each run (refused without
--scratch-database) and refuses SRK_DOC_CACHE (a cached parse is not a parse). A run's time
includes starting Ray and loading spaCy in each worker (a few seconds): what a user waits.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from urllib.parse import urlparse

from ingest.distributed import connect, run_ray_ingest
from ingest.nlp import parse_units
from ingest.pipeline import Pipeline, Summary
from ingest.read import expand
from srk.db import create_driver
from srk.settings import get_settings

COUNTS = ("MATCH (n) WITH count(n) AS nodes "
          "RETURN nodes, COUNT { ()-[]->() } AS relationships")


def empty_database(settings) -> None:
    with create_driver(settings) as driver, driver.session(database=settings.neo4j_database) as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def raw_pipe_seconds(pipeline: Pipeline, files: list[str], processes: int) -> tuple[float, int]:
    """Seconds of `nlp.pipe` over the articles' parse units on `processes` cores; words."""
    units = [unit for article in pipeline.articles(files, Summary())
             for unit in parse_units(article.paragraphs)]
    started = time.perf_counter()
    for _ in pipeline.nlp.pipe(units, n_process=processes):
        pass
    return time.perf_counter() - started, sum(len(u.split()) for u in units)


def ray_run(settings, files: list[str], workers: int) -> tuple[float, Summary]:
    import ray

    empty_database(settings)
    summary = Summary()
    started = time.perf_counter()
    connect(None, workers)  # a local cluster with one CPU per worker
    try:
        code = run_ray_ingest(settings, files, workers=workers, summary=summary)
    finally:
        ray.shutdown()
    if code:
        print(f"  warning: exit code {code}, failed {summary.failed}")
    return time.perf_counter() - started, summary


def graph_size(settings) -> dict:
    with create_driver(settings) as driver:
        record = driver.execute_query(COUNTS, database_=settings.neo4j_database).records[0]
    port = urlparse(settings.neo4j_uri).port or settings.neo4j_bolt_port
    store = settings.neo4j_data_home / f"instance-{port}" / "data" / "databases" / settings.neo4j_database
    size = sum(p.stat().st_size for p in store.rglob("*") if p.is_file()) if store.exists() else None
    return {"nodes": record["nodes"], "relationships": record["relationships"], "store_bytes": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--scratch-database", action="store_true",
                        help="allow emptying the database of the current settings")
    args = parser.parse_args()
    if not args.scratch_database:
        parser.error("each run empties the database: add --scratch-database")
    if os.environ.get("SRK_DOC_CACHE"):
        parser.error("unset SRK_DOC_CACHE: a cached parse is not a parse")
    settings = get_settings()
    files = sorted(expand([args.corpus]))[:args.limit]
    pipe_seconds, words = raw_pipe_seconds(Pipeline(settings), files, 2)
    runs = {workers: ray_run(settings, files, workers) for workers in (1, 2)}
    size = graph_size(settings)
    articles = len(files)
    print(f"{articles} articles, {words} words; raw nlp.pipe on 2 cores: {pipe_seconds:.1f}s "
          f"({articles / pipe_seconds:.1f} articles/s)")
    print("| workers | seconds | articles/s | share of raw nlp.pipe (2 cores) | worker CPU s "
          "| articles per worker core-hour (CPU) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for workers, (seconds, summary) in runs.items():
        rate, cpu = summary.written / seconds, summary.stage_seconds.get("worker cpu", 0.0)
        print(f"| {workers} | {seconds:.1f} | {rate:.2f} | {rate / (articles / pipe_seconds):.2f} | "
              f"{cpu:.0f} | {summary.written * 3600 / cpu if cpu else 0:,.0f} |")
    print(f"graph of {runs[2][1].written} articles: {size}")
    print(f"load average after the runs: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")
    print(json.dumps({"articles": articles, "words": words, "raw_pipe_seconds": pipe_seconds,
                      "runs": {w: {"seconds": s, "written": m.written, "failed": m.failed,
                                   "stages": m.stage_seconds}
                               for w, (s, m) in runs.items()}, "graph": size}))


if __name__ == "__main__":
    main()
