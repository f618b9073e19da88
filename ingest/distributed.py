"""`srk ingest --engine ray`: the same pipeline on a Ray cluster.

The caller lists the input files and cuts them into small partitions; stateful workers (Ray
actors, each loading spaCy and the dictionary once) read, clean, annotate and extract them
and write each article in its own transaction through `ingest.writer.write`, straight from
the worker. Correctness under concurrency is the writer's: uniqueness constraints, MERGE on
keys, meeting locks, and a content hash that makes a repeated write a no-op, so a partition
that Ray runs again after its worker died neither drops nor doubles an article. The caller
aggregates the workers' partial summaries into the usual progress bar and run summary.

The workers are `ingest.distributed_worker`'s. Ray is imported here only, and only when a
distributed run starts.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ingest.distributed_worker import IngestWorker
from ingest.distributed_worker import forget_learned_offices as forget_learned_offices  # re-exported
from ingest.pipeline import Summary
from ingest.read import Problem, count_articles, expand
from ingest.writer import write_topics
from srk.db import DatabaseUnavailable, SchemaMissing, apply_schema, create_driver
from srk.settings import Settings

PARTITION_FILES = 4  # files per task: small enough for a fair spread and a cheap retry
IN_FLIGHT = 2  # tasks queued per worker, so a worker never waits for the caller
MAX_RESTARTS = 3  # a dead worker is started again (spaCy reloaded) this many times
OBJECT_STORE_BYTES = 256 * 1024**2  # a local cluster passes file names and summaries only


def partitions(paths: Iterable[str], size: int = PARTITION_FILES) -> list[list[str]]:
    """The input files in order, `size` to a partition (stdin cannot be shared out)."""
    files = list(expand(paths))
    if "-" in files:
        raise ValueError("stdin (-) cannot be ingested with --engine ray; give files or folders")
    return [files[i:i + size] for i in range(0, len(files), size)]


def merge_into(total: Summary, part: Summary) -> None:
    for name in ("read", "skipped", "unchanged", "failed", "written", "actors", "meetings",
                 "stances"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    for stage, seconds in part.stage_seconds.items():
        total.stage_seconds[stage] = total.stage_seconds.get(stage, 0.0) + seconds
    total.problems.extend(part.problems)


@dataclass
class Dispatch:
    """What is running: the workers and, per worker, its partitions not yet done."""

    actors: list
    in_flight: dict[int, int] = field(default_factory=dict)
    done: int = 0
    total: int = 0


OnPartition = Callable[[Dispatch, Summary], None]


def start_workers(settings: Settings, count: int) -> list:
    import ray

    remote = ray.remote(num_cpus=1, max_restarts=MAX_RESTARTS,
                        max_task_retries=MAX_RESTARTS)(IngestWorker)
    return [remote.remote(settings) for _ in range(count)]


def connect(address: str | None, workers: int | None) -> bool:
    """Join the cluster at `address` (or RAY_ADDRESS), else start a local one with a CPU per
    worker; True when this call started Ray (and so should shut it down)."""
    import ray

    if ray.is_initialized():
        return False
    options = {"include_dashboard": False, "log_to_driver": False, "logging_level": "ERROR"}
    if address or os.environ.get("RAY_ADDRESS"):
        ray.init(address=address, **options)
    else:
        # Ray nices its workers (15) to keep its own daemons responsive; here the workers
        # are the work, and would otherwise yield their cores to any other process
        os.environ.setdefault("RAY_worker_niceness", "0")
        ray.init(num_cpus=workers or os.cpu_count() or 1, object_store_memory=OBJECT_STORE_BYTES,
                 **options)
    return True


def cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def ingest_partitions(settings: Settings, parts: list[list[str]], workers: int,
                      on_partition: OnPartition | None = None) -> Summary:
    """Run `parts` on `workers` actors (Ray must be connected); the aggregated summary.
    Partial summaries are merged in partition order, so problems are listed as a local run
    lists them. A partition whose worker died more than MAX_RESTARTS times fails its files."""
    import ray
    from ray.exceptions import RayActorError

    dispatch = Dispatch(actors=start_workers(settings, workers), total=len(parts))
    waiting = list(enumerate(parts))[::-1]
    running: dict = {}  # object ref -> (partition index, worker index)
    results: dict[int, Summary] = {}

    def submit(worker: int) -> None:
        index, sources = waiting.pop()
        running[dispatch.actors[worker].ingest.remote(sources)] = (index, worker)
        dispatch.in_flight[worker] = dispatch.in_flight.get(worker, 0) + 1

    for worker in range(workers):
        for _ in range(IN_FLIGHT):
            if waiting:
                submit(worker)
    while running:
        [ref], _ = ray.wait(list(running), num_returns=1)
        index, worker = running.pop(ref)
        dispatch.in_flight[worker] -= 1
        try:
            results[index] = ray.get(ref)
        except RayActorError as exc:
            results[index] = lost_partition(parts[index], exc)
        dispatch.done += 1
        if on_partition:
            on_partition(dispatch, results[index])
        if waiting:
            submit(worker)
    total = Summary()
    for index in sorted(results):
        merge_into(total, results[index])
    return total


def lost_partition(sources: list[str], exc: BaseException) -> Summary:
    lost = Summary()
    lost.problems.extend(Problem(s, f"worker lost: {type(exc).__name__}", True, failed=True)
                         for s in sources)
    lost.failed += len(sources)
    return lost


def run_ray_ingest(settings: Settings, paths: list[str], address: str | None = None,
                   workers: int | None = None, on_partition: OnPartition | None = None,
                   summary: Summary | None = None, partition_files: int = PARTITION_FILES) -> int:
    """`srk ingest --engine ray`: the exit code, as `ingest.run.run_ingest` gives it."""
    from rich.markup import escape
    from rich.progress import Progress

    from ingest.run import (
        EXIT_DATABASE,
        console,
        exit_code,
        gained_nodes,
        node_counts,
        print_summary,
        progress_columns,
    )

    summary = summary if summary is not None else Summary()
    started = time.perf_counter()
    parts = partitions(paths, partition_files)
    stop_ray = connect(address, workers)
    try:
        count = workers or cluster_cpus()
        with create_driver(settings, settings.ingest_retry_time) as driver:
            apply_schema(driver, settings)
            before = node_counts(driver, settings)
            write_topics(driver, settings)
            with Progress(*progress_columns(), console=console, transient=True) as progress:
                task = progress.add_task(f"ray: {count} workers", total=count_articles(paths))

                def advance(dispatch: Dispatch, part: Summary) -> None:
                    progress.advance(task, part.read)
                    if on_partition:
                        on_partition(dispatch, part)

                merge_into(summary, ingest_partitions(settings, parts, count, advance))
            gained = gained_nodes(before, node_counts(driver, settings))
    except (DatabaseUnavailable, SchemaMissing) as exc:
        cause = getattr(exc, "cause", None) or exc  # a worker's error comes wrapped by Ray
        console.print(f"[red]error:[/red] {escape(' '.join(str(cause).split()))}", soft_wrap=True)
        return EXIT_DATABASE
    finally:
        if stop_ray:
            import ray

            ray.shutdown()
    print_summary(summary, started, gained)
    return exit_code(summary)
