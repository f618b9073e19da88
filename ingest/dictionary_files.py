"""Read and validate the dictionary's data files (ingest/data/): every row is checked with
pydantic, and a bad one stops the load with the file, the entry and the reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from ingest.dictionary import Entry, Office, fold
from ingest.models import ActorKind
from ingest.name_variants import name_variants

CURATED_PEOPLE = ("people.yaml", "people_world.yaml", "people_russia.yaml")
PHOENIX_PEOPLE = "phoenix_people.json"


class DictionaryError(ValueError):
    """A data file of the dictionary is invalid."""


class PersonRow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    country: str
    aliases: list[str] = []
    offices: list[tuple[str, str, date, date | None]] = []
    surname: str | None = None


class GroupRow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    aliases: list[str] = []
    metonyms: list[str] = []
    demonyms: list[str] = []
    leader: str | None = None
    codes: list[str] = []


class GroupsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    countries: list[GroupRow]
    organisations: list[GroupRow]
    media: list[GroupRow]
    places: dict[str, str]


OFFICES = TypeAdapter(dict[str, list[str]])


def _yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _entry_name(row) -> str:
    return f" ({row.get('id')})" if isinstance(row, dict) and row.get("id") else ""


def _rows(path: Path, rows: list, model: type[BaseModel]) -> list:
    checked = []
    for index, row in enumerate(rows or []):
        try:
            checked.append(model.model_validate(row))
        except ValidationError as error:
            raise DictionaryError(f"{path.name}: entry {index}{_entry_name(row)}: {error}") from None
    return checked


def _person(row: PersonRow, path: Path, curated: bool) -> Entry:
    try:
        return Entry(id=row.id, native_name=row.name, kind=ActorKind.person,
                     country=row.country, aliases=row.aliases, surname=row.surname,
                     curated=curated, offices=[Office(title=t, country=c, start=s, end=e)
                                               for t, c, s, e in row.offices])
    except ValidationError as error:
        raise DictionaryError(f"{path.name}: entry ({row.id}): {error}") from None


def _groups(path: Path) -> tuple[list[Entry], dict[str, str]]:
    try:
        groups = GroupsFile.model_validate(_yaml(path))
    except ValidationError as error:
        raise DictionaryError(f"{path.name}: {error}") from None
    kinds = {"countries": ActorKind.country, "organisations": ActorKind.organisation,
             "media": ActorKind.media}
    entries = [Entry(native_name=row.name, kind=kind, **row.model_dump(exclude={"name"}))
               for section, kind in kinds.items() for row in getattr(groups, section)]
    return entries, groups.places


def _curated_people(folder: Path) -> list[Entry]:
    people: dict[str, tuple[Entry, str]] = {}
    for name in CURATED_PEOPLE:
        path = folder / name
        if not path.exists():
            continue
        for row in _rows(path, _yaml(path), PersonRow):
            if row.id in people:
                raise DictionaryError(f"{name}: entry ({row.id}): id already used in "
                                      f"{people[row.id][1]}")
            people[row.id] = (_person(row, path, curated=True), name)
    return [entry for entry, _ in people.values()]


def _name_keys(names: list[str], drop_middle_names: bool) -> set[str]:
    return {fold(v) for n in names if " " in n for v in name_variants(n, drop_middle_names)}


def _with_phoenix(folder: Path, curated: list[Entry]) -> list[Entry]:
    """Phoenix people, except those a curated person already names: their aliases join the
    curated entry, whose offices win."""
    path = folder / PHOENIX_PEOPLE
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    owner = {key: e for e in curated for key in _name_keys([e.native_name, *e.aliases], True)}
    by_id = {e.id: e for e in curated}
    added = []
    for row in _rows(path, data.get("people"), PersonRow):
        keys = _name_keys([row.name, *row.aliases], True)
        same = by_id.get(row.id) or next((owner[k] for k in sorted(keys) if k in owner), None)
        if same is not None:
            known = {fold(a) for a in [same.native_name, *same.aliases]}
            same.aliases += [a for a in [row.name, *row.aliases] if fold(a) not in known]
            continue
        added.append(_person(row, path, curated=False))
    return added


def _check_references(entries: list[Entry], titles: set[str]) -> None:
    groups = {e.id for e in entries if e.kind != ActorKind.person}
    for entry in entries:
        if entry.country is not None and entry.country not in groups:
            raise DictionaryError(f"{entry.id}: unknown country {entry.country!r}")
        if entry.leader is not None and entry.leader not in titles:
            raise DictionaryError(f"{entry.id}: unknown leader title {entry.leader!r}")
        for office in entry.offices:
            if office.title not in titles:
                raise DictionaryError(f"{entry.id}: unknown office title {office.title!r}")
            if office.country not in groups:
                raise DictionaryError(f"{entry.id}: unknown office country {office.country!r}")
            if office.end is not None and office.end < office.start:
                raise DictionaryError(f"{entry.id}: office {office.title!r} ends before it starts")


def read_dictionary_files(folder: Path) -> tuple[list[Entry], dict[str, str], dict[str, list[str]]]:
    try:
        offices = OFFICES.validate_python(_yaml(folder / "offices.yaml"))
    except ValidationError as error:
        raise DictionaryError(f"offices.yaml: {error}") from None
    groups, places = _groups(folder / "groups.yaml")
    curated = _curated_people(folder)
    entries = curated + _with_phoenix(folder, curated) + groups
    _check_references(entries, set(offices))
    countries = {e.id for e in groups}
    for place, country in places.items():
        if country not in countries and country != fold(place):
            raise DictionaryError(f"groups.yaml: place {place!r}: unknown country {country!r}")
    return entries, places, offices
