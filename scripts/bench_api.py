"""API load benchmark (not a test): the issue-10 endpoints against hello-world, in one run.

    NEO4J_URI=bolt://127.0.0.1:7694 .venv/bin/python scripts/bench_api.py --workers 2

Starts the API (uvicorn app.main:app --workers N, loopback) against the Neo4j of the current
settings, or loads a running one (--url, loopback only), and a hello-world FastAPI app on
the same uvicorn with the same workers. Then, endpoint after endpoint, `--clients`
keep-alive clients send requests for `--seconds` or until `--max-requests`; the API's RSS
(all its processes) is sampled meanwhile. Prints a markdown table of req/s, p50, p99 and
their ratios to hello-world; `/meetings.csv` also gets time to first byte and bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import socket
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from urllib.parse import quote

import httpx
from bench_load import RssWatch, Samples, percentile, require_loopback, run_load

SCRIPTS = Path(__file__).resolve().parent
ENDPOINTS = ("/meetings", "/who-met-whom?topic={topic}", "/timeline", "/actors?q={query}",
             "/actors/{actor}/meetings", "/stances", "/stats")
CSV = "/meetings.csv"
# --vary: each request another day, month, actor or name, so that no two requests in a row
# are the same question (a read cache answers repeated questions without the database)
VARIED = ("/meetings?from={day}", "/who-met-whom?topic={topic}&from={month}",
          "/timeline?from={day}", "/actors?q={name}", "/actors/{actor}/meetings",
          "/stances?holder={actor}", "/stats")
CSV_VARIED = "/meetings.csv?from={day}"
VARIANTS = 2000  # per endpoint, more than a per-process cache keeps


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running API (loopback); default: start one")
    parser.add_argument("--app-dir", default=str(SCRIPTS.parent),
                        help="the checkout whose app/ is served (e.g. an export of another commit)")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers, both servers")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients")
    parser.add_argument("--processes", type=int, default=2,
                        help="client processes (a Python client tops out below hello-world)")
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint")
    parser.add_argument("--max-requests", type=int, default=50_000, help="per endpoint")
    parser.add_argument("--actor", default="vladimir-putin")
    parser.add_argument("--query", default="putin")
    parser.add_argument("--topic", default="kosovo")
    parser.add_argument("--api-key", help="sent as X-API-Key")
    parser.add_argument("--vary", action="store_true",
                        help="a different day, month, actor or name in each request")
    parser.add_argument("--seed", type=int, default=7, help="of the graph (actors) for --vary")
    parser.add_argument("--only", nargs="*", help="endpoints to run (paths as in the table)")
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    return parser.parse_args(argv)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server for {url} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"server for {url} did not answer in {timeout:.0f} s")


@contextmanager
def uvicorn(target: str, app_dir: str, workers: int, probe: str, env: dict):
    """uvicorn serving `target` on a free loopback port; yields (base url, pid)."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", target, "--app-dir", app_dir,
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
               "--no-access-log", "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=app_dir, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + probe, process)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def api_env(app_dir: str) -> dict:
    # one cursor key for every worker, so a cursor from one worker is valid on the next
    return {**os.environ, "PYTHONPATH": app_dir,
            "SRK_CURSOR_SECRET": os.environ.get("SRK_CURSOR_SECRET") or secrets.token_hex(32)}


def row(name: str, samples: Samples, rss: int) -> dict:
    done = len(samples.latencies)
    ms = [s * 1000 for s in samples.latencies]
    result = {"endpoint": name, "requests": done, "errors": sum(samples.errors.values()),
              "error_kinds": dict(samples.errors),
              "rps": done / samples.seconds if samples.seconds else 0.0,
              "p50_ms": percentile(ms, 0.50), "p99_ms": percentile(ms, 0.99),
              "kb_per_response": samples.bytes / done / 1024 if done else 0.0,
              "rss_mb": rss / 2**20}
    if samples.first_bytes:
        first = [s * 1000 for s in samples.first_bytes]
        result |= {"first_byte_p50_ms": percentile(first, 0.50),
                   "first_byte_p99_ms": percentile(first, 0.99)}
    return result


def warm_up(base: str, path: list[str], args: argparse.Namespace, headers: dict) -> None:
    """A few requests first (not counted), so that each worker has its plans and pools."""
    run_load(base, path, args.workers * 2, 0.0, args.workers * 2, 1, False, headers)


def measure(base: str, template: str, pid: int | None, args: argparse.Namespace,
            stream: bool = False) -> dict:
    headers = {"X-API-Key": args.api_key} if args.api_key else {}
    paths = variants(template, args.seed) if args.vary else [template]
    warm_up(base, paths, args, headers)
    with RssWatch(pid) as watch:
        samples = run_load(base, paths, args.clients, args.seconds, args.max_requests,
                           args.processes, stream, headers)
    return row(template, samples, watch.peak)


@cache
def graph_actors(seed: int) -> dict[str, str]:
    """Id -> name of the first 1,000 actors of the synthetic graph of `seed` (all of which
    have meetings in a graph of 33k articles)."""
    from synthetic_articles import SyntheticCorpus

    from ingest.dictionary import load_dictionary

    dictionary = load_dictionary()
    return {a: dictionary.entries[a].name
            for a in SyntheticCorpus(dictionary, seed, 1).actor_pool[:1000]}


def variants(template: str, seed: int) -> list[str]:
    """`template` filled VARIANTS times: random days and months of 2000-2026, topics, and
    actors of the synthetic graph."""
    from synthetic_articles import FIRST_DAY, LAST_DAY

    from ingest.topics import vocabulary

    if "{" not in template:
        return [template]
    actors = graph_actors(seed)
    r, span = random.Random(seed), (LAST_DAY - FIRST_DAY).days
    topics, ids = sorted(vocabulary()), sorted(actors)
    out = []
    for _ in range(VARIANTS):
        day, actor = FIRST_DAY + timedelta(days=r.randrange(span)), r.choice(ids)
        out.append(template.format(day=day.isoformat(), month=day.isoformat()[:7],
                                   topic=r.choice(topics), actor=actor, name=quote(actors[actor])))
    return out


def fmt(value: float, digits: int = 1) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"  # NaN: no request completed


def baseline(first: dict, last: dict) -> dict:
    """Hello-world measured before and after the API: the mean of the two, for the ratios."""
    return {k: (first[k] + last[k]) / 2 for k in ("rps", "p50_ms", "p99_ms")}


def table(rows: list[dict], hellos: list[dict]) -> str:
    hello = baseline(*hellos)
    lines = ["| endpoint | requests | errors | req/s | p50 ms | p99 ms | req/s ÷ hello | "
             "p99 × hello | first byte p50 / p99 ms | KB/resp | API RSS max MB |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in [*hellos, *rows]:
        first = (f"{fmt(r['first_byte_p50_ms'])} / {fmt(r['first_byte_p99_ms'])}"
                 if "first_byte_p50_ms" in r else "")
        rss = fmt(r["rss_mb"], 0) if r["rss_mb"] else ""
        kinds = ", ".join(f"{n}× {kind}" for kind, n in r["error_kinds"].items())
        lines.append(
            f"| `{r['endpoint']}` | {r['requests']} | {kinds or 0} | {fmt(r['rps'])} | "
            f"{fmt(r['p50_ms'])} | {fmt(r['p99_ms'])} | {fmt(r['rps'] / hello['rps'], 3)} | "
            f"{fmt(r['p99_ms'] / hello['p99_ms'])} | {first} | {fmt(r['kb_per_response'])} | "
            f"{rss} |")
    return "\n".join(lines)


def paths(args: argparse.Namespace) -> list[str]:
    if args.vary:
        return [p for p in (*VARIED, CSV_VARIED)
                if not args.only or p.split("?")[0] in args.only]
    chosen = [p.format(actor=args.actor, query=args.query, topic=args.topic)
              for p in (*ENDPOINTS, CSV)]
    return [p for p in chosen if not args.only or p.split("?")[0] in args.only or p in args.only]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with ExitStack() as stack:
        hello_base, _ = stack.enter_context(
            uvicorn("bench_hello:app", str(SCRIPTS), args.workers, "/", dict(os.environ)))
        if args.url:
            api_base, api_pid = require_loopback(args.url), None
        else:
            api_base, api_pid = stack.enter_context(uvicorn(
                "app.main:app", args.app_dir, args.workers, "/health", api_env(args.app_dir)))
        hellos = [measure(hello_base, "/", None, args)]
        rows = [measure(api_base, p, api_pid, args, stream=p.startswith(CSV)) for p in paths(args)]
        hellos.append(measure(hello_base, "/", None, args))
    hellos[0]["endpoint"], hellos[1]["endpoint"] = "hello-world / (first)", "hello-world / (last)"
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
          f"{args.workers} uvicorn workers, {args.clients} clients in {args.processes} "
          f"process(es), {args.seconds:g} s or {args.max_requests} requests per endpoint"
          + (f", {VARIANTS} variants of each request" if args.vary else "") + "\n")
    print(table(rows, hellos))
    if args.json:
        print(json.dumps({"hello": hellos, "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
