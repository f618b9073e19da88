"""A trip abroad: 'X made a state visit to Kyrgyzstan', 'X arrived in India on an official
visit', 'Visit to India' (a release's headline). The country travelled to is the visit's
place (countries are actors, not places, so the place rules do not see them)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dictionary import Dictionary
from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.types import ArticleMentions, Mention

FORMAL_TITLES = event_cues().event_trips.formal_titles
DESTINATION_PREPS = event_cues().event_trips.destination_preps
MOTIONS = event_cues().event_trips.motions


def anchors(trigger: Token) -> list[Token]:
    """The trigger, and for 'arrived in X on a visit', 'comes to X for a state visit' the
    motion the visit hangs from."""
    found = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in {"on", "for"}:
        verb = trigger.head.head
        if verb.lemma_ in MOTIONS:
            found.append(verb)
    return found


def destinations(anchor: Token) -> list[Token]:
    """'visit to X', 'arrived in X', 'visited X': the tokens naming where to."""
    preps = DESTINATION_PREPS.get(anchor.lemma_.lower(), set())
    found = [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in preps
             for p in c.children if p.dep_ == "pobj"]
    if anchor.pos_ == "VERB" and anchor.lemma_ == "visit":
        found += [c for c in anchor.children if c.dep_ == "dobj"]
    return found + [named for token in found for named in named_within(token)]


def named_within(token: Token) -> list[Token]:
    """'the Federal Republic of Germany': the name after a state's formal title;
    'Danang, Vietnam': the country after a town."""
    found = [c for c in token.children if c.dep_ in {"appos", "conj"}]
    if token.lower_ in FORMAL_TITLES:
        found += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    return found


def home_of(visitor: Mention, dictionary: Dictionary) -> str | None:
    entry = dictionary.entries.get(visitor.actor_id)
    return entry.country if entry is not None and entry.kind == ActorKind.person else None


def country_travelled_to(trigger: Token, visitor: Mention, mentions: ArticleMentions,
                         dictionary: Dictionary) -> str | None:
    """The name of the foreign country the visit goes to, if the phrase names one."""
    for anchor in anchors(trigger):
        for token in destinations(anchor):
            country = mentions.at_token(token.i)
            if country is None or country.kind != ActorKind.country:
                continue
            if country.actor_id == home_of(visitor, dictionary):
                return None  # a visit home is a misreading
            entry = dictionary.entries.get(country.actor_id)
            return entry.name if entry is not None else country.text
    return None
