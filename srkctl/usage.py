"""One-line messages for the CLI's own errors (usage, settings, a failed command) and its
version."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import typer

USAGE_EXIT = 3  # bad command, option or argument


def fail(message: str, code: int = 1) -> None:
    """One line on stderr (driver messages carry line breaks), then exit with `code`."""
    typer.secho(f"error: {' '.join(message.split())}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def package_version() -> str:
    try:
        return version("srk-graph")
    except PackageNotFoundError:
        return "unknown (not installed)"


def usage_line(exc) -> str:
    """A click usage error as one line: the command, what is wrong, where to look."""
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx else "srk"
    message = " ".join(exc.format_message().split()).rstrip(".") + "."
    commands = getattr(ctx.command, "commands", None) if ctx else None
    if commands and "command" in message.lower():
        message += f" Commands: {', '.join(sorted(commands))}."
    return f"{where}: {message} See '{where} --help'."


def settings_line(exc) -> str:
    """A pydantic ValidationError of the settings as one line naming each variable."""
    problems = "; ".join(f"{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}"
                         for e in exc.errors())
    return f"settings: {problems}"
