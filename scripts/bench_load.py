"""The load generator of scripts/bench_api.py: concurrent keep-alive clients on loopback,
bounded in time and in requests, and the memory of the server's processes meanwhile."""

from __future__ import annotations

import asyncio
import os
import statistics
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
TIMEOUT = 30.0  # seconds: a request slower than this counts as an error


def require_loopback(url: str) -> str:
    host = urlsplit(url).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to load {host!r}: loopback only ({', '.join(sorted(LOOPBACK))})")
    return url.rstrip("/")


@dataclass
class Samples:
    """What the clients saw: a latency per completed request, first-byte times if asked."""

    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    first_bytes: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)  # status code or exception name
    bytes: int = 0

    def add(self, other: Samples) -> None:
        self.seconds = max(self.seconds, other.seconds)
        self.latencies += other.latencies
        self.first_bytes += other.first_bytes
        self.errors.update(other.errors)
        self.bytes += other.bytes


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


async def one_client(client: httpx.AsyncClient, paths: list[str], deadline: float,
                     budget: list[int], samples: Samples, stream: bool) -> None:
    while time.perf_counter() < deadline and budget[0] > 0:
        budget[0] -= 1
        path = paths[budget[0] % len(paths)]  # each request the next variant
        started = time.perf_counter()
        try:
            async with client.stream("GET", path) as response:
                size, first = 0, None
                async for chunk in response.aiter_raw():
                    first = first or time.perf_counter()
                    size += len(chunk)
                error = None if response.status_code == 200 else str(response.status_code)
        except httpx.HTTPError as exc:
            error = type(exc).__name__
        if error:
            samples.errors[error] += 1
            continue
        samples.latencies.append(time.perf_counter() - started)
        samples.bytes += size
        if stream:
            samples.first_bytes.append((first or time.perf_counter()) - started)


async def load(base: str, paths: list[str], clients: int, seconds: float, max_requests: int,
               stream: bool, headers: dict) -> Samples:
    samples, budget = Samples(), [max_requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=TIMEOUT,
                                 headers=headers) as client:
        started = time.perf_counter()
        deadline = started + seconds if seconds > 0 else float("inf")  # else: budget only
        await asyncio.gather(*(one_client(client, paths, deadline, budget, samples, stream)
                               for _ in range(clients)))
        samples.seconds = time.perf_counter() - started
    return samples


def load_in_process(args: tuple) -> Samples:
    return asyncio.run(load(*args))


def run_load(base: str, paths: str | list[str], clients: int, seconds: float,
             max_requests: int, processes: int = 1, stream: bool = False,
             headers: dict | None = None) -> Samples:
    """`clients` concurrent clients spread over `processes` client processes (a Python
    client saturates one core before a fast server does), asking `paths` in turn."""
    paths = [paths] if isinstance(paths, str) else paths
    processes = max(1, min(processes, clients))
    shares = [clients // processes + (i < clients % processes) for i in range(processes)]
    jobs = [(base, paths[i::processes] or paths, n, seconds, max_requests // processes, stream,
             headers or {}) for i, n in enumerate(shares)]
    total = Samples()
    if processes == 1:
        total.add(load_in_process(jobs[0]))
        return total
    with ProcessPoolExecutor(processes) as pool:
        for part in pool.map(load_in_process, jobs):
            total.add(part)
    return total


def process_tree(root: int) -> list[int]:
    """`root` and its descendants (uvicorn's workers), from /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += parents.get(pid, [])
    return tree


def rss_bytes(root: int) -> int:
    total = 0
    for pid in process_tree(root):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) * 1024 for line in status.splitlines()
                       if line.startswith("VmRSS:")), 0)
    return total


class RssWatch:
    """Samples the RSS of a process tree in a thread; `peak` after the block."""

    def __init__(self, root: int | None, every: float = 0.2):
        self.root, self.every, self.peak = root, every, 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)

    def watch(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, rss_bytes(self.root))
            self.stop.wait(self.every)

    def __enter__(self) -> RssWatch:
        if self.root and os.path.exists(f"/proc/{self.root}"):
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()
