"""The other written forms of one person's name: first-name transliterations and nicknames
(Sergei/Sergey, Bill/William), surname endings (Nazarbayev/Nazarbaev), optional middle
names and initials ("George W. Bush" -> "George Bush"), optional suffixes ("Jr.").
The tables live in ingest/data/names.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ingest.data_file import load_validated

NAMES_FILE = Path(__file__).resolve().parent / "data" / "names.yaml"


class NameRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    first_names: list[list[str]]
    surname_endings: list[list[str]]
    suffixes: list[str]
    particles: list[str]
    title_prefixes: list[str]
    common_word_surnames: list[str]

    def first_name_spellings(self) -> dict[str, set[str]]:
        spellings: dict[str, set[str]] = {}
        for group in self.first_names:
            for name in group:
                spellings.setdefault(name.lower(), set()).update(group)
        return spellings


@lru_cache
def name_rules(path: Path = NAMES_FILE) -> NameRules:
    return load_validated(path, NameRules)


@lru_cache
def _spellings() -> dict[str, set[str]]:
    return name_rules().first_name_spellings()


@lru_cache
def _endings() -> tuple[str, ...]:
    return tuple(e for group in name_rules().surname_endings for e in group)


@lru_cache
def _title_prefixes() -> frozenset[str]:
    return frozenset(name_rules().title_prefixes)


@lru_cache
def _lower_set(field: str) -> frozenset[str]:
    return frozenset(w.lower() for w in getattr(name_rules(), field))


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def without_suffix(words: list[str]) -> list[str]:
    suffixes = _lower_set("suffixes")
    while len(words) > 2 and words[-1].lower().rstrip(",") in suffixes:
        words = words[:-1]
    return [w.rstrip(",") for w in words]


def shortened(words: list[str]) -> list[list[str]]:
    """The name without its middle initials (first), then, of a three-word name without
    particles, first + last and middle + last ("Recep Erdogan", "Tayyip Erdogan")."""
    lower = [w.lower() for w in words]
    if not _lower_set("particles").isdisjoint(lower) or not all(w[:1].isupper() for w in words) \
            or any(w.startswith(("al-", "el-")) for w in lower):
        return []  # "Ursula von der Leyen", "Kirill of Moscow"
    core = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and is_initial(w))]
    forms = [core] if 2 <= len(core) < len(words) else [words]
    if len(core) == 3 and all(len(w) >= 4 for w in core) and core[0] not in _title_prefixes():
        forms += [[core[0], core[2]], [core[1], core[2]]]  # not "Kim Un", "Pope XVI"
    return forms


def is_distinctive(name: str) -> bool:
    """A full name safe to match in any text: one word of four letters or more, and a surname
    that is not a common word or surname ('Ho On', 'Andrew Smith' are not)."""
    words = without_suffix(name.split())
    return (len(words) >= 2 and any(len(w) >= 4 for w in words)
            and words[-1].lower() not in _lower_set("common_word_surnames"))


def respelt(words: list[str]) -> list[list[str]]:
    """The same name with each other spelling of its first name and of its surname ending."""
    firsts = _spellings().get(words[0].lower(), {words[0]})
    lasts, last = {words[-1]}, words[-1].lower()
    if last.endswith(_endings()):
        for group in name_rules().surname_endings:
            for ending in group:
                if last.endswith(ending):
                    lasts |= {words[-1][: -len(ending)] + other for other in group}
    return [[first, *words[1:-1], last] for first in firsts for last in lasts]


@lru_cache(maxsize=1 << 16)
def name_variants(name: str, drop_middle_names: bool = True) -> frozenset[str]:
    """Every generated form of a full name (two words or more), the name itself included.
    Without `drop_middle_names` only middle initials are left out."""
    words = without_suffix(name.split())
    if len(words) < 2:
        return frozenset({name})
    short = shortened(words)
    forms = [words, *(short if drop_middle_names else short[:1])]
    found = {name, " ".join(words)}
    for form in forms:
        found |= {" ".join(w) for w in respelt(form)}
    return frozenset(found)


def takes_surname_alone(name: str, first_names: frozenset[str] = frozenset()) -> bool:
    """'Putin' names Vladimir Putin; 'May' (a word), 'Francis' (Pope Francis) or 'Pavel'
    (Petr Pavel; a first name, given in `first_names` lower case) alone name nobody."""
    rules = name_rules()
    words = without_suffix(name.split())
    if len(words) < 2 or words[0] in rules.title_prefixes:
        return False
    last = words[-1].lower()
    return last not in _lower_set("common_word_surnames") and last not in first_names


def first_names_of(names: list[str]) -> frozenset[str]:
    """The first names of these full names, and every spelling in names.yaml, lower case."""
    found = {n.split()[0].lower() for n in names if " " in n}
    return frozenset(found | {f.lower() for group in name_rules().first_names for f in group})
