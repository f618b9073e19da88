"""`srk ingest`: the engine it runs on (this process, or workers on a Ray cluster)."""

from __future__ import annotations

from enum import StrEnum

import typer

from srk.settings import get_settings
from srkctl.extract_commands import load_pipeline_or_fail
from srkctl.usage import USAGE_EXIT, fail


class Engine(StrEnum):
    local = "local"
    ray = "ray"


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
