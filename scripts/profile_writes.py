"""PROFILE the writer: database hits per article, by cypher file, for new synthetic articles
(scripts/synthetic_articles.py) written by `ingest.writer.write_article` in transactions
that are rolled back, so that two checkouts measure the same graph, side by side.

    NEO4J_URI=bolt://127.0.0.1:7692 .venv/bin/python scripts/profile_writes.py \\
        --checkout /tmp/before --first 40000 --articles 150

`--checkout`: the checkout whose writer and cypher files run (default: this one); run it once
per checkout. `--first`: the number of the first synthetic article (take one past the
graph's, so that every article is new). Nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--first", type=int, default=40_000)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7, help="of the synthetic corpus")
    return parser.parse_args(argv)


def db_hits(plan: dict) -> int:
    return plan.get("dbHits", 0) + sum(db_hits(child) for child in plan.get("children", []))


class Profiled:
    """Stands in for the writer's transaction: runs each statement under PROFILE."""

    def __init__(self, tx, names: dict[str, str], hits: Counter, calls: Counter):
        self.tx, self.names, self.hits, self.calls = tx, names, hits, calls

    def run(self, text: str, parameters: dict | None = None, **params):
        result = self.tx.run("PROFILE " + text, parameters, **params)
        records, summary = list(result), result.consume()
        name = self.names[text]
        self.hits[name] += db_hits(summary.profile)
        self.calls[name] += 1
        return Answered(records, summary)


class Answered:
    def __init__(self, records: list, summary):
        self.records, self.summary = records, summary

    def single(self):
        return self.records[0] if self.records else None

    def consume(self):
        return self.summary

    def __iter__(self):
        return iter(self.records)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sys.path[:0] = [args.checkout, str(Path(args.checkout) / "scripts")]
    from synthetic_articles import SyntheticCorpus

    from ingest.dictionary import load_dictionary
    from ingest.writer import write_article
    from srk.cypher import CYPHER_DIR, query
    from srk.db import create_driver
    from srk.settings import get_settings

    names = {query(p.stem): p.stem for p in CYPHER_DIR.glob("*.cypher")}
    settings, dictionary = get_settings(), load_dictionary()
    corpus = SyntheticCorpus(dictionary, args.seed, args.first + args.articles)
    items = list(corpus.articles())[args.first:]
    hits, calls = Counter(), Counter()
    with create_driver(settings) as driver, driver.session(
            database=settings.neo4j_database) as session:
        for article, extraction in items:
            tx = session.begin_transaction()
            write_article(Profiled(tx, names, hits, calls), article, extraction, dictionary)
            tx.rollback()
    print(f"{args.checkout}: {sum(hits.values()) / len(items):.0f} db hits per article "
          f"({len(items)} new articles)")
    for name, total in hits.most_common():
        print(f"  {name:20s} {calls[name]:5d} calls {total / len(items):8.1f} db hits per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
