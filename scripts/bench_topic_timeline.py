"""GET /topics/{id}/timeline before and after the TopicMonth buckets, in one run (not a test).

    git archive <baseline commit> | tar -x -C /tmp/before
    NEO4J_URI=bolt://127.0.0.1:7692 .venv/bin/python scripts/bench_topic_timeline.py \\
        --before-dir /tmp/before

Serves the baseline checkout's app/ and this checkout's app/ (uvicorn, `--workers` each,
loopback) against the Neo4j of the current settings, and hello-world on the same uvicorn;
then hello-world, before, after, hello-world again, each loaded by `--clients` keep-alive
clients for `--seconds` or `--max-requests` (scripts/bench_load.py). Prints the table of
scripts/bench_api.py (req/s, p50, p99, KB per answer, ratios to hello-world) and the ratios
after / before. The graph must hold the buckets (ingest keeps them; an older graph:
scripts/refresh_read_model.py), which the baseline does not read.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import ExitStack

from bench_api import SCRIPTS, api_env, fmt, measure, table, uvicorn


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-dir", required=True, help="checkout of the baseline commit")
    parser.add_argument("--after-dir", default=str(SCRIPTS.parent), help="default: this checkout")
    parser.add_argument("--topic", default="kosovo")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers, every server")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--processes", type=int, default=2, help="client processes")
    parser.add_argument("--seconds", type=float, default=10.0, help="per server")
    parser.add_argument("--max-requests", type=int, default=50_000, help="per server")
    parser.add_argument("--api-key", help="sent as X-API-Key")
    args = parser.parse_args(argv)
    args.vary, args.seed = False, 0  # what bench_api.measure reads
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    path = f"/topics/{args.topic}/timeline"
    with ExitStack() as stack:
        hello, _ = stack.enter_context(
            uvicorn("bench_hello:app", str(SCRIPTS), args.workers, "/", dict(os.environ)))
        servers = {name: stack.enter_context(uvicorn("app.main:app", folder, args.workers,
                                                     "/health", api_env(folder)))
                   for name, folder in (("before", args.before_dir), ("after", args.after_dir))}
        hellos = [measure(hello, "/", None, args)]
        rows = {name: measure(base, path, pid, args) for name, (base, pid) in servers.items()}
        hellos.append(measure(hello, "/", None, args))
    hellos[0]["endpoint"], hellos[1]["endpoint"] = "hello-world / (first)", "hello-world / (last)"
    for name, row in rows.items():
        row["endpoint"] = f"{path} ({name})"
    print(f"{os.cpu_count()} cores, {args.workers} uvicorn workers, {args.clients} clients, "
          f"{args.seconds:g} s or {args.max_requests} requests per server\n")
    print(table(list(rows.values()), hellos))
    before, after = rows["before"], rows["after"]
    print(f"\nafter vs before: req/s × {fmt(ratio(after['rps'], before['rps']))}, "
          f"p50 ÷ {fmt(ratio(before['p50_ms'], after['p50_ms']))}, "
          f"p99 ÷ {fmt(ratio(before['p99_ms'], after['p99_ms']))}, "
          f"bytes per answer ÷ {fmt(ratio(before['kb_per_response'], after['kb_per_response']))}")
    return 0


def ratio(a: float, b: float) -> float:
    return a / b if a and b else float("nan")  # a server that answered nothing: no ratio


if __name__ == "__main__":
    sys.exit(main())
