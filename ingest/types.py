"""Mentions found in an article: actors (with how each was resolved) and places; and the
state one article's reading shares between the rooms of the mention finder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span

from ingest.dictionary import Dictionary
from ingest.models import ActorKind


@dataclass
class Mention:
    start: int  # character offsets in the doc
    end: int
    root: int  # token index of the mention's syntactic head
    actor_id: str
    kind: ActorKind
    via: str  # name | alias | fuzzy | ner | title | pronoun | metonym
    text: str
    subject: bool = False

    @property
    def explicit(self) -> bool:
        return self.via in {"name", "alias", "metonym"}


@dataclass
class Place:
    root: int
    name: str
    country: str | None


@dataclass
class ArticleMentions:
    actors: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    new_people: dict[str, str] = field(default_factory=dict)  # id -> name (not in dictionary)
    new_people_country: dict[str, str] = field(default_factory=dict)  # from "President of X Y"
    speakers: dict[int, Mention] = field(default_factory=dict)  # sentence start -> "I"

    def in_span(self, span: Span) -> list[Mention]:
        return [m for m in self.actors if span.start <= m.root < span.end]

    def at_token(self, index: int) -> Mention | None:
        return next((m for m in self.actors if m.root == index), None)


@dataclass
class Reading:
    """One article's reading so far, shared by the rooms of the mention finder."""

    dictionary: Dictionary
    published: date | None
    result: ArticleMentions = field(default_factory=ArticleMentions)
    history: list[Mention] = field(default_factory=list)  # people, in reading order
    speaker: Mention | None = None  # "Vladimir Putin: ..." in transcripts
    text: str = ""  # the doc's text, built once (Doc.text joins every token on each call)

    def last_subject(self) -> Mention | None:
        for mention in reversed(self.history):
            if mention.kind == ActorKind.person and mention.subject:
                return mention
        return None
