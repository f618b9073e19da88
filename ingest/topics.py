"""Topic vocabulary (ingest/data/topics.yaml) and keyword matching."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ingest.data_file import load_validated
from ingest.dictionary import ascii_fold

DATA = Path(__file__).resolve().parent / "data" / "topics.yaml"
# Topics that are about Kosovo whether or not the sentence names it.
IMPLIES_KOSOVO = {"belgrade-pristina-dialogue", "serb-municipalities"}
QUOTES = re.compile("[\"“”«»]")


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1)
    keywords: list[str] = Field(min_length=1)

    @field_validator("keywords")
    @classmethod
    def compiles(cls, keywords: list[str]) -> list[str]:
        for keyword in keywords:
            try:
                re.compile(keyword)
            except re.error as exc:
                raise ValueError(f"keyword {keyword!r} is not a valid pattern: {exc}") from exc
        return keywords


@lru_cache
def vocabulary() -> dict[str, dict]:
    """id -> {label, keywords}, in the file's order (specific first); validated on load."""
    topics = load_validated(DATA, dict[str, Topic])
    return {topic_id: topic.model_dump() for topic_id, topic in topics.items()}


@lru_cache
def patterns() -> dict[str, re.Pattern]:
    return {tid: re.compile(r"\b(?:" + "|".join(e["keywords"]) + r")", re.IGNORECASE)
            for tid, e in vocabulary().items()}


def topics_in(text: str) -> list[str]:
    """Topic ids named in the text, most specific first ('Priština' read as 'Pristina',
    'the "unprovoked attacks" on troops' without its quotation marks)."""
    text = QUOTES.sub("", ascii_fold(text))
    found = [tid for tid, pattern in patterns().items() if pattern.search(text)]
    if IMPLIES_KOSOVO & set(found) and "kosovo" not in found:
        found.append("kosovo")
    return found
