"""A thanks, congratulations or greeting handed over in person, told in the writer's voice anywhere in
the story ('Mr Medvedev thanked Governor X for his contribution', 'The President congratulated
Y on the victory'): a contact of the two that day; one sent in a message, a letter or by
telephone is told by those rules, and words quoted from a speaker are not the writer's."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.mentions import ArticleMentions
from ingest.models import ActorKind, EventKind
from ingest.syntax import actors_at

GREETINGS = event_cues().event_greetings.greetings
AT_A_DISTANCE = event_cues().event_greetings.at_a_distance


def greeted_in_person(verb: Token, mentions: ArticleMentions) -> EventKind | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GREETINGS or not told_done(verb):
        return None
    sent = verb.sent
    if mentions.speakers.get(sent.start) is not None or any(
            t.lemma_.lower() in AT_A_DISTANCE for t in sent):
        return None
    greeted = [m for c in verb.children if c.dep_ == "dobj" for m in actors_at(c, mentions)
               if m.kind == ActorKind.person] or greeted_by(verb, mentions)
    return EventKind.contact if greeted else None


def greeted_by(verb: Token, mentions: ArticleMentions) -> list:
    """'X was greeted (welcomed) by Y at the airport': Y, in person."""
    if verb.lemma_.lower() not in WELCOMING | {"greet"}:
        return []
    return [m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            for m in actors_at(p, mentions) if m.kind == ActorKind.person]


def told_done(verb: Token) -> bool:
    """'X greeted Y', 'X was greeted by Y', or the participle of a past clause: 'X arrived on
    Saturday, greeting Y' ('X said, thanking Y': words about Y, who need not be there)."""
    passive_past = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                              for c in verb.children)
    return verb.tag_ == "VBD" or passive_past \
        or verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"} \
        and verb.head.tag_ == "VBD" and not any(a.lemma_.lower() in SAYING for a in verb.ancestors)


SAYING = event_cues().event_greetings.saying


WELCOMING = event_cues().event_greetings.welcoming


def welcome_ceremony(noun: Token) -> EventKind | None:
    """'held a welcoming ceremony for X', 'an official welcome ceremony for X': the host
    meets the guest in person."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "ceremony":
        return None
    welcomed = any(c.dep_ in {"amod", "compound"} and c.lower_ in WELCOMING for c in noun.children)
    guest = any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    return EventKind.meeting if welcomed and guest else None


TELLING = event_cues().event_greetings.telling


def told_a_visitor(verb: Token) -> EventKind | None:
    """'told the visiting German foreign minister X that ...', 'assured visiting Chinese
    Foreign Minister Y': words said to a guest in the room."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING:
        return None
    guest = any(c.dep_ == "dobj" and any(t.dep_ == "amod" and t.lower_ == "visiting"
                                         for t in c.subtree if t.i < c.i + 1)
                for c in verb.children)
    return EventKind.meeting if guest else None
