"""Loads Cypher queries by name from cypher/*.cypher (one query per file)."""

from functools import lru_cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"


class UnknownQuery(KeyError):
    """No cypher/<name>.cypher exists."""


@lru_cache
def query(name: str) -> str:
    """The text of cypher/<name>.cypher; fails on an unknown name."""
    path = CYPHER_DIR / f"{name}.cypher"
    if not path.is_file():
        raise UnknownQuery(name)
    return path.read_text()


def statements(name: str) -> list[str]:
    """Split a multi-statement file (such as the schema) on ';', dropping comments."""
    lines = [ln for ln in query(name).splitlines() if not ln.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
