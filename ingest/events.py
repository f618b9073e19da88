"""Event rules: a trigger word (meeting, talks, visit, call, summit, ...) and the actors the
dependency tree ties to it, with place, date and planned/held status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from ingest.delegation_heads import delegation_leaders
from ingest.event_attendance import attendees, session_kind
from ingest.event_counterparts import denied_partner, one_meeting_each, spoken_to
from ingest.event_cues import event_cues
from ingest.event_greetings import greeted_in_person, told_a_visitor, welcome_ceremony
from ingest.event_groups import (
    group_actors,
    named_between,
    pair_parties,
    respective_bodies,
    staff_of_leaders,
    unnamed_counterparts,
)
from ingest.event_hosting import guests_of, joined
from ingest.event_infinitives import infinitive_subject
from ingest.event_lists import listed_partners, partner_sets
from ingest.event_misparses import aside_in_a_title, misparsed_parties, swallowed_subject
from ingest.event_mistags import repair_trigger_verbs
from ingest.event_objects import (
    deal_partners,
    discussed_topics,
    discussed_with,
    during,
    object_partners,
    when_they_met,
)
from ingest.event_occasions import occasions_apart, on_their_own_days
from ingest.event_offsets import held_object, month_of_its_own, plan_fell_through, year_before
from ingest.event_parties import (
    PARTNER_PREPS,
    capital_before,
    clause_on_a_name,
    format_partners,
    lost_partner,
    passive_partners,
    recipients,
    without_affiliations,
)
from ingest.event_place_date import event_date, place_of, venue_before
from ingest.event_recalled import addressed_body, again_later, seen_in_person, session_body
from ingest.event_status import called_off, invitation, planned
from ingest.joint_acts import cosigners, joint_act
from ingest.lone_visits import per_destination
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventDate, EventKind, Status
from ingest.nlp import text_of
from ingest.nonevents import not_an_event
from ingest.routine import routine
from ingest.syntax import (
    SUBJECTS,
    actors_at,
    climb,
    possessor,
    reporting_speaker,
    subjects,
)
from ingest.triggers import (
    MESSAGES,
    NEEDS_PARTNER_PREP,
    REPORTS_TO,
    arrived_alone,
    ceremony,
    courtesy_call,
    credentials,
    facing,
    names_its_head,
    presented_to,
    trigger_kind,
)

INVITING = event_cues().events.inviting
APART_KINDS = {EventKind.meeting, EventKind.talks, EventKind.call, EventKind.contact}
TOPICAL = event_cues().events.topical
MEDIATING = event_cues().events.mediating


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
    follows: Candidate | None = None  # told right after this undated event, on its day


def repeated_prep(prep: Token) -> list[Token]:
    """'talks with A and with B': the repeated preposition hangs on the first as its conjunct."""
    return [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]


def own_participants(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    found: list[Mention] = []
    for child in trigger.children:
        if child.dep_ == "prep" and (child.lower_ in PARTNER_PREPS or child.lower_ == "of"
                                     and trigger.lemma_ in {"meeting", "summit", "visit"}
                                     or child.lower_ == "by" and trigger.pos_ == "NOUN"
                                     and trigger.lemma_ in {"visit", "trip"}
                                     or child.lower_ == "for" and trigger.lemma_ == "ceremony"
                                     or child.lower_ == "from" and trigger.lemma_ == "call"):
            found += [m for prep in [child, *repeated_prep(child)] for p in prep.children
                      if p.dep_ == "pobj" for m in group_actors(p, mentions)
                      + delegation_leaders(p, mentions) + format_partners(p, mentions)]
        elif child.dep_ == "prep" and child.lower_ == "on" and courtesy_call(trigger):
            found += [m for p in child.children if p.dep_ == "pobj"  # 'called on President X'
                      for m in actors_at(p, mentions) if m.kind == ActorKind.person]
        elif child.dep_ == "prep" and child.lower_ == "to" and (
                trigger.pos_ == "VERB" and (trigger.lemma_ in NEEDS_PARTNER_PREP or presented_to(trigger))
                or trigger.pos_ == "NOUN" and trigger.lemma_ == "visit"):  # 'a visit to Vucic'
            # 'spoke to Putin', 'present the text to X': a person, not 'to the Council'
            found += [m for p in child.children if p.dep_ == "pobj"
                      for m in actors_at(p, mentions) if m.kind == ActorKind.person]
        elif child.dep_ in {"compound", "nmod", "agent", "amod"} and child.lemma_ not in MEDIATING:
            found += actors_at(child, mentions)  # not the EU of 'EU-mediated talks
            found += [m for p in child.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]
        elif trigger.pos_ == "VERB" and child.dep_ == "dobj" and trigger.lemma_ not in TOPICAL:
            found += [m for m in group_actors(child, mentions) + delegation_leaders(child, mentions)
                      + guests_of(child, trigger, mentions) + session_body(child, trigger, mentions)
                      if m.kind == ActorKind.person or trigger.lemma_ != "visit"]
    if trigger.pos_ == "VERB":
        found += [m for envoy in credentials(trigger) for m in actors_at(envoy, mentions)
                  if m.kind == ActorKind.person]
        found += subjects(trigger, mentions, group_actors) + lost_partner(trigger, mentions) \
            + cosigners(trigger, mentions) + misparsed_parties(trigger, mentions)
        found += [m for noun in facing(trigger) for m in actors_at(noun, mentions)]
    else:
        found += possessor(trigger, mentions)
    if trigger.lemma_ in MESSAGES or trigger.lemma_ in REPORTS_TO or ceremony(trigger):
        found += recipients(trigger, mentions)
    return found


def agents(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """The actors a noun or non-finite trigger belongs to, found up the tree: the subject
    of the governing verb, and its object too for 'their meeting'."""
    plural = any(c.dep_ == "poss" and c.lower_ in {"their", "our"} for c in trigger.children)
    named = infinitive_subject(trigger, mentions)
    if named:
        return named  # 'the invitation for X to visit China': X visits
    if trigger.pos_ == "VERB" and any(c.dep_ in SUBJECTS and not capital_before(c, trigger, mentions)
                                      for c in trigger.children):
        return []  # 'A held talks with B, while C met D': D's partner is C alone
    if trigger.dep_ == "nsubjpass":
        return passive_partners(trigger, mentions)
    if trigger.dep_ == "nsubj" and took_place(trigger.head):
        return [m for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "between"
                for p in c.children if p.dep_ == "pobj" for m in group_actors(p, mentions)]
    if trigger.dep_ == "nsubj" or has_members(trigger):
        return []  # 'praised the meeting of the trade ministers': not the praisers' meeting
    shared: list[Mention] = []  # partners of an enclosing event noun ("talks with X ...")
    below = trigger
    for edge, node in climb(trigger):
        child, below = below, node
        if clause_on_a_name(node, child, edge, trigger):
            return actors_at(node, mentions) + shared
        if node.pos_ not in {"VERB", "AUX"}:
            if trigger_kind(node) is not None:
                shared += own_participants(node, mentions)
            continue
        objects = [m for c in node.children if c.dep_ == "dobj" for m in actors_at(c, mentions)]
        if child is trigger and objects and (edge == "xcomp" or edge == "advcl"
                                             and node.lemma_ in INVITING):
            return objects  # object control: "invited Orban to visit" -> Orban visits
        found = [] if discussed_topics(node) else subjects(node, mentions, group_actors) \
            + lost_partner(node, mentions) + swallowed_subject(node, mentions)
        shared += joined(node, mentions) if found and child.dep_ == "prep" else []
        if child.dep_ == "dobj":  # "held talks with X", "had a meeting with X"
            shared += [m for c in node.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
                       for p in c.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]
            shared += [m for c in node.children if c.dep_ == "dobj" and c.i != child.i
                       for m in actors_at(c, mentions) if m.kind == ActorKind.person]
        if not found and any(c.dep_ in SUBJECTS for c in node.children):
            if any(c.lower_ in {"they", "we"} for c in node.children if c.dep_ == "nsubj"):
                return reporting_speaker(node, mentions) + shared
            return shared
        if found:
            if plural or node.lemma_ in {"welcome", "receive", "host"}:
                found += objects + (spoken_to(node, mentions) if plural else [])
            elif during(trigger, node):  # "X congratulated Y in a telephone call"
                found += [m for m in objects + object_partners(node, mentions) if m.kind == ActorKind.person]
            found += deal_partners(trigger, node, mentions)  # 'a deal with Y after a call'
            return found + shared
    return shared


def took_place(verb: Token) -> bool:
    """'A telephone conversation took place on Tuesday between A and B'."""
    return verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def has_members(trigger: Token) -> bool:
    """'the meeting of the trade ministers' (not 'a message of condolences': its content)."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_ == "host":
        return False  # 'hosted a meeting of the Dialogue with A and B': the host is in it
    return trigger.pos_ in {"NOUN", "PROPN"} and trigger.lemma_ not in MESSAGES and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)


# Every trigger family starts from a verb or a noun: other tokens need not be asked.
TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN"})


def candidates(sent: Span, paragraph: int, mentions: ArticleMentions, published: date | None,
               extra: Callable[[Token], EventKind | None] | None = None,
               country_of: Callable[[str], str | None] | None = None) -> list[Candidate]:
    """Events in a sentence; `extra` may name more trigger words (the host's cues);
    `country_of` the country a person serves (a leader meeting his own ministers)."""
    found = []
    repair_trigger_verbs(sent)
    for token in sent:
        if token.pos_ not in TRIGGER_POS:
            continue
        kind = trigger_kind(token) or session_kind(token) or greeted_in_person(token, mentions) \
            or welcome_ceremony(token) or told_a_visitor(token) or seen_in_person(token, mentions) \
            or addressed_body(token, mentions) \
            or (extra(token) if extra else None)
        if kind is None or called_off(token) or not_an_event(token) or routine(token) \
                or names_its_head(token) or unnamed_counterparts(token, mentions):
            continue
        people = own_participants(token, mentions)
        people += [m for m in listed_partners(token, mentions) + attendees(token, mentions)
                   + discussed_with(token, mentions) + when_they_met(token, mentions)
                   if m not in people]
        people, pair = pair_parties(token, people, lambda t: agents(t, mentions))
        alone = pair or arrived_alone(token, people) or owned(token, mentions) \
            or named_between(token, people)
        helpers = [] if alone else agents(token, mentions)
        named = mentions.in_span(sent)
        people = [m for m in respective_bodies(without_affiliations(people, sent, named), sent.doc)
                  if not venue_before(token, m)
                  and not aside_in_a_title(m, mentions.actors, text_of(sent.doc))
                  and not staff_of_leaders(sent.doc[m.root])]
        helpers = [m for m in without_affiliations(helpers, sent, named)
                   if not staff_of_leaders(sent.doc[m.root])]
        apart = [o for o in occasions_apart(token, people + helpers, mentions)
                 if not any(denied_partner(m, token) for m in o.partners)] if kind in APART_KINDS else []
        if apart:
            made = [make_candidate(kind, token, o.partners, sent, paragraph, mentions, published)
                    for o in apart]
            found += on_their_own_days(apart, made, sent, mentions, published)
            continue
        told: list[Candidate] = []
        for partners in (one_meeting_each(kind, token, people + helpers, mentions, country_of)
                         or partner_sets(kind, token, people, helpers, mentions)):
            partners = [m for m in partners if not denied_partner(m, token)]  # 'not with X'
            told += per_destination(make_candidate(kind, token, partners, sent, paragraph, mentions,
                                                   published), mentions)
        found += told + again_later(token, told, mentions, published)  # '..., and then in June'
    return found


def owned(trigger: Token, mentions: ArticleMentions) -> bool:
    """'prepared Mr Orban's visit': the visit is Orban's, not the preparers'; 'told Y of
    his call with Z': the call is his and Z's, not Y's; 'A and B opened ...': theirs."""
    return joint_act(trigger) or trigger.pos_ == "NOUN" and bool(possessor(trigger, mentions)) and (
        trigger.lemma_ == "visit" or any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
                                         for c in trigger.children))


def make_candidate(kind: EventKind, token: Token, people: list[Mention], sent: Span,
                   paragraph: int, mentions: ArticleMentions, published: date | None) -> Candidate:
    hint = planned(token, EventDate(), published)
    ahead = hint and not plan_fell_through(token)  # 'had been due on Monday': this Monday
    when = EventDate() if invitation(token) else event_date(token, sent, published, ahead)
    if (held_object(token) or month_of_its_own(token)) and not hint and published and when.start \
            and when.start > published:
        when = year_before(when)  # 'In March X held talks with Y', 'we met in May', told in December
    elif token.tag_ == "VBD" and not hint and published and when.start and when.start > published:
        when = EventDate()  # 'discussed the summit in May': a past talk about a later date
    status = Status.planned if planned(token, when, published) else Status.held
    return Candidate(kind, token, people, status, when, place_of(token, mentions), sent, paragraph)
