"""Resident memory and CPU time of this process, its children (spaCy workers) and the Neo4j
server, read from /proc (Linux)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass  # the process ended
    return 0


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime, stime


def cpu_seconds(others: list[int]) -> float:
    """CPU seconds used so far by this process, its children (living or reaped) and
    `others` (the Neo4j server)."""
    mine = os.times()
    living = sum(cpu_ticks(pid) for pid in [*descendants(os.getpid()), *others])
    return (mine.user + mine.system + mine.children_user + mine.children_system
            + living / os.sysconf("SC_CLK_TCK"))


def descendants(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *descendants(child)]
    return found


class RssSampler:
    """Samples (articles done, main RSS, workers' RSS) every `interval` seconds."""

    def __init__(self, done: Callable[[], int], interval: float = 1.0, report_every: int = 500):
        self.done, self.interval, self.report_every = done, interval, report_every
        self.samples: list[tuple[int, int, int]] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def __enter__(self) -> RssSampler:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()

    def run(self) -> None:
        me, reported = os.getpid(), 0
        while not self.stop.wait(self.interval):
            self.samples.append((self.done(), rss_kib(me),
                                 sum(rss_kib(child) for child in descendants(me))))
            if self.samples[-1][0] >= reported + self.report_every:  # progress, for long runs
                reported = self.samples[-1][0]
                print(f"  {reported:,} articles: main {self.samples[-1][1] // 1024} MiB, "
                      f"workers {self.samples[-1][2] // 1024} MiB", flush=True)

    def at(self, articles: int) -> tuple[int, int, int] | None:
        """The first sample taken once `articles` were done (the last one if never)."""
        return next((s for s in self.samples if s[0] >= articles),
                    self.samples[-1] if self.samples else None)

    def table(self, marks: list[int]) -> str:
        rows = ["| articles done | main RSS | workers' RSS | total |", "| --- | --- | --- | --- |"]
        for mark in marks:
            sample = self.at(mark)
            if sample:
                done, main, workers = sample
                rows.append(f"| {done:,} | {main / 1024:.0f} MiB | {workers / 1024:.0f} MiB | "
                            f"{(main + workers) / 1024:.0f} MiB |")
        peak = max(self.samples, key=lambda s: s[1] + s[2], default=None)
        if peak:
            rows.append(f"| peak (at {peak[0]:,}) | {peak[1] / 1024:.0f} MiB | "
                        f"{peak[2] / 1024:.0f} MiB | {(peak[1] + peak[2]) / 1024:.0f} MiB |")
        return "\n".join(rows)
