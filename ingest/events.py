"""Event rules: a trigger word (meeting, talks, visit, call, summit, ...) and the actors the
dependency tree ties to it, with place, date and planned/held status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from ingest import dates
from ingest.dictionary import slug
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventDate, EventKind, Status
from ingest.syntax import (
    SUBJECTS,
    actors_at,
    climb,
    has_future,
    negated,
    possessor,
    reporting_speaker,
    subjects,
)

NOUN_TRIGGERS = {"meeting": EventKind.meeting, "talk": EventKind.talks,
                 "negotiation": EventKind.talks, "conversation": EventKind.talks,
                 "summit": EventKind.summit, "visit": EventKind.visit, "call": EventKind.call,
                 "conference": EventKind.press_conference}
VERB_TRIGGERS = {"telephone": EventKind.call, "meet": EventKind.meeting, "visit": EventKind.visit,
                 "talk": EventKind.talks,
                 "speak": EventKind.talks, "discuss": EventKind.talks,
                 "negotiate": EventKind.talks, "host": EventKind.meeting,
                 "receive": EventKind.meeting, "phone": EventKind.call, "call": EventKind.call}
PLAN_WORDS = {"plan", "expect", "schedule", "organize", "organise", "prepare", "intend",
              "arrange", "invite", "invitation", "propose", "hope", "want", "agree", "set",
              "due", "seek", "request", "offer", "aim", "work", "upcoming",
              "forthcoming", "next", "planned", "future", "possible", "potential", "proposed"}
COMPLEMENTS = {"xcomp", "acl", "dobj", "pobj", "prep"}
PARTNER_PREPS = {"with", "between", "among", "alongside"}
PLACE_PREPS = {"in", "at", "to"}
NEEDS_PARTNER_PREP = {"speak", "talk"}


@dataclass
class Candidate:
    kind: EventKind
    trigger: Token
    participants: list[Mention]
    status: Status
    date: EventDate
    place: str | None
    sentence: Span
    paragraph: int
    topics: set[str] = field(default_factory=set)


def by_phone(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in {"by", "over", "on"} and any(
        p.lower_ in {"phone", "telephone"} for p in c.children) for c in token.children)


def trigger_kind(token: Token) -> EventKind | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in {"talk", "speak", "discuss", "confer"} and by_phone(token):
        return EventKind.call
    if token.pos_ in {"NOUN", "PROPN"}:
        if lemma == "talk" and token.tag_ != "NNS":
            return None
        phoned = any(c.lower_ in {"phone", "telephone"} for c in token.children)
        if lemma == "call" and not phoned:
            return None
        if lemma in {"conversation", "talk"} and phoned:
            return EventKind.call
        if lemma == "conference" and not any(c.lower_ in {"press", "news"} for c in token.children):
            return None
        return NOUN_TRIGGERS.get(lemma)
    if token.pos_ == "VERB":
        if lemma in NEEDS_PARTNER_PREP and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
            return None
        if lemma in {"receive", "host", "call"} and not any(c.dep_ == "dobj" for c in token.children):
            return None
        return VERB_TRIGGERS.get(lemma)
    return None


def own_participants(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    found: list[Mention] = []
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
            found += [m for p in child.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]
        elif child.dep_ in {"compound", "nmod", "agent", "amod"}:
            found += actors_at(child, mentions)
            found += [m for p in child.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]
        elif trigger.pos_ == "VERB" and child.dep_ == "dobj":
            found += [m for m in actors_at(child, mentions) if m.kind == ActorKind.person
                      or trigger.lemma_ != "visit"]
    if trigger.pos_ == "VERB":
        found += subjects(trigger, mentions)
    else:
        found += possessor(trigger, mentions)
    return found


def agents(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """The actors a noun or non-finite trigger belongs to, found up the tree: the subject
    of the governing verb, and its object too for 'their meeting'."""
    plural = any(c.dep_ == "poss" and c.lower_ in {"their", "our"} for c in trigger.children)
    if trigger.dep_ == "nsubjpass":
        return passive_partners(trigger, mentions)
    if trigger.dep_ == "nsubj":
        return []
    shared: list[Mention] = []  # partners of an enclosing event noun ("talks with X ...")
    below = trigger
    for edge, node in climb(trigger):
        child, below = below, node
        if node.pos_ not in {"VERB", "AUX"}:
            if trigger_kind(node) is not None:
                shared += own_participants(node, mentions)
            continue
        objects = [m for c in node.children if c.dep_ == "dobj" for m in actors_at(c, mentions)]
        if edge == "xcomp" and child is trigger and objects:
            return objects  # object control: "invited Putin to visit" -> Putin visits
        found = subjects(node, mentions)
        if child.dep_ == "dobj":  # "held talks with X", "had a meeting with X"
            shared += [m for c in node.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
                       for p in c.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]
        if not found and any(c.dep_ in SUBJECTS for c in node.children):
            if any(c.lower_ in {"they", "we"} for c in node.children if c.dep_ == "nsubj"):
                return reporting_speaker(node, mentions) + shared
            return shared
        if found:
            if plural or node.lemma_ in {"welcome", "receive", "host"}:
                found += objects
            elif during(trigger, node):  # "X congratulated Y in a telephone call"
                found += [m for m in objects if m.kind == ActorKind.person]
            return found + shared
    return shared


def during(trigger: Token, verb: Token) -> bool:
    """The trigger is an 'in/during/at ...' adjunct of the verb."""
    node = trigger
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.dep_ == "prep" and node.lower_ in {"in", "during", "at", "over"} or (
        trigger.dep_ == "pobj" and trigger.head.head.i == verb.i
        and trigger.head.lower_ in {"in", "during", "at", "over"})


def passive_partners(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """'Talks were held with X (by Y)'; in a transcript, with no Y, the speaker held them."""
    verb = trigger.head
    found = [m for c in verb.children if c.dep_ in {"prep", "agent"}
             and c.lower_ in PARTNER_PREPS | {"by"}
             for p in c.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]
    speaker = mentions.speakers.get(trigger.sent.start)
    if speaker and not any(c.dep_ == "agent" for c in verb.children):
        found.append(speaker)
    return found


def invitation(trigger: Token) -> bool:
    """'invited X to visit': the sentence reports the invitation, not a visit date."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ in {"invite", "ask", "urge"}


def planned(trigger: Token, event_date: EventDate, published: date | None) -> bool:
    if any(c.lower_ in PLAN_WORDS for c in trigger.children if c.dep_ == "amod"):
        return True
    if has_future(trigger):
        return True
    adjunct = False  # plan words above an adjunct ("at their meeting") do not apply
    for edge, node in climb(trigger):
        if has_future(node):
            return True
        if node.dep_ == "prep" and edge == "pobj" and node.lower_ not in {"for", "of"}:
            adjunct = True
        if not adjunct and node.lemma_.lower() in PLAN_WORDS and edge in COMPLEMENTS:
            return True
    if published and event_date.start and event_date.start > published:
        return True
    return False


def date_tokens(anchor: Token, sent: Span) -> list[Span]:
    """DATE entities in the anchor's own phrase: its subtree, or attached directly to it."""
    found = []
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        root = ent.root
        governor = root.head.head if root.dep_ == "pobj" else root.head
        inside = anchor.left_edge.i <= root.i <= anchor.right_edge.i and anchor.pos_ != "VERB"
        if governor == anchor or inside:
            found.append(ent)
    return found


def anchors_of(trigger: Token) -> list[Token]:
    """The trigger and the verbs it hangs from ('talks were held ...': 'held')."""
    verbs = [node for _, node in climb(trigger) if node.pos_ in {"VERB", "AUX"}]
    if trigger.dep_ in SUBJECTS:
        verbs.insert(0, trigger.head)
    return [trigger, *verbs]


def event_date(trigger: Token, sent: Span, published: date | None, plan_hint: bool) -> EventDate:
    anchors = anchors_of(trigger)
    for anchor in anchors:
        for ent in date_tokens(anchor, sent):
            resolved = dates.resolve(ent.text, published, plan_hint)
            if resolved:
                return resolved
    return EventDate()


NOUN_PATH = {"compound", "pobj", "prep", "appos", "conj", "poss", "nmod", "dobj"}


def reaches(token: Token, anchor: Token) -> bool:
    """The token hangs from the anchor through noun-phrase links only (no other verb)."""
    node = token
    while node.i != anchor.i:
        if node.dep_ not in NOUN_PATH or node.head.i == node.i:
            return False
        node = node.head
    return True


def located(token: Token, anchor: Token) -> bool:
    """The token names where the anchor happens: inside 'in/at ...' (or 'visit X')."""
    if token.dep_ == "dobj" and token.head.i == anchor.i and anchor.lemma_ == "visit":
        return True
    node = token
    while node.dep_ in {"compound", "pobj", "prep", "appos", "conj"} and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in PLACE_PREPS:
            prep = node.head
            if prep.lower_ == "to" and anchor.lemma_ not in {"visit", "travel", "arrive", "go"}:
                return False
            # "discussed the situation in Kosovo" names a topic, not where they met;
            # "met Kurti in Brussels" (parsed onto the name) does say where
            return prep.head.i == anchor.i or (prep.head.pos_ == "PROPN" and reaches(prep, anchor))
        node = node.head
    return False


def place_of(trigger: Token, mentions: ArticleMentions) -> str | None:
    anchors = anchors_of(trigger)
    for anchor in anchors:
        inside = range(anchor.left_edge.i, anchor.right_edge.i + 1)
        places = [p for p in mentions.places
                  if p.root in inside and located(anchor.doc[p.root], anchor)]
        if places:
            cities = [p for p in places if slug(p.name) != p.country]
            return (cities or places)[0].name
    return None


def candidates(sent: Span, paragraph: int, mentions: ArticleMentions,
               published: date | None) -> list[Candidate]:
    found = []
    for token in sent:
        kind = trigger_kind(token)
        if kind is None or called_off(token):
            continue
        people = own_participants(token, mentions)
        helpers = agents(token, mentions)
        for partners in dyads(token, people, helpers):
            found.append(make_candidate(kind, token, partners, sent, paragraph, mentions, published))
    return found


CALLED_OFF = {"cancel", "call", "scrap", "deny", "rule"}  # call off, rule out


def called_off(trigger: Token) -> bool:
    """'did not meet', 'the meeting was cancelled', 'ruled out talks': no event happened."""
    if negated(trigger):
        return True
    for edge, node in climb(trigger):
        if node.pos_ in {"VERB", "AUX"}:
            return negated(node) or (node.lemma_ in CALLED_OFF and edge in {"dobj", "xcomp"})
    if trigger.dep_ in SUBJECTS:  # "the meeting was cancelled"
        return negated(trigger.head) or trigger.head.lemma_ in {"cancel", "scrap"}
    return False


def dyads(trigger: Token, own: list[Mention], agents_: list[Mention]) -> list[list[Mention]]:
    """'calls with A, B and C' (a plural noun and a list) are separate calls with each."""
    if trigger.tag_ == "NNS" and trigger.lemma_ != "talk" and len(own) >= 3:
        return [[partner, *agents_] for partner in own]
    return [own + agents_]


def make_candidate(kind: EventKind, token: Token, people: list[Mention], sent: Span,
                   paragraph: int, mentions: ArticleMentions, published: date | None) -> Candidate:
    hint = planned(token, EventDate(), published)
    when = EventDate() if invitation(token) else event_date(token, sent, published, hint)
    status = Status.planned if planned(token, when, published) else Status.held
    return Candidate(kind, token, people, status, when, place_of(token, mentions), sent, paragraph)
