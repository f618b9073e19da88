"""The curated actor dictionary: people with offices and dates, countries, organisations,
media and places, loaded from ingest/data/*.yaml and validated."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator
from rapidfuzz import fuzz, process

from ingest.models import ActorKind

DATA = Path(__file__).resolve().parent / "data"
SPECIAL_LETTERS = str.maketrans({"đ": "dj", "Đ": "Dj", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l",
                                 "Ł": "L", "ı": "i", "’": "'", "‘": "'"})
# Measured by tests/test_dictionary.py and scripts/fuzzy_threshold.py: above the closest pair
# of distinct people, below single-letter misspellings of their names.
FUZZY_THRESHOLD = 88.0


def ascii_fold(text: str) -> str:
    """'Dačić' -> 'Dacic', 'Đurić' -> 'Djuric' (case kept)."""
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """The lookup key: ASCII, lower case, single spaces."""
    return " ".join(ascii_fold(text).lower().replace(".", "").split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


class Office(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    country: str
    start: date
    end: date | None = None

    def held_on(self, day: date | None) -> bool:
        return day is None or (self.start <= day and (self.end is None or day < self.end))


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    native_name: str
    kind: ActorKind
    country: str | None = None
    aliases: list[str] = []
    metonyms: list[str] = []
    demonyms: list[str] = []
    leader: str | None = None
    offices: list[Office] = []

    @field_validator("id")
    @classmethod
    def id_is_slug(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z0-9-]+", value):
            raise ValueError(f"id {value!r} is not a lower-case slug")
        return value

    @property
    def name(self) -> str:
        """English canonical spelling, without diacritics."""
        return ascii_fold(self.native_name)

    def surface_forms(self) -> set[str]:
        forms = {self.native_name, *self.aliases}
        if self.kind == ActorKind.person:
            surname = self.native_name.split()[-1]
            if not self.native_name.startswith("Patriarch"):
                forms.add(surname)
        return forms | {ascii_fold(f) for f in forms}

    def offices_on(self, day: date | None) -> list[Office]:
        return [o for o in self.offices if o.held_on(day)]


def _office(row: list) -> Office:
    title, country, start, end = row
    return Office(title=title, country=country, start=start, end=end)


class Dictionary:
    """Lookups over the curated entries."""

    def __init__(self, entries: list[Entry], places: dict[str, str], offices: dict[str, list[str]]):
        self.entries = {e.id: e for e in entries}
        if len(self.entries) != len(entries):
            raise ValueError("duplicate ids in the actor dictionary")
        self.places = {fold(k): (k, v) for k, v in places.items()}
        self.office_phrases = offices
        self.surface: dict[str, list[str]] = {}
        for entry in entries:
            for form in entry.surface_forms():
                ids = self.surface.setdefault(fold(form), [])
                if entry.id not in ids:
                    ids.append(entry.id)
        self.metonyms = {fold(m): e.id for e in entries for m in e.metonyms}
        self.demonyms = {fold(d): e.id for e in entries for d in e.demonyms}

    @cached_property
    def full_names(self) -> dict[str, str]:
        """Folded full names and multi-word aliases of people -> id (for fuzzy matching)."""
        return {fold(form): e.id for e in self.entries.values() if e.kind == ActorKind.person
                for form in e.surface_forms() if " " in form}

    def people(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == ActorKind.person]

    def lookup(self, text: str) -> list[str]:
        return self.surface.get(fold(text), [])

    def fuzzy_person(self, text: str, threshold: float = FUZZY_THRESHOLD) -> str | None:
        """A dictionary person for a misspelt full name ('Sergey Lavrof'), or None."""
        key = fold(text)
        if " " not in key:
            return None
        best = process.extractOne(key, list(self.full_names), scorer=fuzz.ratio)
        if best is None or best[1] < threshold:
            return None
        surname_score = fuzz.ratio(key.split()[-1], best[0].split()[-1])
        return self.full_names[best[0]] if surname_score >= 75 else None

    def holders(self, title: str, country: str | None, day: date | None) -> list[str]:
        """People who held `title` (in `country`) on `day` (any time when day is None)."""
        return [e.id for e in self.people() for o in e.offices_on(day)
                if o.title == title and (country is None or o.country == country)]

    def office_of(self, person_id: str, day: date | None) -> Office | None:
        entry = self.entries.get(person_id)
        offices = entry.offices_on(day) if entry else []
        return offices[-1] if offices else None


def _group_entries(data: dict) -> list[Entry]:
    kinds = {"countries": ActorKind.country, "organisations": ActorKind.organisation,
             "media": ActorKind.media}
    entries = []
    for section, kind in kinds.items():
        for row in data[section]:
            row = dict(row)
            entries.append(Entry(native_name=row.pop("name"), kind=kind, **row))
    return entries


@lru_cache
def load_dictionary(folder: Path = DATA) -> Dictionary:
    people = yaml.safe_load((folder / "people.yaml").read_text())
    groups = yaml.safe_load((folder / "groups.yaml").read_text())
    offices = yaml.safe_load((folder / "offices.yaml").read_text())
    entries = [
        Entry(id=p["id"], native_name=p["name"], kind=ActorKind.person, country=p["country"],
              aliases=p.get("aliases", []), offices=[_office(o) for o in p.get("offices", [])])
        for p in people
    ]
    entries += _group_entries(groups)
    known_titles = set(offices)
    for entry in entries:
        for office in entry.offices:
            if office.title not in known_titles and office.title not in _FREE_TITLES:
                raise ValueError(f"{entry.id}: unknown office title {office.title!r}")
    return Dictionary(entries, groups["places"], offices)


# Offices recorded for the record but never named by a bare title in text.
_FREE_TITLES = {
    "ambassador to the united states", "minister without portfolio", "gazprom chief executive",
    "presidential aide", "secretary of the security council", "vice president",
    "deputy chairman of the security council", "speaker of the federation council",
    "speaker of the state duma", "minister for communities and returns",
    "special representative for the dialogue", "special envoy for serbia and kosovo",
    "special envoy for the western balkans", "ambassador to serbia",
    "president of the european commission", "president of the european council",
}
