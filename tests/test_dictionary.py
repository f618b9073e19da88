"""The actor dictionary on the real data files: validation, offices on a date, name variants,
curated people winning over the Phoenix-derived ones. No database, no spaCy model."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from ingest.dictionary import DATA, FUZZY_THRESHOLD, fold, load_dictionary
from ingest.dictionary_files import DictionaryError, read_dictionary_files
from ingest.models import ActorKind


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary()


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    for name in ("people.yaml", "people_world.yaml", "groups.yaml", "offices.yaml", "names.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def add_person(folder: Path, row: str) -> None:
    with (folder / "people_world.yaml").open("a") as handle:
        handle.write(row + "\n")


def test_a_malformed_entry_names_the_file_and_the_entry(data_copy):
    add_person(data_copy, "- {id: ada-example, name: Ada Example, country: france, "
                          "offices: [[president, france, not-a-date, null]]}")
    with pytest.raises(DictionaryError, match=r"people_world\.yaml: entry \d+ \(ada-example\)"):
        read_dictionary_files(data_copy)


def test_an_unknown_field_is_refused(data_copy):
    add_person(data_copy, "- {id: ada-example, name: Ada Example, country: france, nickname: Ada}")
    with pytest.raises(DictionaryError, match="ada-example"):
        read_dictionary_files(data_copy)


@pytest.mark.parametrize("row, reason", [
    ("- {id: ada-example, name: Ada Example, country: atlantis}", "unknown country"),
    ("- {id: ada-example, name: Ada Example, country: france, "
     "offices: [[grand vizier, france, 2001-01-01, null]]}", "unknown office title"),
    ("- {id: ada-example, name: Ada Example, country: france, "
     "offices: [[president, france, 2001-01-01, 2000-01-01]]}", "ends before it starts"),
    ("- {id: vladimir-putin, name: Ada Example, country: france}", "already used in people.yaml"),
])
def test_inconsistent_entries_are_refused(data_copy, row, reason):
    add_person(data_copy, row)
    with pytest.raises(DictionaryError, match=reason):
        read_dictionary_files(data_copy)


def test_office_holders_on_a_date(dictionary):
    assert dictionary.holder("president", "france", date(2013, 6, 1)) == "francois-hollande"
    assert dictionary.holder("president", "russia", date(2010, 1, 1)) == "dmitry-medvedev"
    assert dictionary.holder("president", "russia", date(2001, 1, 1)) == "vladimir-putin"
    assert dictionary.holder("president", "yugoslavia", date(2001, 1, 1)) == "vojislav-kostunica"
    assert dictionary.holder("prime minister", "serbia", date(2002, 6, 1)) == "zoran-djindjic"
    assert dictionary.holder("secretary general", "nato", date(2006, 1, 1)) == "jaap-de-hoop-scheffer"
    assert dictionary.holder("chancellor", "germany", date(2003, 1, 1)) == "gerhard-schroeder"
    assert dictionary.holder("president", "france", date(1950, 1, 1)) is None


@pytest.mark.parametrize("forms", [
    ["George W. Bush", "George Bush", "George Walker Bush"],
    ["Recep Tayyip Erdogan", "Recep Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan"],
    ["Sergey Lavrov", "Sergei Lavrov", "Sergei V. Lavrov", "Lavrov"],
    ["Dmitry Medvedev", "Dmitri Medvedev", "Dmitriy Medvedev"],
    ["Yury Ushakov", "Yuri Ushakov"],
    ["Alexander Lukashenko", "Aleksandr Lukashenko", "Alexander Lukashenka"],
    ["Nursultan Nazarbayev", "Nursultan Nazarbaev"],
    ["Joe Biden", "Joseph Biden", "Joseph R. Biden", "Joseph R. Biden Jr."],
    ["Zoran Đinđić", "Zoran Djindjic"],
])
def test_name_variants_resolve_to_one_person(dictionary, forms):
    ids = {tuple(dictionary.lookup(form)) for form in forms}
    assert len(ids) == 1 and len(next(iter(ids))) == 1, {f: dictionary.lookup(f) for f in forms}


def test_two_bushes_stay_two_people(dictionary):
    assert dictionary.lookup("George H. W. Bush") == ["george-h-w-bush"]
    assert dictionary.lookup("George Bush") == ["george-w-bush"]


def test_surnames_that_are_words_or_first_names_need_the_full_name(dictionary):
    assert dictionary.lookup("Theresa May") == ["theresa-may"]
    assert dictionary.lookup("May") == []
    assert dictionary.lookup("Petr Pavel") == ["petr-pavel"]
    assert dictionary.lookup("Pavel") == []  # a first name too
    assert dictionary.lookup("Pope Francis") == ["pope-francis"]
    assert dictionary.lookup("Francis") == []
    assert dictionary.lookup("of Moscow") == []


def phoenix_rows() -> dict[str, dict]:
    data = json.loads((DATA / "phoenix_people.json").read_text(encoding="utf-8"))
    assert "MIT" in data["about"]["licence"]
    return {row["id"]: row for row in data["people"]}


def test_curated_people_win_over_phoenix(dictionary):
    rows = phoenix_rows()
    phoenix_medvedev = rows["dmitr-medvedev"]  # a Phoenix entry for the same man
    assert "Dmitri Anatolyevich Medvedev" in phoenix_medvedev["aliases"]
    assert "dmitr-medvedev" not in dictionary.entries
    medvedev = dictionary.entries["dmitry-medvedev"]
    assert medvedev.curated
    assert dictionary.lookup("Dmitri Anatolyevich Medvedev") == ["dmitry-medvedev"]
    assert {o.title for o in medvedev.offices} >= {"president", "prime minister"}
    assert all(o.title != "government official" for o in medvedev.offices)


def test_phoenix_people_are_dictionary_people_with_a_country(dictionary):
    rows = phoenix_rows()
    assert rows["igor-sechin"]["country"] == "russia"
    sechin = dictionary.entries[dictionary.lookup("Igor Sechin")[0]]
    assert not sechin.curated and sechin.country == "russia"
    assert dictionary.lookup("Sechin") == []  # a Phoenix surname alone names nobody
    assert sechin.offices and all(o.title == "government official" for o in sechin.offices)


def test_fuzzy_matching_is_limited_to_curated_people(dictionary):
    assert dictionary.fuzzy_person("Sergey Lavrof") == "sergey-lavrov"
    assert all(dictionary.entries[i].curated for i in set(dictionary.full_names.values()))
    assert dictionary.fuzzy_person("Igor Sechinn") is None
    assert FUZZY_THRESHOLD > 88.9  # the closest distinct curated pair, Li Keqiang / Li Qiang


def test_every_country_of_a_person_is_an_entry(dictionary):
    groups = {e.id for e in dictionary.entries.values() if e.kind != ActorKind.person}
    assert {"yugoslavia", "serbia-and-montenegro", "holy-see", "canada"} <= groups
    assert all(e.country in groups for e in dictionary.people())
    assert fold("Serbia and Montenegro") in dictionary.surface


def test_a_canonical_spelling_and_its_transliteration_are_one_person(dictionary):
    assert dictionary.entries["gurbanguly-berdimuhamedow"].native_name == "Gurbanguly Berdimuhamedov"
    for form in ("Gurbanguly Berdimuhamedov", "Gurbanguly Berdimuhamedow", "Gurbanguly Berdymukhamedov"):
        assert dictionary.lookup(form) == ["gurbanguly-berdimuhamedow"], form


def test_the_president_of_indonesia_on_a_date(dictionary):
    assert dictionary.holder("president", "indonesia", date(2019, 3, 1)) == "joko-widodo"
    assert dictionary.holder("president", "indonesia", date(2025, 3, 1)) == "prabowo-subianto"


def test_the_prime_minister_of_pakistan_on_a_date(dictionary):
    assert dictionary.holder("prime minister", "pakistan", date(2020, 6, 1)) == "imran-khan"
    assert dictionary.holder("prime minister", "pakistan", date(2015, 1, 1)) == "nawaz-sharif"
