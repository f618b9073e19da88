"""CSV and dyadic TSV renderings of meetings, streamed: one index read finds where the export
stops (so the headers can say whether it was cut), then the rows go PAGE meetings at a time,
each page read by keyset from the sort-key index."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import combinations

from app.models import file_name
from app.records import iso, spans_of
from app.repository import MeetingFilter, Repository

PAGE = 200
MEETING_COLUMNS = ["id", "date", "date_start", "date_end", "date_precision", "kind", "status",
                   "place", "cameo", "confidence", "participants", "topics", "sources", "urls",
                   "evidence"]
EVENT_COLUMNS = ["date", "source_id", "source_name", "target_id", "target_name", "cameo",
                 "place", "status", "kind", "meeting_id", "article_id", "article_url",
                 "article_source", "evidence"]


def export_end(repo: Repository, where: MeetingFilter, limit: int,
               cursor: str | None) -> str | None:
    """The cursor after the `limit`-th meeting past `cursor` when more follow, else None
    (one index read that returns two rows, so the headers go out at once)."""
    ids, keys, _ = repo.meeting_ids(where, 2, cursor, descending=False, skip=limit - 1)
    return repo.cursor_after(keys[0], ids[0]) if len(ids) == 2 else None


@dataclass(slots=True)
class Person:
    id: str
    name: str


@dataclass(slots=True)
class Source:
    article_id: str
    url: str | None
    source: str | None
    evidence: str


@dataclass(slots=True)
class Row:
    """What the exports print of a meeting: built from meeting_details' rows directly (no
    response models, no office look-ups: the exports print neither)."""
    id: str
    date: str | None
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    kind: str
    status: str
    place: str | None
    cameo: str | None
    confidence: float | None
    participants: list[Person]
    topics: list[str]
    sources: list[Source]


def export_row(row: dict) -> Row:
    m = row["meeting"]
    sources = [Source(article_id=s["article_id"], url=s.get("url"),
                      source=file_name(s.get("source"), s["article_id"]),
                      evidence=clean(" ".join(span.text for span in spans_of(s))
                                     or s["evidence"]))
               for s in row["sources"] if s.get("article_id")]
    return Row(id=m["id"], date=m.get("date"), date_start=iso(m.get("date_start")),
               date_end=iso(m.get("date_end")), date_precision=m.get("date_precision"),
               kind=m.get("kind") or "meeting", status=m.get("status") or "held",
               place=m.get("place"), cameo=m.get("cameo"), confidence=m.get("confidence"),
               participants=[Person(p["id"], p["name"]) for p in row["participants"]],
               topics=row["topics"], sources=sources)


def stream(repo: Repository, where: MeetingFilter, limit: int, cursor: str | None,
           render: Callable[[list[Row], bool], str]) -> Iterator[str]:
    """The header, then up to `limit` meetings, PAGE at a time by keyset (memory flat)."""
    yield render([], True)
    sent = 0
    while sent < limit:
        ids, keys, _ = repo.meeting_ids(where, min(PAGE, limit - sent), cursor, False)
        if not ids:
            return
        rows = repo.q("meeting_details", ids=ids)
        yield render([export_row(r) for r in rows], False)
        sent, cursor = sent + len(ids), repo.cursor_after(keys[-1], ids[-1])


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


def meetings_csv(items: list[Row], header: bool = True) -> str:
    """Text fields quoted (so the CAMEO code stays "040"), numbers bare."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
    if header:
        writer.writerow(MEETING_COLUMNS)
    for m in items:
        writer.writerow([m.id, m.date or "", m.date_start or "", m.date_end or "",
                         m.date_precision or "", m.kind, m.status, m.place or "", m.cameo or "",
                         m.confidence if m.confidence is not None else "",
                         "; ".join(p.name for p in m.participants), "; ".join(m.topics),
                         "; ".join(s.article_id for s in m.sources),
                         "; ".join(s.url or "" for s in m.sources),
                         m.sources[0].evidence if m.sources else ""])
    return out.getvalue()


def events_tsv(items: list[Row], header: bool = True) -> str:
    """One row per pair of participants (and per visitor and host place) of each meeting.
    The source is the article's id, URL and input file name: never a server path."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    if header:
        writer.writerow(EVENT_COLUMNS)
    for m in items:
        source = m.sources[0] if m.sources else None
        pairs = list(combinations(m.participants, 2))
        if not pairs and m.participants:
            pairs = [(m.participants[0], None)]
        for a, b in pairs:
            writer.writerow([m.date or "", a.id, a.name, b.id if b else "", b.name if b else
                             (m.place or ""), m.cameo or "", m.place or "", m.status, m.kind,
                             m.id, source.article_id if source else "",
                             (source.url or "") if source else "",
                             (source.source or "") if source else "",
                             source.evidence if source else ""])
    return out.getvalue()
