"""Mentions found in an article: actors (with how each was resolved) and places; and the
state one article's reading shares between the rooms of the mention finder."""

from __future__ import annotations

from bisect import bisect_left
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

    _index: tuple[int, list[int], list[tuple[int, Mention]]] | None = field(
        default=None, repr=False)

    def between(self, first: int, stop: int) -> list[Mention]:
        """Mentions whose root token is in [first, stop), in the order they were found. An
        index by root, rebuilt when the list has grown, makes this a bisection rather than
        a scan of the whole article (which made long articles quadratic)."""
        if self._index is None or self._index[0] != len(self.actors):
            ordered = sorted(enumerate(self.actors), key=lambda pair: pair[1].root)
            self._index = (len(self.actors), [m.root for _, m in ordered], ordered)
        _, roots, ordered = self._index
        found = ordered[bisect_left(roots, first):bisect_left(roots, stop)]
        return [m for _, m in sorted(found, key=lambda pair: pair[0])]

    def in_span(self, span: Span) -> list[Mention]:
        return self.between(span.start, span.end)

    def at_token(self, index: int) -> Mention | None:
        return next(iter(self.between(index, index + 1)), None)


@dataclass
class Reading:
    """One article's reading so far, shared by the rooms of the mention finder."""

    dictionary: Dictionary
    published: date | None
    result: ArticleMentions = field(default_factory=ArticleMentions)
    history: list[Mention] = field(default_factory=list)  # people, in reading order
    speaker: Mention | None = None  # "Vladimir Putin: ..." in transcripts
    addressee: Mention | None = None  # "Q: Minister, you met ...": the person interviewed
    named_people: list[Mention] = field(default_factory=list)  # every name of the article
    text: str = ""  # the doc's text, built once (Doc.text joins every token on each call)

    def last_subject(self) -> Mention | None:
        for mention in reversed(self.history):
            if mention.kind == ActorKind.person and mention.subject:
                return mention
        return None
