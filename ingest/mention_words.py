"""The word lists of ingest/data/mention_words.yaml, validated on load."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from ingest.data_file import load_validated

WORDS_FILE = Path(__file__).resolve().parent / "data" / "mention_words.yaml"


class MentionWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    honorifics: frozenset[str]
    courtesy_titles: frozenset[str]
    clergy_titles: frozenset[str]
    title_words: frozenset[str]
    not_name_words: frozenset[str]
    place_names: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    title_connectors: frozenset[str]
    titled_words: frozenset[str]
    title_links: frozenset[str]
    vague_offices: frozenset[str]
    trip_nouns: frozenset[str]
    telling_verbs: frozenset[str]
    answer_labels: frozenset[str]
    question_labels: frozenset[str]
    parent_named: dict[str, frozenset[str]]
    other_bodies: dict[str, frozenset[str]]

    @field_validator("title_words", "not_name_words", "particles", "title_connectors", "titled_words",
                     "title_links", "vague_offices", "trip_nouns", "telling_verbs", "answer_labels",
                     "question_labels")
    @classmethod
    def lower_case(cls, words: frozenset[str]) -> frozenset[str]:
        upper = sorted(w for w in words if w != w.lower())
        if upper:
            raise ValueError(f"write these in lower case: {upper}")
        return words

    def introduces_surname(self, word: str) -> bool:
        """'Mr', 'Governor', 'President': a lone surname after it is a person."""
        return word.rstrip(".") in self.courtesy_titles or word.lower() in self.title_words

    def blocks_name(self, word: str) -> bool:
        """A word that is never part of a person's name."""
        bare = word.rstrip(".").lower()
        return (bare in self.not_name_words or bare in self.title_words
                or word.rstrip(".") in self.honorifics or word in self.place_names)


@lru_cache
def mention_words(path: Path = WORDS_FILE) -> MentionWords:
    return load_validated(path, MentionWords)
