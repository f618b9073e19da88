"""CSV and dyadic TSV renderings of meetings."""

from __future__ import annotations

import csv
import io
from itertools import combinations

from app.models import MeetingPublic, SourcePublic
from app.repository import MeetingFilter, Repository

PAGE = 200
MEETING_COLUMNS = ["id", "date", "date_start", "date_end", "date_precision", "kind", "status",
                   "place", "cameo", "confidence", "participants", "topics", "sources", "urls",
                   "evidence"]
EVENT_COLUMNS = ["date", "source_id", "source_name", "target_id", "target_name", "cameo",
                 "place", "status", "kind", "meeting_id", "article_id", "article_url",
                 "article_source", "evidence"]


def some_meetings(repo: Repository, where: MeetingFilter, limit: int,
                  cursor: str | None) -> tuple[list[MeetingPublic], str | None]:
    """Up to `limit` meetings after `cursor` by date, and the cursor of the rest (or None)."""
    items: list[MeetingPublic] = []
    while len(items) < limit:
        page = repo.meetings(where, limit=min(PAGE, limit - len(items)), cursor=cursor,
                             descending=False)
        items += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    return items, cursor


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


def evidence_text(source: SourcePublic) -> str:
    return clean(" ".join(span.text for span in source.spans) or source.evidence)


def meetings_csv(items: list[MeetingPublic]) -> str:
    """Text fields quoted (so the CAMEO code stays "040"), numbers bare."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(MEETING_COLUMNS)
    for m in items:
        writer.writerow([m.id, m.date or "", m.date_start or "", m.date_end or "",
                         m.date_precision or "", m.kind, m.status, m.place or "", m.cameo or "",
                         m.confidence if m.confidence is not None else "",
                         "; ".join(p.name for p in m.participants), "; ".join(m.topics),
                         "; ".join(s.article_id for s in m.sources),
                         "; ".join(s.url or "" for s in m.sources),
                         evidence_text(m.sources[0]) if m.sources else ""])
    return out.getvalue()


def events_tsv(items: list[MeetingPublic]) -> str:
    """One row per pair of participants (and per visitor and host place) of each meeting.
    The source is the article's id, URL and input file name: never a server path."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
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
                             evidence_text(source) if source else ""])
    return out.getvalue()
