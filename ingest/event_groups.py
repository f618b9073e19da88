"""Groups as event parties: 'EU foreign ministers met X', 'G7 leaders held talks with X',
'the foreign ministers of the EU': a body's (or a state's) office holders, unnamed, speak
for the body; 'the five envoys met X' after the article named them: those five people;
'talks between A and B' are A's and B's alone."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.models import ActorKind
from ingest.syntax import actors_at, conjuncts, titled
from ingest.types import ArticleMentions, Mention

BODIES = {ActorKind.organisation, ActorKind.country}
ROLE_NOUNS = event_cues().event_groups.role_nouns
NUMBERS = event_cues().event_groups.numbers
RECENT_CHARS = 1500  # the group was named a paragraph or two before


def group_actors(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """`actors_at`, with the body of an unnamed group of office holders and the people a
    counted group refers back to."""
    found = actors_at(token, mentions)
    return found + [m for m in body_of_group(token, mentions) + counted_group(token, mentions)
                    if m not in found]


def body_of_group(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'EU foreign ministers', 'NATO defence ministers', 'the EU's foreign ministers': a
    plural title whose modifier is a body (a singular one names a person: 'the EU envoy')."""
    if noun.tag_ != "NNS" or not titled(noun):
        return []
    return [m for c in noun.children if c.dep_ in {"compound", "nmod", "poss"}
            for body in conjuncts(c)  # 'EU and NATO officials'
            for m in mentions.in_span(noun.sent) if m.root == body.i and m.kind in BODIES]


def counted_group(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'The five envoys met X': the last five people named before the sentence, when the
    noun names no one itself ('the two' is the last event's pair: Context)."""
    count = next((NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                  for c in noun.children if c.dep_ == "nummod"), 0)
    if not 3 <= count <= max(NUMBERS.values()) or noun.lemma_.lower() not in ROLE_NOUNS \
            or not any(c.dep_ in {"det", "predet"} and c.lower_ in {"the", "these", "all"}
                       for c in noun.children) or actors_at(noun, mentions):
        return []
    sent = noun.sent
    before = sorted((m for m in mentions.between(max(0, sent.start - 400), sent.start)
                     if m.kind == ActorKind.person and m.start >= sent.start_char - RECENT_CHARS),
                    key=lambda m: m.start)
    people: list[Mention] = []
    for mention in reversed(before):
        if all(p.actor_id != mention.actor_id for p in people):
            people.insert(0, mention)
    return people[-count:] if len(people) >= count else []


HOSTING = event_cues().event_hosting.hosting


def named_between(trigger: Token, people: list[Mention]) -> bool:
    """'reached a deal after talks between A and B', 'welcomed the meeting between A and B':
    the noun names its parties; the governing verb's subject is no party (a host or a
    mediator of the talks may be: 'hosted a meeting between A and B')."""
    if trigger.pos_ != "NOUN" or len({m.actor_id for m in people}) < 2 \
            or not any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
        return False
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    return verb.lemma_ not in HOSTING

