"""Offices learnt from the text during one run: "President of Egypt Mohamed Morsi", "Mohamed
Morsi, the president of Egypt", "Egypt's President Mohamed Morsi" and "Egyptian President
Mohamed Morsi" teach that Morsi was Egypt's president on the article's date. A later "the
Egyptian President" (in that article, or in a later one of the same run on a near date)
is then Morsi, and Morsi stands for Egypt. Kept in memory for the run, never persisted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from ingest.dictionary import Dictionary
from ingest.mention_words import mention_words
from ingest.models import ActorKind
from ingest.titles import past_office, read_title, title_pattern
from ingest.types import Mention, Reading

NEAR_DAYS = 365  # a learnt office holder is trusted this long before and after
TOO_VAGUE = mention_words().vague_offices
WINDOW = 90  # characters before a name searched for its title
MAX_OFFICES = 50_000
OFFICE_OF_ANOTHER = re.compile(r"\b(?:to|of|for|at|with)\s+(?:the\s+)?$", re.IGNORECASE)
NAME_NEXT = re.compile(r"\s+[A-Z]")


@dataclass(frozen=True)
class LearntOffice:
    person_id: str
    name: str
    title: str
    country: str
    day: date | None
    article: int  # which article of the run taught it


class LearnedOffices:
    """The run's registry: owned by the Pipeline, shared by the articles it extracts."""

    def __init__(self) -> None:
        self.offices: dict[LearntOffice, None] = {}  # an ordered set, oldest first
        self.by_office: dict[tuple[str, str], list[LearntOffice]] = {}
        self.countries: dict[str, str] = {}  # person id -> the country of their latest office
        self.article = 0

    def next_article(self) -> None:
        self.article += 1

    def learn(self, office: LearntOffice) -> None:
        if office in self.offices:
            return
        self.offices[office] = None
        self.by_office.setdefault((office.title, office.country), []).append(office)
        self.countries[office.person_id] = office.country
        if len(self.offices) > MAX_OFFICES:  # a long-lived service keeps the latest only
            oldest = next(iter(self.offices))
            del self.offices[oldest]
            self.by_office[(oldest.title, oldest.country)].remove(oldest)

    def holder(self, title: str, country: str, day: date | None) -> LearntOffice | None:
        """Who held the office nearest to `day`; an undated article trusts only itself."""
        found = [o for o in self.by_office.get((title, country), []) if self.near(o, day)]
        if not found:
            return None
        return min(found, key=lambda o: (self.distance(o, day), -o.article))

    def taught_here(self, person_id: str, title: str, country: str | None) -> bool:
        """This article named the person with that office."""
        keys = [(title, country)] if country else [k for k in self.by_office if k[0] == title]
        return any(o.person_id == person_id and o.article == self.article
                   for key in keys for o in self.by_office.get(key, []))

    def near(self, office: LearntOffice, day: date | None) -> bool:
        if office.article == self.article:
            return True
        return day is not None and office.day is not None and self.distance(office, day) <= NEAR_DAYS

    @staticmethod
    def distance(office: LearntOffice, day: date | None) -> int:
        if day is None or office.day is None:
            return 0
        return abs((office.day - day).days)

    def country_of(self, person_id: str) -> str | None:
        return self.countries.get(person_id)


class OfficeLearner:
    """Learns offices from the titles written next to people's names in one article."""

    def __init__(self, reading: Reading, registry: LearnedOffices):
        self.reading = reading
        self.registry = registry
        self.pattern = title_pattern(reading.dictionary)

    def learn(self, sent: Span, named: list[Mention]) -> None:
        for person in named:
            if person.kind != ActorKind.person:
                continue
            for match in (self.title_before(sent, person), self.title_after(sent, person)):
                if match is not None:
                    self.remember(person, *read_title(self.reading.dictionary, match))

    def title_before(self, sent: Span, person: Mention) -> re.Match | None:
        """'President of Egypt Mohamed Morsi', 'Egypt's President, Mohamed Morsi'; not 'Aide
        to the President of Egypt Ahmed Ali' (the aide's office is not the president's)."""
        text = self.reading.text
        start = max(sent.start_char, person.start - WINDOW)
        window = text[start:person.start]
        last = None
        for match in self.pattern.finditer(window):
            last = match
        if last is None or window[last.end():].strip() not in {"", ","}:
            return None
        if OFFICE_OF_ANOTHER.search(window[:last.start()]) or past_office(
                text, start + last.start(), start + last.end()):
            return None
        return last

    def title_after(self, sent: Span, person: Mention) -> re.Match | None:
        """'Mohamed Morsi, the president of Egypt'; not 'Mohamed Morsi, President of Sudan
        Omar Bashir' (a list: that title belongs to the next name)."""
        rest = self.reading.text[person.end:min(sent.end_char, person.end + WINDOW)]
        comma = re.match(r"\s*,\s*", rest)
        match = self.pattern.match(rest, comma.end()) if comma else None
        if match is None or NAME_NEXT.match(rest, match.end()) or past_office(
                self.reading.text, person.end + match.start(), person.end + match.end()):
            return None
        return match

    def remember(self, person: Mention, title: str, country: str | None) -> None:
        if country is None or title in TOO_VAGUE:
            return
        result = self.reading.result
        dictionary: Dictionary = self.reading.dictionary
        entry = dictionary.entries.get(person.actor_id)
        name = entry.name if entry else result.new_people.get(person.actor_id, person.text)
        self.registry.learn(LearntOffice(person.actor_id, name, title, country,
                                         self.reading.published, self.registry.article))
        if entry is None:
            result.new_people_country.setdefault(person.actor_id, country)

    def countries_from_the_run(self) -> None:
        """People named in this article whose office an earlier article taught."""
        result = self.reading.result
        for person_id in result.new_people:
            if person_id not in result.new_people_country:
                country = self.registry.country_of(person_id)
                if country:
                    result.new_people_country[person_id] = country
