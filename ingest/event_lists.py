"""Counterparts listed after 'with' when the parser breaks the list ('discussed it by
telephone with Mr A, agency head B and Prosecutor General C' parsed with B as the object
of 'head'): every person in an unbroken run of names and titles after the first is a
counterpart too, and a call with several of them is one call with each; so is each reporter
of 'heard reports by A on X; by B on Y'."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.event_parties import dyads
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventKind
from ingest.reports_heard import heard_report, reporter_phrases
from ingest.syntax import actors_at

LIST_GAP_POS = {"PROPN", "NOUN", "ADJ", "DET"}  # titles and their 'of X' between two names
LIST_JOINS = {",", "and"}
PHONE_PREPS = {"by", "over", "on"}


def listed_partners(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """The people named after the trigger's 'with', the parse's list and the run after it;
    the reporters of 'heard reports by A on X; by B on Y'."""
    if heard_report(trigger):
        return [m for m in mentions.in_span(trigger.sent) if m.kind == ActorKind.person
                and any(start <= m.start and m.end <= end
                        for start, end in reporter_phrases(trigger))]
    found: list[Mention] = []
    for prep in with_phrases(trigger):
        named = [m for p in prep.children if p.dep_ == "pobj"
                 for m in actors_at(p, mentions) if m.kind == ActorKind.person]
        if named:
            found += named + run_after(max(named, key=lambda m: m.end), trigger.sent, mentions)
    seen: set[str] = set()
    return [m for m in found if not (m.actor_id in seen or seen.add(m.actor_id))]


def with_phrases(trigger: Token) -> list[Token]:
    """'with X' under the trigger, or under its 'by telephone' ('spoke by telephone with
    X' parsed as a telephone with X), or under the 'took place' it is the subject of
    ('talks took place with X')."""
    phones = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in PHONE_PREPS
              for p in c.children if p.dep_ == "pobj" and p.lower_ in {"phone", "telephone"}]
    return [c for node in [trigger, *phones, *took_place(trigger)] for c in node.children
            if c.dep_ == "prep" and c.lower_ == "with"]


SCHEDULED = {"schedule", "plan", "hold", "arrange", "set"}  # 'meetings are scheduled with X'


def took_place(trigger: Token) -> list[Token]:
    """The 'took place' whose subject the trigger noun is, or the 'was held', 'are
    scheduled' ('Meetings are also scheduled with A and B')."""
    verb = trigger.head
    if trigger.pos_ != "NOUN":
        return []
    if trigger.dep_ == "nsubjpass" and verb.lemma_ in SCHEDULED:
        return [verb]
    if trigger.dep_ != "nsubj" or verb.lemma_ != "take":
        return []
    return [verb] if any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children) else []


def run_after(last: Mention, sent: Span, mentions: ArticleMentions) -> list[Mention]:
    """People following `last`, each set off from the one before by a comma or 'and' with
    only title words in between ('..., FSB head B and Prosecutor General C')."""
    people = sorted((m for m in mentions.in_span(sent) if m.kind == ActorKind.person
                     and m.start >= last.end), key=lambda m: m.start)
    run: list[Mention] = []
    for person in people:
        if not list_gap(sent, last.end, person.start):
            break
        run.append(person)
        last = person
    return run


def list_gap(sent: Span, start: int, end: int) -> bool:
    """', FSB head', ' and Prosecutor General', ', and the President of X,': a comma or
    'and', then a title; not ', the widow and son of President' (a join inside: a
    relation, not a list)."""
    gap = sent.doc.char_span(start, end, alignment_mode="expand")
    if gap is None or not len(gap) or gap[0].lower_ not in LIST_JOINS:
        return False
    title = [t for t in gap if t.i > gap[0].i + (len(gap) > 1 and gap[1].lower_ == "and")]
    if len(title) > 1 and title[-1].text == ",":
        title = title[:-1]  # ', and the Prime Minister of Kosovo, Albin Kurti': its name set off
    return all(t.lower_ == "of" or t.tag_ == "POS" or t.pos_ in LIST_GAP_POS
               and t.lower_ not in LIST_JOINS for t in title)


def one_event_each(kind: EventKind, trigger: Token, parties: list[Mention],
                  mentions: ArticleMentions) -> list[list[Mention]] | None:
    """'spoke by telephone with A, B and C': three calls, each with the other side ('a
    telephone conversation with A, B and C' is one call of them all); 'heard reports by A
    on X; by B on Y': a briefing by each; 'meetings are scheduled with A and B': one each."""
    plural = kind == EventKind.meeting and trigger.tag_ == "NNS" and bool(took_place(trigger))
    if not (kind == EventKind.call and trigger.pos_ == "VERB" or heard_report(trigger) or plural):
        return None
    partners = listed_partners(trigger, mentions)
    if len(partners) < 2:
        return None
    listed = {m.actor_id for m in partners}
    others = [m for m in parties if m.actor_id not in listed]
    if plural and others:
        return None  # 'meetings with A and B' of someone named: as the parse has it
    # 'meetings are scheduled with A and B': one each (the release's principal joins each one
    # in ingest/host.py takes_place_with)
    return [[partner, *others] for partner in partners]


def partner_sets(kind: EventKind, trigger: Token, own: list[Mention], agents: list[Mention],
                 mentions: ArticleMentions) -> list[list[Mention]]:
    """The parties of each event the trigger names: one each for a list, else as `dyads`."""
    return one_event_each(kind, trigger, own + agents, mentions) or dyads(trigger, own, agents,
                                                                          mentions)
