"""The `srk` command: local Neo4j, schema, API server, ingest, extract, eval."""

from __future__ import annotations

import typer

from srk import neo4j_local
from srk.settings import get_settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
neo4j_app = typer.Typer(no_args_is_help=True, help="Run a local Neo4j 5.26 Community server.")
app.add_typer(neo4j_app, name="neo4j")


def fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


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
        except DatabaseUnavailable as exc:
            fail(str(exc), code=2)
    typer.echo(f"schema applied: {count} statements")


@app.command("serve")
def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API with uvicorn."""
    import uvicorn

    uvicorn.run("app.main:app", host=host, port=port)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code so tests can call it."""
    import click

    try:
        result = app(args=argv, standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        return 1
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    raise SystemExit(main())
