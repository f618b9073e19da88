"""Whose voice a text is in: the press office's principal (ingest/data/principals.yaml),
found from the article's url or outlet, else from the text's house style (a subjectless
event headline, the office's own phrases), with the holder on the article's date."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator
from spacy.tokens import Doc, Span

from ingest.data_file import load_validated
from ingest.dictionary import Dictionary
from ingest.models import ActorKind
from ingest.nlp import text_of
from ingest.types import ArticleMentions

DATA = Path(__file__).resolve().parent / "data" / "principals.yaml"


class Principal(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    office: str
    country: str
    outlets: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    country_words: frozenset[str] = frozenset()
    headlines: tuple[str, ...] = ()
    fallback: bool = False
    voice_only: bool = False  # chosen only by its outlet or its own phrases, never by names

    @property
    def title(self) -> str:
        """How its releases name the office bare: 'the President', 'the Prime Minister'."""
        return self.office.title()


class PrincipalData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    principals: tuple[Principal, ...]
    subjectless_headlines: tuple[str, ...]

    @field_validator("subjectless_headlines")
    @classmethod
    def compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            re.compile(pattern)
        return value

    @field_validator("principals")
    @classmethod
    def headlines_compile(cls, value: tuple[Principal, ...]) -> tuple[Principal, ...]:
        for principal in value:
            for pattern in principal.headlines:
                re.compile(pattern)
        return value


@lru_cache
def principal_data() -> PrincipalData:
    return load_validated(DATA, PrincipalData)


@lru_cache
def headline_pattern() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in principal_data().subjectless_headlines),
                      re.IGNORECASE)


def headline_of(doc: Doc) -> Span | None:
    """The first paragraph when it is a one-line headline (no final full stop)."""
    first = next(iter(doc.sents), None)
    if first is None or first.text.rstrip().endswith("."):
        return None
    # Doc.text joins every token on each call: look for the paragraph break near the start
    # (a break is its own whitespace token, so the text up to it is the first tokens')
    head = doc[:min(len(doc), first.end + 2)].text
    return first if "\n\n" in head and head.index("\n\n") <= first.end_char + 1 else None


def subjectless_headline(doc: Doc) -> bool:
    headline = headline_of(doc)
    return headline is not None and bool(headline_pattern().match(headline.text.strip()))


def outlet_principal(where: str | None) -> Principal | None:
    if not where:
        return None
    lowered = where.lower()
    return next((p for p in principal_data().principals
                 if any(o in lowered for o in p.outlets)), None)


def style_principal(doc: Doc, mentions: ArticleMentions | None = None,
                    dictionary: Dictionary | None = None,
                    published: date | None = None) -> Principal | None:
    """The office whose own phrases the text uses most ('President of Russia ...'), or whose
    house headline it has in a text that names the office's country or its holder of the
    day ('PM meeting with X' and the UK or Keir Starmer)."""
    text = text_of(doc)
    headline = headline_of(doc)
    counts = Counter({p: sum(text.count(s) for s in p.signals) + (
        headline is not None and house_headline(p, headline.text)
        and names_its_country(p, text, mentions, dictionary, published))
        for p in principal_data().principals})
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None


def house_headline(principal: Principal, headline: str) -> bool:
    return any(re.match(p, headline, re.IGNORECASE) for p in principal.headlines)


def names_its_country(principal: Principal, text: str, mentions: ArticleMentions | None,
                      dictionary: Dictionary | None, published: date | None) -> bool:
    if any(re.search(rf"\b{re.escape(w)}\b", text) for w in principal.country_words):
        return True
    if mentions is None or dictionary is None or published is None:
        return False
    holders = set(dictionary.holders(principal.office, principal.country, published))
    return any(m.actor_id in holders for m in mentions.actors)


def country_principal(doc: Doc, mentions: ArticleMentions,
                      dictionary: Dictionary) -> Principal | None:
    """The office whose country the text names most (at least once: as an actor, a place,
    one of its country words or a named official of it: 'Mr X briefed the President' with X
    a Russian governor); a fallback for a release that says 'the President' and never
    names him."""
    named = Counter(m.actor_id for m in mentions.actors if m.kind == ActorKind.country)
    named.update(place.country for place in mentions.places if place.country)
    named.update(entry.country for m in mentions.actors
                 if m.kind == ActorKind.person and m.explicit
                 for entry in [dictionary.entries.get(m.actor_id)] if entry and entry.country)
    for principal in principal_data().principals:
        named[principal.country] += sum(1 for token in doc if token.text in principal.country_words)
    scored = [(named[p.country], p) for p in principal_data().principals
              if named[p.country] and not p.voice_only]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def fallback_principal() -> Principal | None:
    """The office assumed when a text names no principal's country and someone reports to 'the
    President' ('Mr X briefed the President on ...'): `fallback: true` in principals.yaml."""
    return next((p for p in principal_data().principals if p.fallback), None)


def holder_of(principal: Principal, mentions: ArticleMentions, dictionary: Dictionary,
              published: date | None) -> str | None:
    """Who held the office on the article's date; else the person named most in the text
    who held it at some time (an acting president, an undated article)."""
    if published is not None:
        ids = dictionary.holders(principal.office, principal.country, published)
        if len(ids) == 1:
            return ids[0]
    ever = set(dictionary.holders(principal.office, principal.country, None))
    named = Counter(m.actor_id for m in mentions.actors if m.actor_id in ever)
    return named.most_common(1)[0][0] if named else None


def named_principal(mentions: ArticleMentions, dictionary: Dictionary,
                    published: date | None, explicit: bool = True) -> Principal | None:
    """The office whose holder on the article's date the text names most (by name, or
    with `explicit` False by title too: 'the Russian head of state')."""
    if published is None:
        return None
    counts: Counter = Counter()
    for principal in principal_data().principals:
        if principal.voice_only:
            continue
        holders = set(dictionary.holders(principal.office, principal.country, published))
        counts[principal] = sum(m.actor_id in holders and (m.explicit or not explicit)
                                 for m in mentions.actors)
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None
