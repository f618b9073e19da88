"""Throughput benchmark (not a test): extraction alone; ingest end to end beside raw nlp.pipe.

    .venv/bin/python scripts/benchmark.py --corpus ../shared/corpus/bbc --limit 2225
    NEO4J_URI=bolt://127.0.0.1:7690 .venv/bin/python scripts/benchmark.py \\
        --corpus ../shared/corpus/kremlin/bulk --limit 1000 --ingest --runs 3 --scratch-database
    NEO4J_URI=bolt://127.0.0.1:7690 .venv/bin/python scripts/benchmark.py \\
        --corpus ../shared/corpus/kremlin/bulk --limit 1000 --shortest --rss 10000 --scratch-database

--ingest measures, interleaved `--runs` times on the same texts: raw `nlp.pipe` of the loaded
pipeline (one process, and INGEST_PROCESSES processes), `srk ingest` end to end into an
emptied database, and the re-ingest of the unchanged articles; it prints the medians as a
README table. --rss ingests N articles (the corpus cycled under new ids) and samples the
RSS of the ingest (main process and its workers). Both EMPTY the database of the current
settings (NEO4J_URI ...): they refuse to run without --scratch-database. Run without
SRK_DOC_CACHE (refused too): a cached parse is not a parse.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

from ingest.nlp import parse_units
from ingest.pipeline import Pipeline, Summary
from ingest.read import expand, read_paths
from ingest.run import run_ingest
from srk.db import create_driver
from srk.settings import get_settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc_stats import RssSampler, cpu_seconds  # noqa: E402

DOMAIN = {"serbia", "russia", "kosovo"}
LINES_PER_FILE = 200


def home(actor_id: str) -> str:
    from ingest.dictionary import load_dictionary

    entry = load_dictionary().entries.get(actor_id)
    return (entry.country or entry.id) if entry else ""


def shares(summary: Summary) -> str:
    """The main thread's time per stage; the writer thread's busy time apart (it overlaps)."""
    main = {k: t for k, t in summary.stage_seconds.items() if "thread" not in k}
    total = sum(main.values()) or 1.0
    text = ", ".join(f"{stage} {100 * t / total:.0f}%" for stage, t in main.items())
    thread = summary.stage_seconds.get("write (in its thread)")
    return text + (f"; writer thread busy {thread:.1f}s of {total:.1f}s" if thread else "")


def extraction_alone(pipeline: Pipeline, files: list[str]) -> None:
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
    seconds = time.perf_counter() - started
    print(f"extract: {len(articles)} articles, {words} words in {seconds:.1f}s -> "
          f"{len(articles) / seconds:.1f} articles/s, {words / seconds:.0f} words/s")
    print(f"  time per stage: {shares(summary)}")
    print(f"  events {meetings} ({100 * meetings / max(len(articles), 1):.1f} per 100 articles), "
          f"stances {stances}; events with a Serbian, Russian or Kosovo actor {in_domain}")


def as_jsonl(files: list[str], folder: Path, copies: int = 1, total: int | None = None,
             prefix: str = "") -> int:
    """The corpus's articles as JSON lines in `folder` (files of LINES_PER_FILE: one input
    file is capped at MAX_ARTICLE_BYTES), cycled `copies` times under new ids when given a
    `prefix`; the ingest reads them as it reads the files. Returns the number of lines."""
    raws = list(read_paths(files, 10_000_000, []))
    items = itertools.islice(itertools.product(range(copies), raws), total)
    lines = 0
    for part, chunk in enumerate(chunked(items)):
        with (folder / f"items-{part:04d}.jsonl").open("w") as out:
            for copy, raw in chunk:
                out.write(json.dumps({
                    "id": f"{prefix}{copy}-{raw.id}" if prefix else raw.id, "title": raw.title,
                    "text": raw.text, "url": raw.url, "source": raw.outlet,
                    "published": raw.published.isoformat() if raw.published else None}) + "\n")
                lines += 1
    return lines


def chunked(items):
    while chunk := list(itertools.islice(items, LINES_PER_FILE)):
        yield chunk


def empty_database(settings) -> None:
    with create_driver(settings) as driver, driver.session(database=settings.neo4j_database) as s:
        s.run("MATCH (n) WHERE NOT n:Topic CALL (n) { DETACH DELETE n } "
              "IN TRANSACTIONS OF 5000 ROWS").consume()  # an auto-commit transaction


def neo4j_pid(settings) -> list[int]:
    """The local server of the settings' Bolt port (srk neo4j start), to count its CPU."""
    port = urlparse(settings.neo4j_uri).port or settings.neo4j_bolt_port
    pid_file = settings.neo4j_data_home / f"instance-{port}" / "run" / "srk-neo4j.pid"
    return [int(pid_file.read_text())] if pid_file.exists() else []


def measured(work, others: list[int]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process, its workers and `others`) of work()."""
    cpu, started = cpu_seconds(others), time.perf_counter()
    work()
    return time.perf_counter() - started, cpu_seconds(others) - cpu


def raw_pipe(pipeline: Pipeline, units: list[str], processes: int) -> None:
    for _ in pipeline.nlp.pipe(units, n_process=processes):
        pass


def ingest_into(pipeline: Pipeline, path: Path, summary: Summary) -> None:
    code = run_ingest(pipeline, [str(path)], summary)
    if code != 0:
        print(f"  warning: ingest exit code {code}, failed {summary.failed}")


def ingest_side_by_side(pipeline: Pipeline, files: list[str], runs: int) -> None:
    settings = pipeline.settings
    processes, server = settings.ingest_processes, neo4j_pid(settings)
    articles = list(pipeline.articles(files, Summary()))
    units = [u for a in articles for u in parse_units(a.paragraphs)]
    words = sum(len(a.body.split()) for a in articles)
    wall: dict[str, list[float]] = {"raw1": [], "rawN": [], "ingest": [], "reingest": []}
    cpu: dict[str, list[float]] = {"raw1": [], "ingest": []}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder)
        as_jsonl(files, path)
        if pipeline.parse_pool():  # the workers start once per process, as in `srk ingest`
            list(pipeline.parse_pool().parse([["Warm up."]], lambda p: p, 60))
        for run in range(1, runs + 1):
            for key, n in [("raw1", 1), ("rawN", processes)][:1 + (processes > 1)]:
                seconds, used = measured(lambda n=n: raw_pipe(pipeline, units, n), [])
                wall[key].append(seconds)
                cpu.setdefault(key, []).append(used)
            empty_database(settings)
            first, again = Summary(), Summary()
            seconds, used = measured(lambda s=first: ingest_into(pipeline, path, s), server)
            wall["ingest"].append(seconds)
            cpu["ingest"].append(used)
            wall["reingest"].append(measured(lambda s=again: ingest_into(pipeline, path, s), [])[0])
            print(f"run {run}: raw nlp.pipe {words / wall['raw1'][-1]:.0f} words/s, ingest "
                  f"{words / seconds:.0f} words/s (written {first.written}, failed {first.failed}), "
                  f"re-ingest {wall['reingest'][-1]:.1f}s (unchanged {again.unchanged}); CPU s "
                  f"raw {cpu['raw1'][-1]:.0f}, ingest {used:.0f}; main process: {shares(first)}",
                  flush=True)
    print_table(len(articles), words, runs, processes, wall,
                {k: statistics.median(v) for k, v in wall.items() if v},
                {k: statistics.median(v) for k, v in cpu.items() if v}, bool(server))


def print_table(articles: int, words: int, runs: int, processes: int, walls: dict, wall: dict,
                cpu: dict, with_server: bool) -> None:
    ingest, raw1 = words / wall["ingest"], words / wall["raw1"]
    print(f"\n{articles} articles, {words:,} words; median of {runs} interleaved runs; "
          f"INGEST_PROCESSES={processes}; {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print("| figure | value |\n| --- | --- |")
    print(f"| ingest end to end | {ingest:,.0f} words/s |")
    print(f"| raw `nlp.pipe`, 1 process, same texts | {raw1:,.0f} words/s |")
    per_run = sorted(r / i for r, i in zip(walls["raw1"], walls["ingest"], strict=True))
    print(f"| **ratio** ingest / raw `nlp.pipe` (1 process) | **{ingest / raw1:.2f}** "
          f"(per run: {', '.join(f'{x:.2f}' for x in per_run)}) |")
    if "rawN" in wall:
        rawn = words / wall["rawN"]
        print(f"| raw `nlp.pipe`, n_process={processes} | {rawn:,.0f} words/s |")
        print(f"| ratio ingest / raw `nlp.pipe` (n_process={processes}) | {ingest / rawn:.2f} |")
    server = " and Neo4j's" if with_server else ""
    print(f"| CPU per 1,000 words: raw `nlp.pipe` / ingest (all processes{server}) | "
          f"{1000 * cpu['raw1'] / words:.2f} s / {1000 * cpu['ingest'] / words:.2f} s "
          f"(ratio {cpu['raw1'] / cpu['ingest']:.2f}) |")
    print(f"| re-ingest of the unchanged articles | {wall['reingest']:.1f} s, "
          f"{wall['ingest'] / wall['reingest']:.0f}x faster than the first ingest |")


def rss_run(pipeline: Pipeline, files: list[str], total: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder)
        lines = as_jsonl(files, path, copies=-(-total // max(len(files), 1)), total=total,
                         prefix="rss")
        empty_database(pipeline.settings)
        summary = Summary()
        with RssSampler(lambda: summary.written + summary.unchanged + summary.failed) as sampler:
            started = time.perf_counter()
            code = run_ingest(pipeline, [str(path)], summary)
            seconds = time.perf_counter() - started
    print(f"{lines} articles in {seconds:.0f}s, exit {code}, written {summary.written}, "
          f"failed {summary.failed}; main process: {shares(summary)}")
    print(sampler.table([1000, 2500, 5000, 7500, total]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpus/kremlin/bulk")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--ingest", action="store_true", help="ingest beside raw nlp.pipe")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rss", type=int, default=0, help="ingest N articles sampling RSS")
    parser.add_argument("--shortest", action="store_true", help="the --limit shortest files")
    parser.add_argument("--scratch-database", action="store_true",
                        help="allow emptying the database of the current settings")
    args = parser.parse_args()
    if (args.ingest or args.rss) and not args.scratch_database:
        parser.error("--ingest and --rss empty the database: add --scratch-database")
    if os.environ.get("SRK_DOC_CACHE"):
        parser.error("unset SRK_DOC_CACHE: cached parses would be measured, not parses")
    files = list(expand([args.corpus]))
    if args.shortest:  # many short articles: more articles per minute for the memory run
        files.sort(key=lambda f: Path(f).stat().st_size)
    files = files[:args.limit]
    pipeline = Pipeline(get_settings())
    if args.rss:
        rss_run(pipeline, files, args.rss)
    elif args.ingest:
        ingest_side_by_side(pipeline, files, args.runs)
    else:
        extraction_alone(pipeline, files)


if __name__ == "__main__":
    main()
