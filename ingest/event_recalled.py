"""Meetings told in passing with a verb that is no trigger elsewhere: 'X last saw Y in
Beijing on October 17', 'he would see the Russian ambassador later in the day' (a person
seeing a named person: a meeting; not 'saw growth', 'sees Y as a partner', 'saw Y on
television'); and a second time of the same pair told without a verb of its own ('we met in
February, and then in June in St Petersburg')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ingest import dates
from ingest.date_index import date_entities
from ingest.event_time_cues import event_time_cues
from ingest.models import ActorKind, EventKind
from ingest.syntax import SUBJECTS, actors_at
from ingest.types import ArticleMentions, Mention

RECALLED = event_time_cues().recalled
SEEING = set(RECALLED.seeing)
NOT_IN_PERSON = set(RECALLED.not_in_person)
SEERS = {"he", "she", "i", "we"}


def seen_in_person(verb: Token, mentions: ArticleMentions) -> EventKind | None:
    """'X saw Y', 'X will see Y': a meeting of two people, both told by name or pronoun."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SEEING \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} or c.dep_ == "prep" and c.lower_ == "as"
           or c.dep_ == "prep" and any(p.lemma_.lower() in NOT_IN_PERSON for p in c.children)
           for c in verb.children):
        return None  # 'saw Y as a partner', 'saw that ...', 'saw Y on television'
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ == "xcomp":  # 'glad to see Y', 'wants to see Y'
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.dep_ == "nsubjpass" or not (
            subject.pos_ == "PRON" and subject.lower_ in SEERS
            or any(m.kind == ActorKind.person for m in actors_at(subject, mentions))):
        return None
    seen = [m for c in verb.children if c.dep_ == "dobj" for m in named_object(c, mentions)]
    return EventKind.meeting if seen else None


def addressed_body(verb: Token, mentions: ArticleMentions) -> EventKind | None:
    """'X addressed the UN Security Council', 'will address an emergency session of the
    Council': a person before a body, a meeting of the two (not 'addressed the issue')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "address" or any(
            c.dep_ == "neg" for c in verb.children) or remote(verb):
        return None  # 'addressed the Council by video link': not before it
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None:
        return None
    speaker = subject.pos_ == "PRON" and subject.lower_ in SEERS or any(
        m.kind == ActorKind.person for m in actors_at(subject, mentions))
    bodies = [m for m in actors_at(obj, mentions) if m.kind == ActorKind.organisation] + (
        session_body(obj, verb, mentions))
    return EventKind.meeting if speaker and bodies else None


def session_body(obj: Token, trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """'addressed an emergency session of the UN Security Council': the Council."""
    if trigger.lemma_.lower() != "address":
        return []
    return [m for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" for m in actors_at(p, mentions)
            if m.kind == ActorKind.organisation]


def remote(verb: Token) -> bool:
    """'by video link', 'via video', 'on screen': not in person."""
    return any(c.dep_ == "prep" and any(t.lemma_.lower() in NOT_IN_PERSON for t in c.subtree)
               for c in verb.children)


def named_object(noun: Token, mentions: ArticleMentions) -> list:
    """People the object itself names: 'Xi', 'the ambassador, Li Ming' (not someone named
    deep inside it: 'the mission of the person who will be elected president')."""
    heads = {noun.i} | {c.i for c in noun.children if c.dep_ in {"appos", "compound"}}
    return [m for m in actors_at(noun, mentions)
            if m.kind == ActorKind.person and (m.root in heads or noun.doc[m.root].head.i in heads)]


AGAIN = set(RECALLED.again)
GAP_PREPS = set(RECALLED.gap_preps)


def told_again(verb: Token, mentions: ArticleMentions) -> tuple[int, int] | None:
    """'we met in February, ..., and then in June in St Petersburg', 'spoke on Monday and
    again on Friday': after the verb's 'and', phrases with a date and 'then/again' and no
    verb or person of their own tell the same pair meeting another time (their span)."""
    if verb.pos_ != "VERB":
        return None
    cc = next((c for c in verb.children if c.dep_ == "cc"), None)
    if cc is None:
        return None
    tail = [c for c in verb.children if c.i > cc.i and c.dep_ != "punct"]
    if not tail or any(c.dep_ not in {"prep", "conj", "advmod", "npadvmod"} for c in tail) \
            or tail[0].lower_ not in GAP_PREPS and tail[0].lower_ not in AGAIN:
        return None
    start, end = cc.i + 1, max(c.right_edge.i for c in tail) + 1
    words = verb.doc[start:end]
    if not any(t.lower_ in AGAIN for t in words) or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    if any(start <= m.root < end and m.kind == ActorKind.person for m in mentions.in_span(verb.sent)):
        return None  # 'met A in May and then B in June': another partner (lists)
    return start, end


def again_later(verb: Token, made: list, mentions: ArticleMentions, published) -> list:
    """A copy of each dated candidate of `verb` for the other time the sentence tells, dated
    and placed by that phrase."""
    span = told_again(verb, mentions) if made else None
    if span is None:
        return []
    start, end = span
    ents = [e for e in date_entities(verb.sent) if start <= e.start and e.end <= end]
    when = dates.resolve(ents[0].text, published) if ents else None
    if when is None:
        return []
    place = next((p.name for p in mentions.places if start <= p.root < end), None)
    return [replace(c, participants=list(c.participants), date=when, place=place)
            for c in made if c.date.edtf and c.date.edtf != when.edtf]
