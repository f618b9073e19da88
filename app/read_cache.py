"""A small per-process cache of read results, keyed by (graph version, query, parameters).

The graph version is the bookmark of a trivial read (cypher/graph_version.cypher): it names
the last transaction the database committed, so every write (an ingest from any process, a
test's own statements) changes it and no answer is ever served from before a write that had
committed when the request began. The cost is one round trip per request; the gain, that a
repeated question is not asked of the database again. Trade-offs: memory (at most ENTRIES
results of at most MAX_ROWS rows, per API process) and, while ingest runs, few hits.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import neo4j
from neo4j.exceptions import Neo4jError

from srk.cypher import query
from srk.db import UNAVAILABLE_ERRORS, as_unavailable, read
from srk.settings import Settings

ENTRIES = 512
MAX_ROWS = 1000  # larger results (long exports) are not kept

_lock = threading.Lock()
_results: OrderedDict[tuple, list[dict]] = OrderedDict()


def graph_version(driver: neo4j.Driver, settings: Settings) -> tuple:
    try:
        with driver.session(database=settings.neo4j_database) as session:
            session.execute_read(lambda tx: tx.run(query("graph_version")).consume())
            return (settings.neo4j_uri, settings.neo4j_database,
                    *sorted(session.last_bookmarks().raw_values))
    except (*UNAVAILABLE_ERRORS, Neo4jError) as exc:
        unavailable = as_unavailable(exc, settings)
        if unavailable:
            raise unavailable from exc
        raise


def frozen(value):
    """A hashable form of query parameters (lists and dicts nested)."""
    if isinstance(value, dict):
        return tuple(sorted((k, frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    return value


class ReadCache:
    """One request's view: the graph version is read once, on the first query."""

    def __init__(self, driver: neo4j.Driver, settings: Settings):
        self.driver, self.settings = driver, settings
        self.version: tuple | None = None

    def rows(self, name: str, params: dict, run: Callable[[], list[dict]]) -> list[dict]:
        if self.version is None:
            self.version = graph_version(self.driver, self.settings)
        key = (self.version, name, frozen(params))
        with _lock:
            cached = _results.get(key)
            if cached is not None:
                _results.move_to_end(key)
        if cached is None:
            cached = run()
            if len(cached) <= MAX_ROWS:
                with _lock:
                    _results[key] = cached
                    while len(_results) > ENTRIES:
                        _results.popitem(last=False)
        return [dict(row) for row in cached]  # callers may pop keys of a row


class CachedReads:
    """Named queries of cypher/ run in read transactions, through the cache above."""

    def __init__(self, driver: neo4j.Driver, settings: Settings):
        self.driver, self.settings = driver, settings
        self.cache = ReadCache(driver, settings)

    def q(self, name: str, **params) -> list[dict]:
        return self.cache.rows(name, params,
                               lambda: read(self.driver, self.settings, name, **params))
