"""Where an article comes from: `url:`, `title:` and `date:` header lines at the top of a
plain-text file, and the `index.csv` of its folder (columns `file,url,date,title`; others
ignored). The file's own lines win; the index fills what the file does not say."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

INDEX_NAME = "index.csv"
HEADER_LINE = re.compile(r"^\s*(url|title|date)\s*:\s*(.*?)\s*$", re.IGNORECASE)
URL = re.compile(r"https?://\S+")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_INDEX_BYTES = 20_000_000


@dataclass(frozen=True)
class Listing:
    """What an index.csv row says about one file (empty fields are None)."""

    url: str | None = None
    date: str | None = None
    title: str | None = None


def header_value(key: str, value: str) -> str | None:
    """The value of a header line, or None when it is not one (then it stays text)."""
    if key == "url":
        return value if URL.fullmatch(value) else None
    if key == "date":
        return value if ISO_DAY.fullmatch(value) and iso_day(value) else None
    return value or None


def header_lines(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """The leading `url:`/`title:`/`date:` lines (a key once) and the lines after them."""
    headers: dict[str, str] = {}
    for count, line in enumerate(lines):
        match = HEADER_LINE.match(line)
        key = match.group(1).lower() if match else None
        value = header_value(key, match.group(2)) if key and key not in headers else None
        if value is None:
            return headers, lines[count:]
        headers[key] = value
    return headers, []


def iso_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def read_index(data: str) -> dict[str, Listing]:
    """index.csv rows by file name; ValueError when there is no `file` column."""
    rows = csv.DictReader(io.StringIO(data))
    if "file" not in (rows.fieldnames or []):
        raise ValueError("no 'file' column")
    listings = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if name:
            listings[name] = Listing(**{k: (row.get(k) or "").strip() or None
                                        for k in ("url", "date", "title")})
    return listings


class FolderIndexes:
    """index.csv of each folder, read once per run; a bad index is reported, not fatal."""

    def __init__(self, report) -> None:
        self.report, self.by_folder = report, {}

    def listing(self, path: Path) -> Listing | None:
        folder = path.parent.resolve()
        if folder not in self.by_folder:
            self.by_folder[folder] = self.load(folder / INDEX_NAME)
        return self.by_folder[folder].get(path.name)

    def load(self, index: Path) -> dict[str, Listing]:
        if not index.is_file():
            return {}
        try:
            if index.stat().st_size > MAX_INDEX_BYTES:
                raise ValueError(f"over {MAX_INDEX_BYTES} bytes")
            return read_index(index.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError, csv.Error) as exc:
            self.report(str(index), f"index not used: {type(exc).__name__}: {exc}")
            return {}
