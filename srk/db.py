"""Neo4j access shared by the API and the CLI: one driver per process, managed transactions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import neo4j
from neo4j import GraphDatabase, unit_of_work
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable

from srk.cypher import query, statements
from srk.settings import Settings

UNAVAILABLE_ERRORS = (ServiceUnavailable, DriverError, OSError)


class DatabaseUnavailable(RuntimeError):
    """Neo4j cannot be reached (or answered with a transient failure)."""


def create_driver(settings: Settings, retry_time: float | None = None) -> neo4j.Driver:
    """A driver that gives up quickly (short connection timeout and retry time) unless a
    longer `retry_time` is asked for, as batch writers do to ride out lock conflicts."""
    return GraphDatabase.driver(
        settings.neo4j_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        connection_timeout=settings.neo4j_connect_timeout,
        connection_acquisition_timeout=settings.neo4j_connect_timeout + 1,
        max_transaction_retry_time=retry_time or settings.neo4j_retry_time,
        notifications_min_severity="OFF",
    )


def read(driver: neo4j.Driver, settings: Settings, name: str, **params: Any) -> list[dict]:
    """Run the named read query in a managed read transaction; rows as dicts."""

    def work(tx: neo4j.ManagedTransaction) -> list[dict]:
        return [record.data() for record in tx.run(query(name), params)]

    return run_managed(driver, settings, "read", work)


def run_managed(
    driver: neo4j.Driver, settings: Settings, mode: str, work: Callable[..., Any], *args: Any
) -> Any:
    """Run `work(tx, *args)` as a managed read or write transaction on the configured db."""
    try:
        with driver.session(database=settings.neo4j_database) as session:
            runner = session.execute_read if mode == "read" else session.execute_write
            return runner(unit_of_work(timeout=settings.query_timeout)(work), *args)
    except UNAVAILABLE_ERRORS as exc:
        raise DatabaseUnavailable(f"Neo4j unreachable at {settings.neo4j_uri}: {exc}") from exc
    except Neo4jError as exc:
        if exc.code and "Security" in exc.code:
            raise DatabaseUnavailable(f"Neo4j refused the credentials: {exc.message}") from exc
        raise


def apply_schema(driver: neo4j.Driver, settings: Settings) -> int:
    """Create constraints and indexes (IF NOT EXISTS: idempotent); wait until online."""
    try:
        with driver.session(database=settings.neo4j_database) as session:
            for statement in statements("schema"):
                session.run(statement).consume()
            session.run(query("await_indexes")).consume()
    except UNAVAILABLE_ERRORS as exc:
        raise DatabaseUnavailable(f"Neo4j unreachable at {settings.neo4j_uri}: {exc}") from exc
    return len(statements("schema"))
