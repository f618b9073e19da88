"""Benchmark (not a test): the graph's size as it grows, for the sizing note in README.

Ingests the articles of the given corpora in steps (the same `srk ingest` pipeline and
writer), and after each step records the nodes per label, the relationships and the store on
disk; then extrapolates each linearly to a million articles, beside its growth exponent
between the first and the last step (under 1: it grows slower than the articles, as Place
does, and the linear figure is an upper bound). `--steps-json LOG [--limit N]` prints that
summary again from the step lines of a run, up to N articles (e.g. one corpus of several).

    NEO4J_BOLT_PORT=7692 NEO4J_HTTP_PORT=7479 .venv/bin/srk neo4j start   # a SCRATCH instance
    NEO4J_BOLT_PORT=7692 NEO4J_HTTP_PORT=7479 NEO4J_URI=bolt://127.0.0.1:7692 \\
        .venv/bin/python scripts/sizing.py --corpus ../shared/corpus/kremlin/bulk \\
        --corpus ../shared/corpus/bbc --step 1000 --scratch-database --local-instance

It EMPTIES the database of the current settings first (refused without --scratch-database).
The store size is only honest on an instance whose files were never filled before (Neo4j
does not give back the space of deleted records: start it on a fresh data folder) and with
--local-instance (without it, the files lag the graph until Neo4j's next checkpoint).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import time

from bench_ray import empty_database, graph_size

from ingest.pipeline import Pipeline, Summary
from ingest.read import expand
from ingest.run import run_ingest
from srk.db import create_driver
from srk.settings import get_settings
from srkctl import neo4j_local

LABELS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label"
MILLION = 1_000_000


def labels(settings) -> dict[str, int]:
    with create_driver(settings) as driver:
        records = driver.execute_query(LABELS, database_=settings.neo4j_database).records
    return {r["label"]: r["nodes"] for r in records}


def measure(settings, articles: int, seconds: float, flush: bool) -> dict:
    if flush:  # a clean stop writes the page cache to the store files (Community has no
        neo4j_local.stop(settings)  # db.checkpoint); the files lag the graph until then
        neo4j_local.start(settings)
    return {"articles": articles, "seconds": round(seconds, 1), **graph_size(settings),
            "labels": labels(settings)}


def summary(steps: list[dict]) -> str:
    """The steps as a table, then per million articles: linear from the whole run (each
    count over the articles read), with each count's growth exponent from the first step to
    the last (1: as fast as the articles; under 1: slower, so linear over-estimates it)."""
    keys = sorted({label for s in steps for label in s["labels"]})
    first, last = steps[0], steps[-1]
    lines = ["| articles | seconds | nodes | relationships | store MB |",
             "| --- | --- | --- | --- | --- |"]
    lines += [f"| {s['articles']:,} | {s['seconds']:.0f} | {s['nodes']:,} | {s['relationships']:,} "
              f"| {(s['store_bytes'] or 0) / 1e6:.1f} |" for s in steps]
    lines += ["", f"| per million articles (linear from {last['articles']:,}) | value | growth "
              f"exponent {first['articles']:,} -> {last['articles']:,} |", "| --- | --- | --- |"]
    counts = [(f"{k} nodes", lambda s, k=k: s["labels"].get(k, 0)) for k in keys] + [
        ("nodes", lambda s: s["nodes"]), ("relationships", lambda s: s["relationships"]),
        ("store bytes", lambda s: s["store_bytes"] or 0)]
    for name, count in counts:
        per_million = count(last) * MILLION / last["articles"]
        grew = count(first) and count(last) and last["articles"] > first["articles"]
        exponent = math.log(count(last) / count(first)) / math.log(
            last["articles"] / first["articles"]) if grew else float("nan")
        lines.append(f"| {name} | {per_million:,.0f} | {exponent:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", default=[])
    parser.add_argument("--step", type=int, default=1000)
    parser.add_argument("--limit", type=int, default=0, help="with --steps-json: steps up to N")
    parser.add_argument("--scratch-database", action="store_true",
                        help="allow emptying the database of the current settings")
    parser.add_argument("--steps-json", metavar="FILE",
                        help="only print the summary of the step lines a run printed to FILE")
    parser.add_argument("--local-instance", action="store_true",
                        help="the settings' Neo4j is an `srk neo4j` instance on this machine: "
                        "stop and start it at each step, so that its store files are complete")
    args = parser.parse_args()
    if args.steps_json:
        with open(args.steps_json, encoding="utf-8") as lines:
            steps = [json.loads(line) for line in lines if line.startswith("{")]
        print(summary([s for s in steps if s["articles"] <= args.limit] if args.limit else steps))
        return
    if not args.corpus:
        parser.error("name at least one --corpus (or --steps-json FILE)")
    if not args.scratch_database:
        parser.error("the run empties the database: add --scratch-database")
    settings = get_settings()
    files = [f for corpus in args.corpus for f in sorted(expand([corpus]))]
    pipeline = Pipeline(settings)
    empty_database(settings)
    steps, started = [], time.perf_counter()
    for start in range(0, len(files), args.step):
        chunk = files[start:start + args.step]
        code = run_ingest(pipeline, chunk, Summary())
        if code:
            print(f"  warning: exit code {code} on files {start}-{start + len(chunk)}")
        steps.append(measure(settings, start + len(chunk), time.perf_counter() - started,
                             args.local_instance))
        print(json.dumps(steps[-1]), flush=True)
    print("\n" + summary(steps))
    print(f"load average after the run: {os.getloadavg()[0]:.1f} (on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
