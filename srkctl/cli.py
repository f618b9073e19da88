"""The `srk` command: local Neo4j, schema, API server, ingest, extract, eval."""

from __future__ import annotations

import typer

from srk.settings import get_settings
from srkctl import neo4j_local
from srkctl.extract_commands import evaluate, extract
from srkctl.ingest_command import ingest
from srkctl.usage import USAGE_EXIT, fail, package_version, settings_line, usage_line

CLICK_USAGE_EXIT = 2  # click's code for usage errors; ours 2 means "database unavailable"
# no_args_is_help would print the whole help page: a bare `srk` gets one line instead
app = typer.Typer(add_completion=False, help=__doc__)
neo4j_app = typer.Typer(help="Run a local Neo4j 5.26 Community server.")
app.add_typer(neo4j_app, name="neo4j")


def show_version(asked: bool) -> None:
    if asked:
        typer.echo(f"srk {package_version()}")
        raise typer.Exit(0)


@app.callback()
def root(version: bool = typer.Option(False, "--version", is_eager=True, callback=show_version,
                                      help="Print the version and exit.")) -> None:
    """The `srk` command: local Neo4j, schema, API server, ingest, extract, eval."""


@neo4j_app.command("fetch")
def neo4j_fetch() -> None:
    """Resolve the server jars through Maven (cached)."""
    layout = neo4j_local.Layout.from_settings(get_settings())
    try:
        neo4j_local.fetch(layout)
    except neo4j_local.Neo4jLocalError as exc:
        fail(str(exc))
    typer.echo(f"Neo4j {neo4j_local.NEO4J_VERSION} jars in {layout.lib}")


@neo4j_app.command("start")
def neo4j_start() -> None:
    """Start the server (reuse it if running) and wait until Bolt answers."""
    try:
        typer.echo(neo4j_local.start(get_settings()))
    except neo4j_local.Neo4jLocalError as exc:
        fail(str(exc))


@neo4j_app.command("stop")
def neo4j_stop() -> None:
    """Stop the server this project started."""
    typer.echo(neo4j_local.stop(get_settings()))


@neo4j_app.command("status")
def neo4j_status() -> None:
    """Say whether the local server runs; exit 3 when it does not."""
    running, message = neo4j_local.status(get_settings())
    typer.echo(message)
    if not running:
        raise typer.Exit(3)


@app.command("schema")
def schema() -> None:
    """Apply cypher/schema.cypher (idempotent)."""
    from srk.db import DatabaseUnavailable, apply_schema, create_driver

    settings = get_settings()
    with create_driver(settings) as driver:
        try:
            count = apply_schema(driver, settings)
        except DatabaseUnavailable as exc:  # unreachable or wrong credentials
            fail(str(exc), code=2)
    typer.echo(f"schema applied: {count} statements")


# defined in their own modules, registered here in the order `srk --help` lists them
app.command("extract")(extract)
app.command("ingest")(ingest)
app.command("eval")(evaluate)


@app.command("serve")
def serve(host: str = "127.0.0.1", port: int = 8000,
          workers: int = typer.Option(None, min=1, show_default="one per core",
                                      help="uvicorn worker processes")) -> None:
    """Serve the API with uvicorn, one worker process per core unless --workers says."""
    import os
    import secrets

    import uvicorn

    workers = workers or os.cpu_count() or 1
    if workers > 1 and not get_settings().cursor_secret.get_secret_value():
        # each worker would draw its own key, and a cursor signed by one would be refused
        # by the others: they share one for this run (SRK_CURSOR_SECRET keeps it longer)
        os.environ["SRK_CURSOR_SECRET"] = secrets.token_hex(32)
    uvicorn.run("app.main:app", host=host, port=port, workers=workers)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code so tests can call it. Usage errors and bad
    settings are one line on stderr, never a traceback."""
    import click
    from pydantic import ValidationError

    try:
        result = app(args=argv, standalone_mode=False, prog_name="srk")
    except (click.ClickException, typer.TyperException) as exc:
        # typer vendors click: its usage errors are not click.UsageError
        typer.secho(f"error: {usage_line(exc)}", err=True, fg=typer.colors.RED)
        return USAGE_EXIT if exc.exit_code == CLICK_USAGE_EXIT else exc.exit_code
    except (click.Abort, typer.Abort):
        return 1
    except ValidationError as exc:  # Settings from the environment or .env
        typer.secho(f"error: {settings_line(exc)}", err=True, fg=typer.colors.RED)
        return USAGE_EXIT
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    raise SystemExit(main())
