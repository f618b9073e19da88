"""The filters of a meetings list, and how a read of them starts (an anchor, or the date
order of the sort-key index)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

FIRST_DAY, LAST_DAY = "0001-01-01", "9999-12-31"


@dataclass
class MeetingFilter:
    actors: list[str]
    status: str | None = None
    kind: str | None = None
    place: str | None = None
    topic: str | None = None
    article: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def params(self) -> dict:
        return {"actors": self.actors, "status": self.status, "kind": self.kind,
                "place": self.place, "topic": self.topic, "article": self.article,
                "from": self.date_from.isoformat() if self.date_from else None,
                "to": self.date_to.isoformat() if self.date_to else None}

    def anchor(self) -> str | None:
        """The most selective filter with a set of its own to start from (else the meetings
        are read in date order from the sort-key index)."""
        for name, value in (("article", self.article), ("actor", self.actors),
                            ("place", self.place), ("topic", self.topic)):
            if value:
                return name
        return None

    def key_bounds(self, after_key: str | None, descending: bool) -> dict:
        """The sort-key range an index read covers: up to `to`, and from (or, newest first,
        up to) the cursor's date."""
        high = min(k for k in (self.date_to and self.date_to.isoformat(),
                               after_key if descending else None, LAST_DAY) if k)
        low = after_key if after_key and not descending else FIRST_DAY
        return {"low": low, "high": high}
