"""What merging asks of a whole group of reports, kept up to date as reports join: asking
every member again for each new report made an article that tells one meeting a thousand
times quadratic in its length."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ingest.date_spans import compatible
from ingest.events import Candidate
from ingest.merge_dates import ids, tells_a_story_day
from ingest.merge_headline import in_headline
from ingest.models import ActorKind, EventDate


def only_states(candidate: Candidate) -> bool:
    return all(m.kind == ActorKind.country for m in candidate.participants)


def tells_a_day(candidate: Candidate) -> bool:
    """A report dated to the day, other than by the release's day in a headline."""
    d = candidate.date
    return d.precision == "day" and not (d.inferred and in_headline(candidate))


@dataclass
class GroupDigest:
    people_ids: set[str] = field(default_factory=set)  # of the members that name people
    all_ids: set[str] = field(default_factory=set)
    names_people: bool = False
    tells_story_day: bool = False
    story_days: set[date | None] = field(default_factory=set)
    settings: dict[tuple, tuple[EventDate, str | None]] = field(default_factory=dict)

    def add(self, c: Candidate) -> None:
        self.all_ids |= ids(c)
        if not only_states(c):
            self.names_people = True
            self.people_ids |= ids(c)
        self.tells_story_day = self.tells_story_day or told_story_day(c)
        if tells_a_day(c):
            self.story_days.add(c.date.start)
        self.settings.setdefault(setting_key(c), (c.date, c.place))

    def group_ids(self) -> set[str]:
        """Who the group names: its people, or its states when it names no one."""
        return self.people_ids if self.names_people else self.all_ids

    def story_days_apart(self, c: Candidate) -> bool:
        """'The day before, X sent Y a message' is not the call of the release's day."""
        if not (self.tells_story_day or told_story_day(c)):
            return False
        if tells_a_day(c) and c.date.start not in self.story_days:
            return len(self.story_days) >= 1
        return len(self.story_days) > 1

    def fits(self, c: Candidate, places_compatible: Callable[[str | None, str | None], bool]) -> bool:
        """Every member's date and place can be the report's."""
        return all(compatible(when, c.date) and places_compatible(place, c.place)
                   for when, place in self.settings.values())


def told_story_day(candidate: Candidate) -> bool:
    d = candidate.date
    return d.precision == "day" and not d.inferred and tells_a_story_day(candidate)


def setting_key(c: Candidate) -> tuple:
    d = c.date
    return d.edtf, d.precision, d.start, d.end, d.explicit, d.inferred, c.place
