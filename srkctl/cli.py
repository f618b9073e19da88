"""The `srk` command: local Neo4j, schema, API server, ingest, extract, eval."""

from __future__ import annotations

from enum import StrEnum

import typer

from srk.settings import get_settings
from srkctl import neo4j_local
from srkctl.usage import package_version, settings_line, usage_line

USAGE_EXIT = 3  # bad command, option or argument
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


def fail(message: str, code: int = 1) -> None:
    """One line on stderr (driver messages carry line breaks), then exit with `code`."""
    typer.secho(f"error: {' '.join(message.split())}", err=True, fg=typer.colors.RED)
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
        except DatabaseUnavailable as exc:  # unreachable or wrong credentials
            fail(str(exc), code=2)
    typer.echo(f"schema applied: {count} statements")


def load_pipeline_or_fail():
    from ingest.nlp import PipelineError
    from ingest.pipeline import Pipeline

    try:
        return Pipeline(get_settings())
    except PipelineError as exc:
        fail(str(exc))


@app.command("extract")
def extract(
    paths: list[str] = typer.Argument(..., help="files, folders, or - for stdin"),
    json_lines: bool = typer.Option(False, "--json", help="one JSON object per article"),
) -> None:
    """Print what each article yields, without touching Neo4j."""
    from ingest.pipeline import Summary

    pipeline = load_pipeline_or_fail()
    summary = Summary()
    for article in pipeline.articles(paths, summary):
        extraction = extract_or_report(pipeline, article, summary)
        if extraction and json_lines:
            typer.echo(extraction_json(extraction))
        elif extraction:
            typer.echo(render_extraction(extraction))
    report_problems(summary.problems)
    if summary.read == 0:
        fail("nothing could be read", code=1)
    if any(p.fatal for p in summary.problems):
        raise typer.Exit(1)


def extract_or_report(pipeline, article, summary):
    """The article's extraction, or None with the failure in the summary (the run goes on)."""
    try:
        return pipeline.extract(article)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
        summary.fail(article.source, "extract", exc)
        return None


def extraction_json(extraction) -> str:
    """One line of the `srk extract --json` contract (what the reference scorer reads)."""
    return extraction.model_dump_json(exclude={"events": {"__all__": {
        "date_start", "date_end", "date_inferred"}}})


def render_extraction(extraction) -> str:
    lines = [f"# {extraction.article.source} ({extraction.article.published or 'undated'})"]
    for e in extraction.events:
        people = ", ".join(p.name for p in e.participants)
        lines.append(f"  {e.status.value:7} {e.kind.value:8} {e.date or '?':22} {people}"
                     f" @ {e.place or '-'} {e.topics}")
    for s in extraction.stances:
        target = s.target.name if s.target else "-"
        lines.append(f"  stance  {s.holder.name} {s.polarity.value} {target} [{s.topic}]")
    return "\n".join(lines)


def report_problems(problems) -> None:
    for problem in problems:
        typer.secho(f"{problem.label}: {problem.source}: {problem.message}", err=True,
                    fg=typer.colors.YELLOW)


class Engine(StrEnum):
    local = "local"
    ray = "ray"


@app.command("ingest")
def ingest(paths: list[str] = typer.Argument(..., help="files, folders, or - for stdin"),
           engine: Engine = typer.Option(Engine.local, "--engine",
                                         help="local: this process; ray: workers on a Ray cluster"),
           address: str | None = typer.Option(None, "--address", help="Ray cluster to join "
                                              "(default RAY_ADDRESS, else a local one)")) -> None:
    """Extract and write articles to Neo4j; unchanged articles are skipped."""
    if engine is Engine.ray:
        code = ingest_on_ray(paths, address)
    else:
        from ingest.run import run_ingest

        code = run_ingest(load_pipeline_or_fail(), paths)
    if code:
        raise typer.Exit(code)


def ingest_on_ray(paths: list[str], address: str | None) -> int:
    try:
        import ray  # noqa: F401 - the optional extra: say how to install it
    except ImportError:
        fail("--engine ray needs Ray: pip install -e '.[scale]'", code=USAGE_EXIT)
    from ingest.distributed import run_ray_ingest

    try:
        return run_ray_ingest(get_settings(), paths, address)
    except ValueError as exc:  # stdin cannot be shared out
        fail(str(exc), code=USAGE_EXIT)
    except ConnectionError as exc:  # no Ray cluster at that address
        fail(f"Ray cluster unreachable at {address or 'RAY_ADDRESS'}: {exc}")


@app.command("eval")
def evaluate(
    paths: list[str] = typer.Argument(..., help="the articles the gold file describes"),
    gold: str = typer.Option(..., "--gold", help="gold file shaped like seeds.gold.json"),
    out: str | None = typer.Option(None, "--out", help="keep the extraction (JSON Lines) here"),
    scorer: str | None = typer.Option(None, "--scorer", help="reference scorer "
                                      "(default: <checkout>/../shared/tools/score.py)"),
    json_output: bool = typer.Option(False, "--json", help="print the scorer's figures as JSON"),
) -> None:
    """Extract, then score with the reference scorer: P/R/F1 and accuracies."""
    import json
    import tempfile
    from pathlib import Path

    from ingest.evaluate import DEFAULT_SCORER, ScorerError, format_report, run_scorer

    scorer_path = Path(scorer) if scorer else DEFAULT_SCORER
    if not scorer_path.is_file():
        fail(f"reference scorer not found: {scorer_path} (pass --scorer PATH)", code=3)
    if not Path(gold).is_file():
        fail(f"no gold file {gold}", code=3)
    with tempfile.TemporaryDirectory() as scratch:
        extraction = Path(out) if out else Path(scratch) / "extraction.jsonl"
        write_extraction(paths, extraction)
        try:
            result = run_scorer(scorer_path, Path(gold), extraction)
        except ScorerError as exc:
            fail(str(exc))
    typer.echo(json.dumps(result) if json_output else format_report(result))


def write_extraction(paths: list[str], target) -> None:
    """`srk extract --json` for `paths`, written to the file `target`."""
    from ingest.pipeline import Summary

    pipeline = load_pipeline_or_fail()
    summary = Summary()
    with open(target, "w", encoding="utf-8") as lines:
        for article in pipeline.articles(paths, summary):
            extraction = extract_or_report(pipeline, article, summary)
            if extraction:
                lines.write(extraction_json(extraction) + "\n")
    report_problems(summary.problems)
    if summary.read == 0:
        fail("nothing could be read", code=1)


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
