"""Partners the parser hangs on the wrong word: 'discussed deliveries with X in a telephone
call' puts 'with X' under the object noun, though X is the caller's partner."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.syntax import actors_at


def object_partners(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """People after 'with' on the verb's direct object (asked for only when the event is an
    'in a telephone call' adjunct of the verb, so 'discussed relations with X' alone is no
    contact)."""
    return [m for obj in verb.children if obj.dep_ == "dobj"
            for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children if p.dep_ == "pobj"
            for m in actors_at(p, mentions) if m.kind == ActorKind.person]
