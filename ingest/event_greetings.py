"""A thanks or congratulations handed over in person, told in the writer's voice anywhere in
the story ('Mr Medvedev thanked Governor X for his contribution', 'The President congratulated
Y on the victory'): a contact of the two that day; one sent in a message, a letter or by
telephone is told by those rules, and words quoted from a speaker are not the writer's."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions
from ingest.models import ActorKind, EventKind
from ingest.syntax import actors_at

GREETINGS = {"thank", "congratulate"}
AT_A_DISTANCE = {"message", "letter", "telegram", "telephone", "phone", "call", "address",
                 "greeting", "greetings", "video", "videoconference"}


def greeted_in_person(verb: Token, mentions: ArticleMentions) -> EventKind | None:
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.lemma_.lower() not in GREETINGS:
        return None
    sent = verb.sent
    if mentions.speakers.get(sent.start) is not None or any(
            t.lemma_.lower() in AT_A_DISTANCE for t in sent):
        return None
    greeted = [m for c in verb.children if c.dep_ == "dobj" for m in actors_at(c, mentions)
               if m.kind == ActorKind.person]
    return EventKind.contact if greeted else None
