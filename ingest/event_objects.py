"""Partners the parser hangs on the wrong word: 'discussed deliveries with X in a telephone
call' and 'discussed plans for funding schools with Minister X' put 'with X' under the
object noun, though X is the partner of the one who discussed."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
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


RELATION_NOUNS = event_cues().event_objects.relation_nouns


def discussed_with(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'discussed issues of funding sport with Finance Minister X and Sport Committee head
    Y': the people in a 'with' phrase inside the object of 'discuss' (not 'discussed
    relations with X', where X is part of the topic)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "discuss":
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [t for obj in objects for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "with"
             and t.head.lemma_.lower() not in RELATION_NOUNS]
    words = {t.i for prep in preps for t in prep.subtree}
    return [m for m in mentions.in_span(verb.sent) if m.kind == ActorKind.person and m.root in words]


def when_they_met(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X informed Y of the plan when they met last Tuesday': 'they' of a clause under a
    verb with a person subject and a person object are those two."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" or not any(
            c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children):
        return []
    head = verb.head
    pair = [m for c in head.children if c.dep_ in {"nsubj", "dobj"}
            for m in actors_at(c, mentions) if m.kind == ActorKind.person]
    return pair if len({m.actor_id for m in pair}) == 2 else []


DEALS = event_cues().event_objects.deals


def deal_partners(trigger: Token, verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'X agreed a gas deal with Y after a phone call', 'X secured a discount from Y after
    talks': the other party of the deal struck after the event is the event's partner."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in {"after", "following"} or prep.head.i != verb.i:
        return []
    return [m for obj in verb.children if obj.dep_ == "dobj" and obj.lemma_.lower() in DEALS
            for p in obj.children if p.dep_ == "prep" and p.lower_ in {"with", "from"}
            for noun in p.children if noun.dep_ == "pobj"
            for m in actors_at(noun, mentions) if m.kind == ActorKind.person]


def during(trigger: Token, verb: Token) -> bool:
    """The trigger is an 'in/during/at ...' adjunct of the verb."""
    node = trigger
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.dep_ == "prep" and node.lower_ in {"in", "during", "at", "over"} or (
        trigger.dep_ == "pobj" and trigger.head.head.i == verb.i
        and trigger.head.lower_ in {"in", "during", "at", "over"})


TOPIC_VERBS = event_cues().event_objects.topic_verbs


def discussed_topics(verb: Token) -> bool:
    """'Iraq and Afghanistan were discussed during the meeting': the subjects of a passive
    'discuss' are its topics, not the meeting's parties."""
    return verb.lemma_ in TOPIC_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children)
