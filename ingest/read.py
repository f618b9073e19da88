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

from charset_normalizer import from_bytes
from pydantic import ValidationError

from ingest.models import RawArticle
from ingest.source_meta import FolderIndexes, Listing, header_lines, iso_day

DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")
# C0 and C1 control characters other than tab/newline/CR/FF, and the replacement character
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
MAX_UNPRINTABLE_SHARE = 0.05  # text has almost none; binary data decoded as text has many
SURROGATES = re.compile("[\ud800-\udfff]")
PREFERRED_ENCODINGS = ["utf_8", "cp1250", "iso8859_2", "cp1251", "cp1252", "iso8859_1"]
NOT_ARTICLES = {".csv", ".json", ".md", ".yaml", ".yml", ".py"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class Problem:
    source: str
    message: str
    fatal: bool  # True: the item was skipped; False: accepted with a warning
    failed: bool = False  # True: the item was read but failed later (clean, extract, write)

    @property
    def label(self) -> str:
        return "failed" if self.failed else "skipped" if self.fatal else "warning"


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def unprintable_share(text: str) -> float:
    return len(UNPRINTABLE.findall(text)) / max(len(text), 1)


def detected(data: bytes) -> tuple[str, str] | None:
    """Text and encoding by detection (charset-normalizer), or None when no encoding fits.
    Among equally good guesses the encodings of the region win (Serbian Latin is cp1250)."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    equal = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    chosen = min(equal, key=lambda m: PREFERRED_ENCODINGS.index(m.encoding)
                 if m.encoding in PREFERRED_ENCODINGS else len(PREFERRED_ENCODINGS))
    return str(chosen), chosen.encoding


def decode(data: bytes, source: str, problems: list[Problem]) -> str | None:
    """UTF-8, else the detected encoding (reported); None for data that is not text."""
    if b"\x00" in data[:8192]:
        problems.append(Problem(source, "binary file (NUL bytes): skipped", True))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        guess = detected(data)
        if guess:
            text = guess[0]
            problems.append(Problem(source, f"not UTF-8 (byte {exc.start}): decoded as "
                                    f"{guess[1]} by detection", False))
        else:
            text = data.decode("utf-8", errors="replace")
    if unprintable_share(text) > MAX_UNPRINTABLE_SHARE:
        problems.append(Problem(source, f"binary data ({unprintable_share(text):.0%} of the "
                                "characters are not printable text): skipped", True))
        return None
    return text


def without_surrogates(value: str, field: str, warnings: list[str]) -> str:
    """Lone surrogates (JSON escapes such as \\ud800) cannot be stored: dropped, reported."""
    cleaned, count = SURROGATES.subn("", value)
    if count:
        warnings.append(f"removed {count} lone surrogate(s) from {field!r}")
    return cleaned


def parse_text(text: str, source: str, listing: Listing | None = None) -> RawArticle:
    """Plain text: optional ' date YYYY-MM-DD <lede>' first line, else the headline; header
    lines `url:`, `date:` (and `title:`, then no headline line) before it, `url:` and `date:`
    right after it. What the file says wins over its folder's index.csv (`listing`)."""
    headers, lines = header_lines(text.lstrip("\ufeff").splitlines())
    published = None
    warnings: list[str] = []
    title = headers.get("title")
    if title is None:
        first = lines[0] if lines else ""
        match = DATE_LINE.match(first)
        if match:
            published = iso_day(match.group(1))
            if published is None:
                warnings.append(f"unreadable date line {match.group(1)!r}: article left undated")
        title = (match.group(2) if match else first).strip()
        after, lines = header_lines(lines[1:])
        headers = {**after, **headers}
    listing = listing or Listing()
    published = published or iso_day(headers.get("date")) or iso_day(listing.date)
    if listing.date and not iso_day(listing.date):
        warnings.append(f"unreadable index.csv date {listing.date[:40]!r}: not used")
    return RawArticle(id=content_id(text), source=source, title=title or listing.title or "",
                      text="\n".join(lines), published=published,
                      url=headers.get("url") or listing.url, warnings=warnings)


def parse_json_line(line: str, source: str) -> RawArticle:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("a JSON line must be an object")
    published, warnings = None, []
    for key, value in record.items():
        if isinstance(value, str):
            record[key] = without_surrogates(value, key, warnings)
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
        except (ValueError, ValidationError, RecursionError) as exc:
            problems.append(Problem(where, f"malformed JSON line: {short(exc)}", True))


def looks_like_jsonl(text: str) -> bool:
    return text.lstrip().startswith("{")


def read_blob(data: bytes, source: str, jsonl: bool, problems: list[Problem],
              listing: Listing | None = None) -> list[RawArticle]:
    text = decode(data, source, problems)
    if text is None:
        return []
    if not text.strip():
        problems.append(Problem(source, "empty or whitespace-only: skipped", True))
        return []
    if jsonl or (source == "-" and looks_like_jsonl(text)):
        return list(read_jsonl(text, source, problems))
    article = parse_text(text, source, listing)
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
    """Every article under `paths`; problems are appended as they are met. A source that
    fails in any way is reported and skipped; the others are still read."""
    indexes = FolderIndexes(lambda where, message: problems.append(Problem(where, message, False)))
    for source in expand(paths):
        try:
            articles = read_source(source, max_bytes, problems, indexes)
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
            problems.append(Problem(source, f"unreadable: {short(exc)}", True))
            continue
        yield from articles


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles `paths` hold (a file each, a JSON Lines file a line each), for a
    progress bar; None when stdin is among them or a file cannot be read."""
    total = 0
    try:
        for source in expand(paths):
            if source == "-":
                return None
            path = Path(source)
            if path.suffix.lower() in JSONL_SUFFIXES:
                with path.open("rb") as lines:
                    total += sum(1 for line in lines if line.strip())
            else:
                total += 1
    except OSError:
        return None
    return total


def read_source(source: str, max_bytes: int, problems: list[Problem],
                indexes: FolderIndexes | None = None) -> list[RawArticle]:
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            problems.append(Problem("-", f"stdin over the limit of {max_bytes} bytes: skipped", True))
            return []
        return read_blob(data, "-", False, problems)
    path = Path(source)
    if not path.is_file():
        problems.append(Problem(source, "no such file or folder", True))
        return []
    size = path.stat().st_size
    if size > max_bytes:
        problems.append(Problem(source, f"{size} bytes > limit {max_bytes}: skipped", True))
        return []
    jsonl = path.suffix.lower() in JSONL_SUFFIXES
    listing = indexes.listing(path) if indexes and not jsonl else None
    return read_blob(path.read_bytes(), source, jsonl, problems, listing)


def short(exc: BaseException, limit: int = 300) -> str:
    """An exception as one bounded line for the summary: its type and the start of its text."""
    text = " ".join(str(exc).split())
    text = text if len(text) <= limit else text[:limit] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
