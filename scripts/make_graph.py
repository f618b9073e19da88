"""Build a large synthetic graph with the real writer, for the API load benchmark.

    NEO4J_URI=bolt://127.0.0.1:7694 .venv/bin/python scripts/make_graph.py --articles 33000

Synthetic articles and extractions (scripts/synthetic_articles.py) go through
`ingest.writer.write_article`, what `srk ingest` runs: the same cypher files, MERGE keys,
meetings shared across articles, coarse dates absorbed, meetings refreshed. By default its
statements are batched (scripts/bulk_writer.py: each cypher file runs once per `--batch`
articles): the writer alone does 2-10 articles/s on this shared 2-core machine, batched
~50. `--per-article` runs the writer itself, article after article. Reproducible (`--seed`:
the same arguments, the same articles) and idempotent (a second run skips every article:
same content hash). It writes into the Neo4j of the current settings: use a scratch one.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Iterator

import neo4j
from bulk_writer import write_many
from synthetic_articles import SyntheticCorpus

from ingest.dictionary import load_dictionary
from ingest.writer import write_article, write_topics
from srk.db import apply_schema, create_driver, run_managed
from srk.settings import get_settings

COUNT_NODES = "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS n"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=33_000, help="how many (default 33000)")
    parser.add_argument("--seed", type=int, default=7, help="same seed, same graph")
    parser.add_argument("--batch", type=int, default=25, help="articles per transaction")
    parser.add_argument("--per-article", action="store_true",
                        help="the writer's own statements one article at a time (slow)")
    parser.add_argument("--every", type=float, default=10.0, help="seconds between progress lines")
    parser.add_argument("--json", action="store_true", help="end with one JSON summary line")
    return parser.parse_args(argv)


def batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def write_each(tx: neo4j.ManagedTransaction, batch: list, dictionary) -> tuple[int, int]:
    """The writer itself, article after article (in one transaction)."""
    results = [write_article(tx, article, extraction, dictionary)
               for article, extraction in batch]
    skipped = sum(r.skipped for r in results)
    return len(results) - skipped, skipped


def graph_counts(driver: neo4j.Driver, database: str) -> dict:
    nodes = driver.execute_query(COUNT_NODES, database_=database).records
    relationships = driver.execute_query(COUNT_RELATIONSHIPS, database_=database).records
    by_label = {r["label"]: r["n"] for r in nodes}
    return {"nodes": sum(by_label.values()), "relationships": relationships[0]["n"],
            "by_label": by_label}


def progress(done: int, total: int, started: float) -> str:
    elapsed = time.perf_counter() - started
    rate = done / elapsed if elapsed else 0.0
    eta = (total - done) / rate if rate else 0.0
    return (f"{done}/{total} articles, {rate:.0f} articles/s, "
            f"{elapsed:.0f} s elapsed, ETA {eta:.0f} s")


def build(args: argparse.Namespace) -> dict:
    settings = get_settings()
    driver = create_driver(settings, retry_time=settings.ingest_retry_time)
    try:
        apply_schema(driver, settings)
        write_topics(driver, settings)
        dictionary = load_dictionary()
        corpus = SyntheticCorpus(dictionary, args.seed, args.articles)
        writer = write_each if args.per_article else write_many
        written = skipped = 0
        started = last = time.perf_counter()
        for batch in batches(corpus.articles(), args.batch):
            w, s = run_managed(driver, settings, "write", writer, batch, dictionary)
            written, skipped = written + w, skipped + s
            if time.perf_counter() - last >= args.every:
                last = time.perf_counter()
                print(progress(written + skipped, args.articles, started), file=sys.stderr,
                      flush=True)
        seconds = time.perf_counter() - started
        return {"articles": args.articles, "seed": args.seed, "written": written,
                "skipped": skipped, "seconds": round(seconds, 1),
                **graph_counts(driver, settings.neo4j_database)}
    finally:
        driver.close()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    summary = build(args)
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print(f"{summary['written']} written, {summary['skipped']} unchanged in "
              f"{summary['seconds']} s; graph: {summary['nodes']} nodes "
              f"({', '.join(f'{k} {v}' for k, v in summary['by_label'].items())}), "
              f"{summary['relationships']} relationships")
    return 0


if __name__ == "__main__":
    sys.exit(main())
