"""Neo4j access shared by the API and the CLI: one driver per process, managed transactions."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import Any

import neo4j
from neo4j import GraphDatabase, unit_of_work
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable

from srk.cypher import query, statements
from srk.settings import Settings

UNAVAILABLE_ERRORS = (ServiceUnavailable, DriverError, OSError)
# Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration (our own timeout) and
# Neo.TransientError.Transaction.TransactionTimedOut are not retried by the driver, nor is
# Neo.ClientError.Transaction.LockClientStopped (our timeout struck while waiting for a lock).
RETRIED_WRITE_CODES = ("TransactionTimedOut", "LockClientStopped", "Neo.TransientError.")
FIRST_BACKOFF = 1.0  # seconds before the second try of a write; doubled each time
UNIQUE_LABELS = ("Article", "Actor", "Meeting", "Topic", "Stance", "Place", "Evidence")
_checked_drivers: weakref.WeakSet = weakref.WeakSet()


class DatabaseUnavailable(RuntimeError):
    """Neo4j cannot be reached, refused our credentials, or kept failing transiently."""


class SchemaMissing(RuntimeError):
    """The database lacks the uniqueness constraints our MERGE writes rely on."""


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


def as_unavailable(exc: Exception, settings: Settings) -> DatabaseUnavailable | None:
    """The DatabaseUnavailable that `exc` means (unreachable, wrong credentials), or None."""
    if isinstance(exc, UNAVAILABLE_ERRORS):
        return DatabaseUnavailable(f"Neo4j unreachable at {settings.neo4j_uri}: {exc}")
    if isinstance(exc, Neo4jError) and exc.code and ".Security." in exc.code:
        return DatabaseUnavailable(
            f"Neo4j refused the credentials of user {settings.neo4j_user!r} ({exc.code}); "
            "check NEO4J_PASSWORD (.env)")
    return None


def read(driver: neo4j.Driver, settings: Settings, name: str, **params: Any) -> list[dict]:
    """Run the named read query in a managed read transaction; rows as dicts."""

    def work(tx: neo4j.ManagedTransaction) -> list[dict]:
        return [record.data() for record in tx.run(query(name), params)]

    return run_managed(driver, settings, "read", work)


def retried_write_error(exc: Exception) -> bool:
    return isinstance(exc, Neo4jError) and any(c in (exc.code or "") for c in RETRIED_WRITE_CODES)


def run_managed(
    driver: neo4j.Driver, settings: Settings, mode: str, work: Callable[..., Any], *args: Any
) -> Any:
    """Run `work(tx, *args)` as a managed read or write transaction on the configured db.
    Writes get their own timeout, and a write that timed out or kept failing transiently is
    tried again after a pause (1 s, 2 s, 4 s…) up to WRITE_ATTEMPTS times: a cold or busy
    database is slow, not wrong. The driver itself retries lost connections and conflicts."""
    attempts = settings.write_attempts if mode == "write" else 1
    for attempt in range(1, attempts + 1):
        try:
            return _run_once(driver, settings, mode, work, *args)
        except Neo4jError as exc:
            if attempt == attempts or not retried_write_error(exc):
                raise
            time.sleep(FIRST_BACKOFF * 2 ** (attempt - 1))
    raise AssertionError("unreachable")  # the loop returns or raises


def _run_once(driver: neo4j.Driver, settings: Settings, mode: str, work: Callable[..., Any],
              *args: Any) -> Any:
    timeout = settings.query_timeout if mode == "read" else settings.write_timeout
    try:
        with driver.session(database=settings.neo4j_database) as session:
            runner = session.execute_read if mode == "read" else session.execute_write
            return runner(unit_of_work(timeout=timeout)(work), *args)
    except (*UNAVAILABLE_ERRORS, Neo4jError) as exc:
        unavailable = as_unavailable(exc, settings)
        if unavailable:
            raise unavailable from exc
        raise


def apply_schema(driver: neo4j.Driver, settings: Settings) -> int:
    """Create constraints and indexes (IF NOT EXISTS: idempotent); wait until online."""
    try:
        with driver.session(database=settings.neo4j_database) as session:
            for statement in statements("schema"):
                session.run(statement).consume()
            session.run(query("await_indexes")).consume()
    except (*UNAVAILABLE_ERRORS, Neo4jError) as exc:
        unavailable = as_unavailable(exc, settings)
        if unavailable:
            raise unavailable from exc
        raise
    _checked_drivers.add(driver)
    return len(statements("schema"))


def missing_constraints(driver: neo4j.Driver, settings: Settings) -> list[str]:
    """Labels whose `id` has no uniqueness constraint (our MERGE keys)."""
    records = driver.execute_query(query("unique_constraints"), database_=settings.neo4j_database,
                                   routing_=neo4j.RoutingControl.READ).records
    present = {r["label"] for r in records if r["props"] == ["id"]}
    return [label for label in UNIQUE_LABELS if label not in present]


def ensure_schema(driver: neo4j.Driver, settings: Settings) -> None:
    """Before a driver's first write: apply the schema if a constraint is missing, then
    check it (without the constraints, concurrent MERGEs could duplicate nodes)."""
    if driver in _checked_drivers:
        return
    try:
        if missing_constraints(driver, settings):
            apply_schema(driver, settings)
        missing = missing_constraints(driver, settings)
    except (*UNAVAILABLE_ERRORS, Neo4jError) as exc:
        unavailable = as_unavailable(exc, settings)
        if unavailable:
            raise unavailable from exc
        raise
    if missing:
        raise SchemaMissing(f"no uniqueness constraint on id for {', '.join(missing)}")
    _checked_drivers.add(driver)
