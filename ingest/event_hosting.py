"""Who a host or a joiner meets: 'X hosted a dinner for A and B' (the guests of the occasion
the host gives), 'X joined A and B for talks' (the people joined)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.syntax import actors_at
from ingest.types import ArticleMentions, Mention

JOINING = event_cues().event_hosting.joining


def guests_of(occasion: Token, trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """The people an occasion is given for: 'hosted a dinner (a reception) for A and B'."""
    if trigger.lemma_ != "host" or mentions.at_token(occasion.i) is not None:
        return []
    return [m for prep in occasion.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for p in prep.children if p.dep_ == "pobj"
            for m in actors_at(p, mentions) if m.kind == ActorKind.person]


def joined(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X joined A and B for talks': A and B are X's partners in the talks."""
    if verb.lemma_ not in JOINING:
        return []
    return [m for c in verb.children if c.dep_ == "dobj" for m in actors_at(c, mentions)
            if m.kind == ActorKind.person]
