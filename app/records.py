"""Graph rows to response models: dates as EDTF/ISO strings, evidence as exact spans."""

from __future__ import annotations

from app.models import MeetingPublic, ParticipantPublic, SourcePublic, SpanPublic, StancePublic
from ingest.dictionary import load_dictionary


def iso(value) -> str | None:
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value.isoformat() if hasattr(value, "isoformat") else value


def spans_of(row: dict) -> list[SpanPublic]:
    """Each stated sentence with its offsets, in text order. The stored `text` of a fact
    told in several sentences is their join (not a slice of the article), so spans come
    from the stored sentences and their starts; ends are counted here, in code points, as
    the offsets were."""
    sentences, offsets = row.get("sentences"), row.get("offsets")
    if not sentences or not offsets or len(sentences) != len(offsets):
        sentences, offsets = [row["evidence"]], [row.get("start")]
    if offsets[0] is None:
        return []
    spans = {start: SpanPublic(text=text, start=start, end=start + len(text))
             for text, start in zip(sentences, offsets, strict=True)}
    return [spans[start] for start in sorted(spans)]


def source_public(row: dict) -> SourcePublic:
    spans = spans_of(row)
    fields = {k: v for k, v in row.items() if k not in ("sentences", "offsets")}
    if spans:
        fields.update(evidence=spans[0].text, start=spans[0].start, end=spans[0].end)
    return SourcePublic(**fields, spans=spans)


def stance_public(row: dict) -> StancePublic:
    return StancePublic(**{**row, "source": source_public(row["source"])})


def meeting_public(row: dict) -> MeetingPublic:
    meeting = row["meeting"]
    on = meeting.get("date_start")
    on_day = on.to_native() if hasattr(on, "to_native") else None
    dictionary = load_dictionary()
    participants = []
    for p in row["participants"]:
        office = dictionary.office_of(p["id"], on_day) if on_day else None
        participants.append(ParticipantPublic(**p, office=(
            f"{office.title}, {office.country}" if office else None)))
    return MeetingPublic(
        id=meeting["id"], kind=meeting.get("kind") or "meeting", status=meeting.get("status") or "held",
        date=meeting.get("date"), date_precision=meeting.get("date_precision"),
        date_start=iso(meeting.get("date_start")), date_end=iso(meeting.get("date_end")),
        date_inferred=bool(meeting.get("date_inferred")),
        place=meeting.get("place"), cameo=meeting.get("cameo"),
        confidence=meeting.get("confidence"), participants=participants,
        topics=row["topics"], sources=[source_public(s) for s in row["sources"]
                                       if s.get("article_id")])
