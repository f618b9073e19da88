"""The words of people's names: what a name word is, how a doc splits into words, the first
names we know, and one key per person whatever spelling of the first name the text uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from ingest.dictionary import Dictionary, ascii_fold, fold
from ingest.mention_words import mention_words
from ingest.name_variants import first_names_of, name_rules

BREAKS = {",", ";", ":", "(", ")", "[", "]", '"', "“", "”", "«", "»", "—", "–", "‒", "/", "!",
          "?", "|", "•", ".", "…"}
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞŠŽČĆĐ][^\W\d_]*(?:['’.-][^\W\d_]+)*")
INITIAL = re.compile(r"[A-Z]{1,2}\.?")
PLACE_LABELS = {"GPE", "LOC", "NORP"}


@dataclass(frozen=True)
class NameSpan:
    start: int  # token indices
    end: int
    origin: str  # dict | ner | titled | listed
    label: str = ""  # the dictionary matcher's key
    titled: bool = False  # right after an honorific or an office word
    country: str | None = None  # a country named just before the name ("Armenia Serzh X")


def is_name_word(text: str) -> bool:
    """'Putin', 'Sassou-Nguesso', 'J.', and 'al-Bashir' (a particle joined to a name)."""
    particle, _, rest = text.partition("-")
    if rest and particle.lower() in mention_words().particles:
        text = rest
    return bool(NAME_WORD.fullmatch(text)) and any(c.islower() for c in text) or bool(
        INITIAL.fullmatch(text))


@lru_cache(maxsize=4)
def given_names(dictionary: Dictionary) -> frozenset[str]:
    """First names of the dictionary's people and of names.yaml, lower case."""
    return first_names_of([ascii_fold(e.native_name) for e in dictionary.people()])


def is_glue(text: str) -> bool:
    words = mention_words()
    return text.lower() in words.particles or text in words.suffixes


def words_of(doc: Doc, start: int, end: int) -> list[Span]:
    """The whitespace-separated words of doc[start:end]; a separating punctuation mark or a
    possessive 's is a word of its own."""
    words: list[list[int]] = []
    for i in range(start, end):
        token, before = doc[i], doc[i - 1] if i > start else None
        glued = (before is not None and not before.whitespace_ and token.text not in BREAKS
                 and before.text not in BREAKS and token.tag_ != "POS" and before.tag_ != "POS")
        if glued:
            words[-1][1] = i + 1
        else:
            words.append([i, i + 1])
    return [doc[s:e] for s, e in words]


@lru_cache(maxsize=4)
def curated_by_surname(dictionary: Dictionary) -> dict[str, list[str]]:
    """Folded last word of each curated person's name (and of the full names among their
    aliases: 'Volodymyr Zelenskyy' gives 'Zelenskyy') -> their ids."""
    found: dict[str, list[str]] = {}
    titles = set(name_rules().title_prefixes)  # "Patriarch Kirill": a title, not a first name
    for entry in dictionary.people():
        if not entry.curated:
            continue
        for name in [entry.name, *entry.aliases]:
            if " " in name and name.split()[0] not in titles:
                ids = found.setdefault(fold(name.split()[-1]), [])
                if entry.id not in ids:
                    ids.append(entry.id)
    return found


@lru_cache(maxsize=1)
def first_name_keys() -> dict[str, str]:
    """Each spelling of a first name in names.yaml -> one of them ('Aleksander' -> 'alexander')."""
    return {spelling: fold(sorted(group)[0])
            for spelling, group in name_rules().first_name_spellings().items()}


def name_key(words: list[str]) -> tuple[str, str]:
    """First name (one spelling of it) and last name, without middle initials or 'Jr.': one
    key per person ('Aleksander Brennik', 'Alexander Brennik')."""
    suffixes = mention_words().suffixes
    words = [w for w in words if w not in suffixes] or words
    first = fold(words[0])
    return first_name_keys().get(first, first), fold(words[-1])
