"""The actor dictionary: people with offices and dates, countries, organisations, media and
places, loaded from ingest/data/ and validated. Curated people (people.yaml,
people_world.yaml) win over the Phoenix-derived people (phoenix_people.json) when both name
one person."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, PrivateAttr, field_validator
from rapidfuzz import fuzz, process

from ingest.models import ActorKind
from ingest.name_variants import (
    first_names_of,
    is_distinctive,
    name_variants,
    takes_surname_alone,
)

DATA = Path(__file__).resolve().parent / "data"
SPECIAL_LETTERS = str.maketrans({"đ": "dj", "Đ": "Dj", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l",
                                 "Ł": "L", "ı": "i", "’": "'", "‘": "'"})
# Measured by scripts/fuzzy_threshold.py: above "Li Keqiang" / "Li Qiang" (88.9), below most
# single-letter misspellings. Closer pairs ("George H. W. Bush" / "George W. Bush", 96.3) are
# told apart because an exact form is always looked up before fuzzy matching.
FUZZY_THRESHOLD = 90.0


@lru_cache(maxsize=1 << 16)
def ascii_fold(text: str) -> str:
    """'Dačić' -> 'Dacic', 'Đurić' -> 'Djuric' (case kept)."""
    if text.isascii():  # nothing to fold, and most texts are
        return text
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
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
    codes: list[str] = []  # Phoenix/CAMEO codes of a country or organisation
    curated: bool = True  # False: from the Phoenix dictionaries
    surname: str | None = None  # the short form; "" for none; None: the last word if safe
    _forms: set[str] | None = PrivateAttr(default=None)
    _generated: frozenset[str] | None = PrivateAttr(default=None)
    _first_names: frozenset[str] = PrivateAttr(default=frozenset())

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

    def explicit_forms(self) -> set[str]:
        """The names as written in the data, and the surname alone where it is safe."""
        forms = {self.native_name, *self.aliases}
        if self.kind == ActorKind.person and not self.curated:
            forms = {f for f in forms if is_distinctive(ascii_fold(f))}
        if self.kind == ActorKind.person and self.curated:
            if self.surname is None and takes_surname_alone(ascii_fold(self.native_name),
                                                            self._first_names):
                forms.add(self.native_name.split()[-1])
            elif self.surname:
                forms.add(self.surname)
        return forms | {ascii_fold(f) for f in forms}

    def generated_forms(self) -> frozenset[str]:
        """Other spellings of its full names (transliterations, middle names left out)."""
        if self.kind != ActorKind.person:
            return frozenset()
        if self._generated is None:
            found = {v for f in {self.native_name, *self.aliases}
                     for v in name_variants(f, drop_middle_names=self.curated)}
            if not self.curated:
                found = {f for f in found if is_distinctive(ascii_fold(f))}
            self._generated = frozenset(found | {ascii_fold(f) for f in found})
        return self._generated

    def surface_forms(self) -> set[str]:
        if self._forms is None:
            self._forms = self.explicit_forms() | self.generated_forms()
        return self._forms

    def offices_on(self, day: date | None) -> list[Office]:
        return [o for o in self.offices if o.held_on(day)]


def settle_forms(entries: list[Entry]) -> None:
    """Generated forms that another entry writes explicitly, or that a curated person also
    generates, are dropped: they must not merge two people."""
    first_names = first_names_of([ascii_fold(e.native_name) for e in entries
                                  if e.kind == ActorKind.person])
    explicit: dict[str, set[str]] = {}
    curated_generated: dict[str, set[str]] = {}
    for entry in entries:
        entry._first_names = first_names
        for form in entry.explicit_forms():
            explicit.setdefault(fold(form), set()).add(entry.id)
        if entry.curated:
            for form in entry.generated_forms():
                curated_generated.setdefault(fold(form), set()).add(entry.id)
    for entry in entries:
        own = entry.explicit_forms()
        for form in entry.generated_forms() - own:
            key = fold(form)
            others = explicit.get(key, set()) - {entry.id}
            if not entry.curated:
                others |= curated_generated.get(key, set())
            if not others:
                own.add(form)
        entry._forms = own


class Dictionary:
    """Lookups over the entries."""

    def __init__(self, entries: list[Entry], places: dict[str, str], offices: dict[str, list[str]]):
        self.entries = {e.id: e for e in entries}
        if len(self.entries) != len(entries):
            raise ValueError("duplicate ids in the actor dictionary")
        settle_forms(entries)
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
        self._by_title: dict[str, list[tuple[str, Office]]] = {}
        for entry in entries:
            for office in entry.offices:
                self._by_title.setdefault(office.title, []).append((entry.id, office))

    @cached_property
    def full_names(self) -> dict[str, str]:
        """Folded full names of curated people -> id (for fuzzy matching: the thousands of
        Phoenix names would make near neighbours of distinct people)."""
        return {fold(form): e.id for e in self.entries.values()
                if e.kind == ActorKind.person and e.curated
                for form in e.surface_forms() if " " in form}

    @cached_property
    def _full_name_keys(self) -> list[str]:
        return list(self.full_names)

    def people(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == ActorKind.person]

    def lookup(self, text: str) -> list[str]:
        """Ids named by `text`; a full name also without its middle initials or "Jr.", and
        with its particles written apart ('al-Saud' as 'Al Saud')."""
        found = self.surface.get(fold(text))
        if found is None and "-" in text:
            found = self.surface.get(fold(text.replace("-", " ")))
        if found is None and " " in text.strip():
            shorter = name_variants(text.strip(), drop_middle_names=False)
            found = next((self.surface[k] for k in sorted(map(fold, shorter)) if k in self.surface),
                         None)
        return found or []

    def fuzzy_person(self, text: str, threshold: float = FUZZY_THRESHOLD) -> str | None:
        """A curated person for a misspelt full name ('Sergey Lavrof'), or None."""
        key = fold(text)
        if " " not in key:
            return None
        best = process.extractOne(key, self._full_name_keys, scorer=fuzz.ratio)
        if best is None or best[1] < threshold:
            return None
        surname_score = fuzz.ratio(key.split()[-1], best[0].split()[-1])
        return self.full_names[best[0]] if surname_score >= 75 else None

    def holders(self, title: str, country: str | None, day: date | None) -> list[str]:
        """People who held `title` (in `country`) on `day` (any time when day is None)."""
        found = [pid for pid, o in self._by_title.get(title, [])
                 if o.held_on(day) and (country is None or o.country == country)]
        return list(dict.fromkeys(found))

    def holder(self, title: str, country: str | None, day: date | None) -> str | None:
        """The one person who held `title` in `country` on `day`, else None."""
        ids = self.holders(title, country, day)
        return ids[0] if len(ids) == 1 else None

    def office_of(self, person_id: str, day: date | None) -> Office | None:
        entry = self.entries.get(person_id)
        offices = entry.offices_on(day) if entry else []
        return offices[-1] if offices else None


@lru_cache
def load_dictionary(folder: Path = DATA) -> Dictionary:
    from ingest.dictionary_files import read_dictionary_files

    entries, places, offices = read_dictionary_files(folder)
    return Dictionary(entries, places, offices)
