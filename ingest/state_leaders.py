"""'The leaders of China, Russia and Mongolia', 'the heads of state of A and B': the people
who led those states on the day, when the article names them, not the states."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ingest.dictionary import Dictionary
from ingest.models import ActorKind
from ingest.release_cues import LEADER_OFFICES
from ingest.types import ArticleMentions, Mention

LEADER_NOUNS = {"leader", "head"}


def led_states(token: Token) -> bool:
    """The country stands in 'the leaders of X (, Y and Z)' / 'the heads of state of X'."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    owner = node.head.head
    if owner.lemma_ == "state" and owner.dep_ == "pobj":  # 'heads of state of X'
        owner = owner.head.head
    return owner.lemma_ in LEADER_NOUNS and owner.tag_ == "NNS"


def leader_of(country: str, mentions: ArticleMentions, dictionary: Dictionary,
              day: date | None) -> Mention | None:
    """The person the article names who led `country` on `day` (one only)."""
    named = {m.actor_id: m for m in mentions.actors if m.kind == ActorKind.person}
    found = [named[pid] for title in LEADER_OFFICES
             for pid in dictionary.holders(title, country, day) if pid in named]
    unique = {m.actor_id: m for m in found}
    return next(iter(unique.values())) if len(unique) == 1 else None


def leaders_for_states(participants: list[Mention], doc, mentions: ArticleMentions,
                       dictionary: Dictionary, day: date | None) -> list[Mention]:
    """Each state named as 'the leaders of X' becomes its leader, standing at its mention."""
    out = []
    for m in participants:
        leader = None
        if m.kind == ActorKind.country and led_states(doc[m.root]):
            leader = leader_of(m.actor_id, mentions, dictionary, day)
        out.append(m if leader is None else Mention(m.start, m.end, m.root, leader.actor_id,
                                                    ActorKind.person, "title", m.text))
    return out
