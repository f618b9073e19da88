"""Topic vocabulary (ingest/data/topics.yaml) and keyword matching."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator
from spacy.tokens import Span, Token

from ingest.data_file import load_validated
from ingest.dictionary import ascii_fold

DATA = Path(__file__).resolve().parent / "data" / "topics.yaml"
DIALOGUE = "belgrade-pristina-dialogue"
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
            if keyword != keyword.lower():  # matched against lower-cased text
                raise ValueError(f"keyword {keyword!r} must be written in lower case")
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
    """Matched against lower-cased text (the keywords are lower case): cheaper than
    IGNORECASE, with the same matches."""
    return {tid: re.compile(r"\b(?:" + "|".join(e["keywords"]) + r")")
            for tid, e in vocabulary().items()}


def topics_in(text: str) -> list[str]:
    """Topic ids named in the text, most specific first ('Priština' read as 'Pristina',
    'the "unprovoked attacks" on troops' without its quotation marks)."""
    text = QUOTES.sub("", ascii_fold(text)).lower()
    found = [tid for tid, pattern in patterns().items() if pattern.search(text)]
    if IMPLIES_KOSOVO & set(found) and "kosovo" not in found:
        found.append("kosovo")
    return found


def earlier_dialogue(tokens: Span) -> list[str]:
    """'the dialogue' after the article has named the Belgrade-Pristina one."""
    if not any(t.lemma_.lower() == "dialogue" and any(c.lower_ == "the" for c in t.children)
               for t in tokens):
        return []
    before = tokens.doc[:tokens.sent.start].text
    return [t for t in topics_in(before) if t == DIALOGUE]


def glued_end(last: Token) -> int:
    """The end (exclusive token index) of the lower-case word `last` ends, through hyphens
    written with no space ('de-escalate', split by the tokenizer into three tokens)."""
    doc, end = last.doc, last.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end - 1].text.islower() and (
            not doc[end - 1].whitespace_ and not doc[end].whitespace_
            and doc[end + 1].text.islower()):
        end += 2
    return end
