"""How two event dates relate when reports are merged: whether they can name the same
event, and which of them says more."""

from __future__ import annotations

from datetime import timedelta

from ingest.models import EventDate


def compatible(a: EventDate, b: EventDate) -> bool:
    """Two dates can name the same event: unknown matches anything; ranges overlap;
    year-less dates agree on what they say."""
    if a.edtf is None or b.edtf is None:
        return True
    if a.inferred or b.inferred:  # the article's date: the news is of the last days
        guess, other = (a, b) if a.inferred else (b, a)
        if not (guess.start and other.start and other.end):
            return True
        return other.start - timedelta(days=10) <= guess.start <= other.end + timedelta(days=10)
    if a.start and b.start:
        return a.start <= b.end and b.start <= a.end
    tail_a, tail_b = a.edtf.replace("XXXX", ""), b.edtf.replace("XXXX", "")
    return tail_a in (b.edtf or "") or tail_b in (a.edtf or "")


def narrower(a: EventDate, b: EventDate) -> EventDate:
    """The more precise of two compatible dates."""
    rank = {"day": 0, "interval": 1, "day-no-year": 2, "month": 3, "month-no-year": 4,
            "year": 5, "unknown": 6}
    return min((a, b), key=lambda d: (d.edtf is None, d.inferred, rank.get(d.precision, 6),
                                      not d.explicit))
