"""Who the parties of one event are: a person's title is not a party ('President of
Belarus X'), a list makes one event per counterpart ('calls with A, B and C', 'A and B
arrived', 'credentials presented by A, B, C'), a message goes to its recipients."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ingest.event_cues import event_cues
from ingest.event_status import announced
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, EventKind
from ingest.nlp import text_of
from ingest.syntax import actors_at, possessor, subjects
from ingest.triggers import ARRIVALS, MESSAGES, ceremony, coordinated_name, trigger_kind

PARTNER_PREPS = event_cues().event_parties.partner_preps
HONORIFICS = event_cues().event_parties.honorifics
HEADS = event_cues().event_parties.heads
AFFILIATION_GAP = {"PROPN", "NOUN", "ADP", "DET", "PART", "ADJ"}
# 'the Ambassador of X to Serbia Jane Roe': the country an envoy is posted to, before the name
POSTED_TO = re.compile(r" to (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3},? ")


def without_affiliations(found: list[Mention], sent: Span,
                         named: list[Mention] | None = None) -> list[Mention]:
    """'President of Belarus Alexander Lukashenko', 'NATO Secretary-General George
    Robertson': the state or organisation in a person's title is not a party of its own."""
    found = [m for m in title_holders(found, sent, named or []) if not addressed(m, sent)]
    people = [m for m in found if m.kind == ActorKind.person]
    return [m for m in found if m.kind == ActorKind.person
            or not any(in_title_of(m, p, sent) for p in people)]


def addressed(mention: Mention, sent: Span) -> bool:
    """'Mr Petrov, as you know, I spoke yesterday with X': a name opening the sentence and
    set off by a comma, beside a subject of its own, is the person spoken to."""
    doc = sent.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < sent.start or span.end + 1 >= sent.end or doc[span.end].text != ",":
        return False
    before = doc[sent.start:span.start]
    label = max((t.i + 1 for t in before if ":" in t.text), default=sent.start)  # 'Jane Roe:'
    if any(t.lower_ not in HONORIFICS for t in doc[label:span.start]):
        return False
    name = doc[mention.root]  # 'Vucic, who has kept close ties with Moscow, held talks': his
    verb = name.head if name.dep_ in {"nsubj", "nsubjpass"} else sent.root
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > span.end and not list_after(span.end, c)
               and not names_in_a_row(name, c) for c in verb.children)


def names_in_a_row(name: Token, subject: Token) -> bool:
    """'Putin, Vucic discuss gas deal' (a headline): two names, both subjects of one verb."""
    return name.dep_ == "nsubj" and subject.pos_ == "PROPN" and subject.left_edge.i == name.i + 2


def list_after(comma: int, subject: Token) -> bool:
    """'Vucic, Orban and X met': the subject right after the comma is the list's rest."""
    return subject.left_edge.i <= comma + 1 and any(t.lower_ == "and" for t in subject.subtree)


def title_holders(found: list[Mention], sent: Span, named: list[Mention]) -> list[Mention]:
    """'talks with the President of the Republic of Austria Jane Roe' parsed with the name
    astray: the state that ends a title stands for the person named right after it."""
    doc = sent.doc
    out = []
    for m in found:
        of_state = m.kind != ActorKind.person and doc[m.root].dep_ == "pobj" \
            and doc[m.root].head.lower_ == "of"
        holder = next((p for p in named if of_state and p.kind == ActorKind.person
                       and (0 <= p.start - m.end <= 1
                            or POSTED_TO.fullmatch(text_of(doc)[m.end:p.start]))), None)
        out.append(holder or m)
    return out


def in_title_of(group: Mention, person: Mention, sent: Span) -> bool:
    doc = sent.doc
    if affiliation_after(group, person, doc):
        return True
    if person.start <= group.start and group.end <= person.end:
        return True  # 'the UN Secretary General'
    if not group.end <= person.start or person.start - group.end > 80:
        return False
    covered = set()
    for m in (group, person):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        covered |= set(range(span.start, span.end)) if span is not None else set()
    gap = doc.char_span(group.end, person.start, alignment_mode="expand")
    if gap is None:
        return False
    return all(t.i in covered or t.pos_ in AFFILIATION_GAP or t.text in {"-", "’s", "'s"}
               or t.text == "," and office_of_before(doc, span_start(doc, group))
               for t in gap)


def affiliation_after(group: Mention, person: Mention, doc) -> bool:
    """'Metropolitan Tikhon of Pskov of the Russian Orthodox Church', 'Ivan Petrov of
    Rosneft', 'Ivan Petrov, head of Rosneft': the body a person belongs to, written after
    the name with 'of' (or in a title set off by a comma)."""
    if not person.end <= group.start or group.start - person.end > 60:
        return False
    gap = doc.char_span(person.end, group.start, alignment_mode="expand")
    if gap is None or not len(gap) or gap[0].lower_ != "of":
        return bool(gap is not None and len(gap) and gap[0].text == ",") and \
            title_set_off(doc[group.root], doc[person.root])
    return all(t.pos_ in {"PROPN", "DET"} or t.lower_ in {"of", "and", "-"} for t in gap)


def title_set_off(body: Token, name: Token) -> bool:
    """'Alexei Miller, chief executive of Russian gas giant Gazprom,': the body ends the
    title set off after the name (the parse: body <- of <- title <-appos- name)."""
    node, steps, by_appos = body, 0, False
    while node.i != name.i and steps < 6:
        if node.dep_ == "prep" and node.lower_ != "of" or node.dep_ not in {
                "pobj", "prep", "appos", "compound"}:
            return False
        by_appos = by_appos or node.dep_ == "appos"
        node, steps = node.head, steps + 1
    return node.i == name.i and by_appos


def span_start(doc, mention: Mention) -> int | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.start if span is not None else None


def office_of_before(doc, start: int | None) -> bool:
    """'the President of Kyrgyzstan, Kurmanbek Bakiyev': a comma may end an office's
    'of X' before the holder's name, also past a possessor ('the Secretary of Russia's
    Security Council, Sergei Shoigu')."""
    if not start:
        return False
    at = start - 1
    while at > 0 and start - at <= 4 and (doc[at].text in {"'s", "’s"} or doc[at].lower_ == "the"
                                          or doc[at].pos_ == "PROPN"):
        at -= 1
    return at >= 1 and doc[at].lower_ == "of" and doc[at - 1].pos_ in {"NOUN", "PROPN"}


def dyads(trigger: Token, own: list[Mention], agents_: list[Mention],
          mentions: ArticleMentions) -> list[list[Mention]]:
    """'calls with A, B and C' (a plural noun and a list) are separate calls with each;
    'A, B and C arrived in Moscow' are separate visits."""
    people = [m for m in own if m.kind == ActorKind.person]
    if trigger.lemma_ in MESSAGES and len(people) >= 2 and agents_:
        return [[partner, *agents_] for partner in own]  # 'a message to A and to B': one each
    if trigger.tag_ == "NNS" and trigger.lemma_ != "talk" and (
            len(own) >= 3 or len(people) >= 2 and agents_ and trigger_kind(trigger) == EventKind.call
            or len(own) >= 2 and agents_ and trigger.lemma_ in MESSAGES):  # one to each
        return [[partner, *agents_] for partner in own]
    if trigger.tag_ == "NNS" and trigger.lemma_ != "talk" and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        owners = possessor(trigger, mentions) + agents_
        partners = [m for m in own if m not in owners]
        if len(partners) >= 2:  # 'X's meetings with A and B': A never meets B
            return [[partner, *owners] for partner in partners]
    if ceremony(trigger):  # 'presented to X by A, B and C': X with each of them
        given = {id(m) for m in recipients(trigger, mentions)}
        to_side = people_first([m for m in own + agents_ if id(m) in given])
        by_side = people_first([m for m in own + agents_ if id(m) not in given])
        by_side += listed_after_by(trigger, mentions, [*to_side, *by_side])
        if len(to_side) >= 2 and len(by_side) <= 1:
            return [[m, *by_side] for m in to_side]
        if len(by_side) >= 2 and len(to_side) == 1:
            return [[m, *to_side] for m in by_side]
    if trigger.lemma_ in ARRIVALS:  # people arrive; 'presidents of A, B' name no one
        travellers = [m for m in own if m.kind == ActorKind.person] or [  # 'X is due to travel'
            m for m in agents_ if m.kind == ActorKind.person and trigger.dep_ == "xcomp"]
        return [[visitor] for visitor in travellers]
    if travel_together(trigger, people, mentions):
        return [[visitor] for visitor in people]
    return [own + agents_]


def travel_together(trigger: Token, people: list[Mention], mentions: ArticleMentions) -> bool:
    """'A and B visited Russia': two travellers to a country or a town, each on a visit
    of his own there, not a meeting between the two."""
    if trigger.pos_ != "VERB" or trigger.lemma_ != "visit" or len(people) < 2:
        return False
    travellers = {m.actor_id for m in subjects(trigger, mentions)}
    if not all(p.actor_id in travellers for p in people):
        return False
    places = {place.root for place in mentions.places}
    return any(c.dep_ == "dobj" and (c.i in places or any(
        m.kind == ActorKind.country for m in actors_at(c, mentions))) for c in trigger.children)


def listed_after_by(trigger: Token, mentions: ArticleMentions, known: list[Mention]
                    ) -> list[Mention]:
    """'by A (Australia), B (Sweden), ... and Z': the parse of a long list breaks; every
    person named after 'by' in the sentence hands over."""
    by = next((c for c in trigger.children if c.dep_ == "agent"), None)
    if by is None:
        return []
    seen = {m.actor_id for m in known}
    return [m for m in mentions.in_span(trigger.sent) if m.root > by.i
            and m.kind == ActorKind.person and m.actor_id not in seen]


def people_first(found: list[Mention]) -> list[Mention]:
    """'Jane Roe (Australia)': the person, when the list names people."""
    people = [m for m in found if m.kind == ActorKind.person]
    return people or found


def recipients(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """'sent a letter to X', 'reported to X': the people the message went to; 'messages to
    the presidents of A and B': the states, each standing for its head (read later)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return [m for c in verb.children if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
            for p in [c, *c.children] if p.dep_ in {"pobj", "dative"}
            for m in actors_at(p, mentions) if m.kind == ActorKind.person
            or m.kind == ActorKind.country and p.tag_ == "NNS" and p.lemma_ in HEADS]


def capital_before(subject: Token, trigger: Token, mentions: ArticleMentions) -> bool:
    """'after Brussels talks with X' misparsed as 'Brussels' talking: a capital right before
    the trigger says where the talks were, not who held them."""
    found = actors_at(subject, mentions)
    return subject.i == trigger.i - 1 and bool(found) and all(m.via == "metonym" for m in found)


def lost_partner(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'in August President X and I took part in the summit' parsed with X astray: the
    person named right before 'and I' is the speaker's partner."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "i"), None)
    name = coordinated_name(subject) if subject is not None else None
    if name is None or any(c.dep_ == "conj" and c.i == subject.i for c in name.children):
        return []
    return [m for m in mentions.in_span(verb.sent) if m.kind == ActorKind.person
            and m.end == name.idx + len(name) and m.via not in {"speaker", "speaker-we"}]


def format_partners(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """'a meeting of the Dialogue with A and B', 'a session of the Council with X': the
    parties named with the format the meeting belongs to (the format names no person)."""
    if any(m.kind == ActorKind.person for m in actors_at(noun, mentions)):
        return []
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj" for m in actors_at(p, mentions)]


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


def clause_on_a_name(node: Token, child: Token, edge: str, trigger: Token) -> bool:
    """'X, speaking after talks with Y, said' (a participle above the trigger, hung on the
    name; or the trigger itself: 'X and Y, meeting in Moscow, agreed'), 'X and Y to hold
    talks' (headline grammar): the name is the party."""
    return node.pos_ == "PROPN" and (
        child.tag_ == "VBG" and (edge in {"advcl", "acl"} and child != trigger or child == trigger
                                 and edge in {"conj", "acl", "appos"} and child.nbor(-1).text == ",")
        or child.pos_ == "VERB" and announced(child))
