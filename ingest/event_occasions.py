"""A repeated 'with' tells occasions apart: 'met with A and later with B', 'spoke with A
about X, with B about Y and with C about Z', 'had met with A in P on 12 April and with B in
Q on 14 April' are one meeting (or call) with each, each dated and placed by its own
phrase when it says when and where."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Span, Token

from ingest import dates
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventDate, Status
from ingest.triggers import trigger_kind

PLACE_PREPS = {"in", "at"}


@dataclass
class Occasion:
    partners: list[Mention]
    first: int  # token range of the occasion's own 'with' phrase
    last: int


def with_phrases_apart(trigger: Token) -> list[Token]:
    """Two or more 'with' phrases on the trigger (or on the verb whose object it is: 'held
    talks with A and with B'), found through the conjunctions that chain them; 'together
    with X' brings a companion, not a counterpart."""
    heads = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep":
                found += [p for p in chained(child) if p.lower_ == "with" and not together(p)]
    return sorted(found, key=lambda t: t.i) if len(found) >= 2 else []


def chained(prep: Token) -> list[Token]:
    """The preposition and the ones conjoined to it ('with A, with B and with C'), also
    when the parse hangs the next one inside the phrase before ('with B about X and with C')."""
    return [prep] + [t for t in prep.subtree if t.dep_ == "conj" and t.pos_ == "ADP"]


def together(prep: Token) -> bool:
    return prep.i > 0 and prep.nbor(-1).lower_ == "together"


def occasions_apart(trigger: Token, parties: list[Mention], mentions: ArticleMentions
                    ) -> list[Occasion]:
    """One occasion per 'with' phrase naming a person, each with the side that is in no
    phrase (the subject); nothing unless two phrases name people and that side is known."""
    phrases = with_phrases_apart(trigger)
    spans = [(p.i, (phrases[n + 1].i - 1 if n + 1 < len(phrases) else phrase_end(p, trigger)))
             for n, p in enumerate(phrases)] or gapped_objects(trigger)
    if not spans:
        return []
    named = [[m for m in mentions.between(first, last + 1) if m.kind == ActorKind.person]
             for first, last in spans]
    named_ids = {m.actor_id for group in named for m in group}
    others = [m for m in parties if m.actor_id not in named_ids
              and not any(first <= m.root <= last for first, last in spans)]
    if sum(bool(group) for group in named) < 2 or not others:
        return []
    return [Occasion([*group, *others], first, last)
            for group, (first, last) in zip(named, spans, strict=True) if group]


def gapped_objects(trigger: Token) -> list[tuple[int, int]]:
    """'met A and B in Belgrade on 5 October, and C and D in Pristina today', 'meets A and,
    separately, B': a second object after ', and' (or 'and ,') that the parser hangs on
    the verb as a conjunct (no verb of its own) is another occasion; each runs to the next
    (token ranges)."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None) if trigger.pos_ == "VERB" else None
    gap = next((c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                and obj is not None and c.i > obj.i), None)
    if gap is None or gap.left_edge.i < 2 or any(c.dep_ in {"nsubj", "aux"} for c in gap.children):
        return []
    joint = [t.text for t in gap.doc[gap.left_edge.i - 2:gap.left_edge.i]]
    if joint not in ([",", "and"], ["and", ","]):  # 'met A, and B ...', 'met A and, separately, B'
        return []
    return [(obj.left_edge.i, gap.left_edge.i - 3), (gap.left_edge.i, trigger.sent.end - 1)]


def phrase_end(prep: Token, trigger: Token) -> int:
    """The last phrase runs on through the adjuncts of the verb right after it ('and with B
    in Belgrade on 14 April' parsed with the date on 'met')."""
    heads = {trigger.i, trigger.head.i}
    end = prep.right_edge.i
    doc = prep.doc
    while end + 1 < trigger.sent.end and doc[end + 1].dep_ == "prep" and doc[end + 1].head.i in heads:
        end = doc[end + 1].right_edge.i
    return end


def occasion_date(occasion: Occasion, sent: Span, published: date | None,
                  planned: bool) -> EventDate | None:
    """The date named inside the occasion's own phrase ('... and with B on 14 April')."""
    for ent in sent.ents:
        if ent.label_ == "DATE" and occasion.first <= ent.root.i <= occasion.last:
            found = dates.resolve(ent.text, published, planned)
            if found:
                return found
    return None


def occasion_place(occasion: Occasion, mentions: ArticleMentions, doc) -> str | None:
    """The place named inside the occasion's phrase ('with B in Belgrade')."""
    for place in mentions.places:
        token = doc[place.root]
        if occasion.first <= place.root <= occasion.last and token.dep_ == "pobj" \
                and token.head.lower_ in PLACE_PREPS:
            return place.name
    return None


def on_their_own_days(apart: list[Occasion], made: list[Any], sent: Span,
                      mentions: ArticleMentions, published: date | None) -> list[Any]:
    """The candidates made for the occasions (dated and placed as the trigger is), given
    the date and place of their own phrase when it names them."""
    places = [occasion_place(o, mentions, sent.doc) for o in apart]
    for occasion, place, candidate in zip(apart, places, made, strict=True):
        when = occasion_date(occasion, sent, published, candidate.status == Status.planned)
        candidate.date = when or candidate.date
        candidate.place = place if any(places) else candidate.place
    return made


def followed_event(trigger: Token) -> Token | None:
    """The event 'followed by' the trigger: 'an informal meeting followed by a conversation'
    (the noun), 'X will have a meeting on Monday, followed by talks on Tuesday', 'talks took
    place with A, followed by a meeting with B' (the event noun or verb of the clause)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "agent" or prep.head.lemma_ != "follow":
        return None
    follow = prep.head
    if follow.dep_ == "acl":
        return follow.head
    if follow.dep_ != "advcl":
        return None
    clause = follow.head
    return next((c for c in clause.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}
                 and c.pos_ == "NOUN" and c.i < follow.i and trigger_kind(c) is not None), None) \
        or (clause if trigger_kind(clause) is not None else None)


def follows(trigger: Token, last: Any) -> bool:
    """The trigger is 'followed by' `last`'s event, the one just found."""
    lead = followed_event(trigger) if last is not None else None
    return lead is not None and lead.i == last.trigger.i


def after_its_event(trigger: Token, participants: list[Mention], last: Any) -> list[Mention] | None:
    """The parties of an event 'followed by' this one (`last`, the event just found): the
    same parties when it names none ('followed by official talks on Tuesday'); else the
    side that stays, with its own counterpart ('talks with A, followed by a meeting with
    B': the host meets B)."""
    if not follows(trigger, last):
        return None
    stays = [m for m in last.participants if not last.trigger.i < m.root < trigger.i]
    own = [m for m in participants if m.actor_id not in {s.actor_id for s in stays}]
    return own + stays if stays else None


def on_the_day_it_follows(candidate: Any, last: Any) -> None:
    """An undated event 'followed by' another takes place on that event's day."""
    if candidate.date.edtf is not None or not follows(candidate.trigger, last):
        return
    if last.date.edtf is None:
        candidate.follows = last
    else:
        candidate.date = last.date.model_copy(update={"explicit": False})
