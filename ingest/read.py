"""Read step: files, folders, stdin and JSON Lines into RawArticle records.

Bad input never stops a batch: every problem becomes a `Problem` for the run's summary.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from ingest.models import RawArticle

DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")
NOT_ARTICLES = {".csv", ".json", ".md", ".yaml", ".yml", ".py"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class Problem:
    source: str
    message: str
    fatal: bool  # True: the item was skipped; False: accepted with a warning


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, source: str, problems: list[Problem]) -> str | None:
    """UTF-8 with replacement (recorded); None for binary data."""
    if b"\x00" in data[:8192]:
        problems.append(Problem(source, "binary file (NUL bytes): skipped", True))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(source, f"invalid UTF-8 at byte {exc.start}: replaced", False))
        return data.decode("utf-8", errors="replace")


def parse_text(text: str, source: str) -> RawArticle:
    """Plain text: optional ' date YYYY-MM-DD <lede>' first line, else the headline."""
    lines = text.lstrip("\ufeff").splitlines()
    published = None
    warnings: list[str] = []
    first = lines[0] if lines else ""
    match = DATE_LINE.match(first)
    if match:
        try:
            published = date.fromisoformat(match.group(1))
        except ValueError:
            warnings.append(f"unreadable date line {match.group(1)!r}: article left undated")
        title, body = match.group(2).strip(), "\n".join(lines[1:])
    else:
        title, body = first.strip(), "\n".join(lines[1:])
    return RawArticle(id=content_id(text), source=source, title=title, text=body,
                      published=published, warnings=warnings)


def parse_json_line(line: str, source: str) -> RawArticle:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("a JSON line must be an object")
    published, warnings = None, []
    if record.get("published"):
        try:
            published = date.fromisoformat(str(record["published"])[:10])
        except ValueError:
            warnings.append(f"unreadable published {record['published']!r}: left undated")
    for key in ("id", "title", "text"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise ValueError(f"missing or empty {key!r}")
    return RawArticle(id=record["id"], source=record["id"], title=record["title"],
                      text=record["text"], published=published, url=record.get("url"),
                      outlet=record.get("source"), warnings=warnings)


def read_jsonl(text: str, source: str, problems: list[Problem]) -> Iterator[RawArticle]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield parse_json_line(line, where)
        except (ValueError, ValidationError) as exc:
            problems.append(Problem(where, f"malformed JSON line: {exc}", True))


def looks_like_jsonl(text: str) -> bool:
    return text.lstrip().startswith("{")


def read_blob(data: bytes, source: str, jsonl: bool, problems: list[Problem]) -> list[RawArticle]:
    text = decode(data, source, problems)
    if text is None:
        return []
    if not text.strip():
        problems.append(Problem(source, "empty or whitespace-only: skipped", True))
        return []
    if jsonl or (source == "-" and looks_like_jsonl(text)):
        return list(read_jsonl(text, source, problems))
    article = parse_text(text, source)
    if not article.text.strip() and not article.title:
        problems.append(Problem(source, "no text: skipped", True))
        return []
    return [article]


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files under each path (folders recursively, sorted), or '-' for stdin."""
    for raw in paths:
        path = Path(raw)
        if raw == "-" or path.is_file():
            yield raw
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() not in NOT_ARTICLES:
                    yield str(child)  # skips indexes, gold files and notes beside articles
        else:
            yield raw  # reported as missing by read_paths


def read_paths(
    paths: Iterable[str], max_bytes: int, problems: list[Problem]
) -> Iterator[RawArticle]:
    """Every article under `paths`; problems are appended as they are met."""
    for source in expand(paths):
        if source == "-":
            yield from read_blob(sys.stdin.buffer.read(), "-", False, problems)
            continue
        path = Path(source)
        if not path.is_file():
            problems.append(Problem(source, "no such file or folder", True))
            continue
        size = path.stat().st_size
        if size > max_bytes:
            problems.append(Problem(source, f"{size} bytes > limit {max_bytes}: skipped", True))
            continue
        jsonl = path.suffix.lower() in JSONL_SUFFIXES
        yield from read_blob(path.read_bytes(), source, jsonl, problems)
