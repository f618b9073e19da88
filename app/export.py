"""CSV and dyadic TSV renderings of meetings."""

from __future__ import annotations

import csv
import io
from itertools import combinations

from app.models import MeetingPublic
from app.repository import MeetingFilter, Repository

EXPORT_CAP = 10_000
MEETING_COLUMNS = ["id", "date", "date_precision", "kind", "status", "place", "cameo",
                   "confidence", "participants", "topics", "sources", "urls", "evidence"]
EVENT_COLUMNS = ["date", "source_id", "source_name", "target_id", "target_name", "cameo",
                 "place", "status", "kind", "meeting_id", "article_url", "evidence"]


def all_meetings(repo: Repository, where: MeetingFilter) -> list[MeetingPublic]:
    items, cursor = [], None
    while len(items) < EXPORT_CAP:
        page = repo.meetings(where, limit=200, cursor=cursor, descending=False)
        items += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    return items


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


def meetings_csv(items: list[MeetingPublic]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(MEETING_COLUMNS)
    for m in items:
        writer.writerow([m.id, m.date or "", m.date_precision or "", m.kind, m.status,
                         m.place or "", m.cameo or "", m.confidence,
                         "; ".join(p.name for p in m.participants), "; ".join(m.topics),
                         "; ".join(s.article_id for s in m.sources),
                         "; ".join(s.url or "" for s in m.sources),
                         clean(m.sources[0].evidence) if m.sources else ""])
    return out.getvalue()


def events_tsv(items: list[MeetingPublic]) -> str:
    """One row per pair of participants (and per visitor and host place) of each meeting."""
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
                             m.id, (source.url or source.source or "") if source else "",
                             clean(source.evidence) if source else ""])
    return out.getvalue()
