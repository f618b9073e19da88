"""Whether an event happened: planned (a future, a plan word above the trigger, a date
ahead), called off ('did not meet', 'the meeting was cancelled'), or held."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ingest.event_offsets import scheduled
from ingest.models import EventDate
from ingest.syntax import SUBJECTS, climb, has_future, negated

PLAN_WORDS = {"plan", "expect", "schedule", "organize", "organise", "prepare", "intend",
              "arrange", "invite", "invitation", "propose", "hope", "want", "agree", "set",
              "due", "seek", "request", "offer", "aim", "work", "upcoming",
              "forthcoming", "next", "planned", "future", "possible", "potential", "proposed"}
COMPLEMENTS = {"xcomp", "acl", "dobj", "pobj", "prep"}


AHEAD = {"upcoming", "forthcoming", "coming", "next", "future", "planned", "proposed",
         "possible", "potential"}


def ahead_noun(trigger: Token) -> bool:
    """'discussed today the upcoming visit of X': an event named as ahead keeps only the
    dates of its own phrase, not the day of the talk about it."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in AHEAD
                                          for c in trigger.children)


def invitation(trigger: Token) -> bool:
    """'invited X to visit': the sentence reports the invitation, not a visit date."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ in {"invite", "ask", "urge"}


def planned(trigger: Token, event_date: EventDate, published: date | None) -> bool:
    if any(c.lower_ in PLAN_WORDS for c in trigger.children if c.dep_ == "amod"):
        return True
    if has_future(trigger) or scheduled(trigger):
        return True
    adjunct = False  # plan words above an adjunct ("at their meeting") do not apply
    below = trigger
    for edge, node in climb(trigger):
        if edge == "conj" and any(c.dep_ in SUBJECTS for c in below.children):
            break  # 'you may remember, and I took part in the summit': a clause of its own
        below = node
        if has_future(node):
            return True
        if node.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in PLAN_WORDS
                                       for c in node.children):
            return True  # 'had been due in X for talks': a plan (one that fell through)
        if node.dep_ == "prep" and edge == "pobj" and node.lower_ not in {"for", "of"}:
            adjunct = True
        if adjunct and node.lemma_ in {"continue", "resume", "meet"} and node.dep_ == "xcomp" \
                and node.head.lemma_.lower() in PLAN_WORDS:
            return True  # 'agreed to continue it at the meeting': the meeting is ahead
        if not adjunct and node.lemma_.lower() in PLAN_WORDS and edge in COMPLEMENTS:
            return True
        if node.lemma_ == "look" and any(c.lower_ == "forward" for c in node.children):
            return True  # 'looking forward to making my visit'
    if published and event_date.start and event_date.start > published:
        return True
    return False


def denied(node: Token) -> bool:
    """'no plans to meet', 'no meeting is planned', 'no intention of visiting'."""
    return node.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"det", "neg"} and c.lower_ in {"no", "neither"} for c in node.children)


CALLED_OFF = {"cancel", "call", "scrap", "deny", "rule", "fail",  # call off, rule out, fail to
              "refuse", "decline", "reject", "avoid"}  # refused to meet
TIME_MARKS = {"since", "after", "before", "until", "till"}


def called_off(trigger: Token) -> bool:
    """'did not meet', 'the meeting was cancelled', 'ruled out talks', 'has no plans to meet':
    no event happened."""
    if negated(trigger) or denied(trigger):
        return True
    for edge, node in climb(trigger):
        if denied(node):
            return True
        if node.dep_ == "prep" and node.lower_ in TIME_MARKS:
            return False  # 'have not spoken since their last meeting': that meeting was held
        if node.pos_ in {"VERB", "AUX"}:
            return negated(node) or (node.lemma_ in CALLED_OFF and edge in {"dobj", "xcomp"})
    if trigger.dep_ in SUBJECTS:  # "the meeting was cancelled"
        return negated(trigger.head) or trigger.head.lemma_ in {"cancel", "scrap"}
    return False
