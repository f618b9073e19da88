"""`srk extract` and `srk eval`: articles through the pipeline, without touching Neo4j."""

from __future__ import annotations

import typer

from srk.settings import get_settings
from srkctl.usage import fail


def load_pipeline_or_fail():
    from ingest.nlp import PipelineError
    from ingest.pipeline import Pipeline

    try:
        return Pipeline(get_settings())
    except PipelineError as exc:
        fail(str(exc))


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
