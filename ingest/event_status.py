"""Whether an event happened: planned (a future, a plan word above the trigger, a date
ahead), called off ('did not meet', 'the meeting was cancelled'), or held."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ingest.event_occasions import followed_event
from ingest.event_offsets import scheduled
from ingest.event_time_cues import event_time_cues
from ingest.models import EventDate
from ingest.syntax import SUBJECTS, climb, has_future, negated

PLAN_WORDS = event_time_cues().event_status.plan_words
COMPLEMENTS = {"xcomp", "acl", "dobj", "pobj", "prep"}


AHEAD = event_time_cues().event_status.ahead
FELL_THROUGH = event_time_cues().event_status.fell_through


def ahead_noun(trigger: Token) -> bool:
    """'discussed today the upcoming visit of X': an event named as ahead keeps only the
    dates of its own phrase, not the day of the talk about it."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in AHEAD
                                          for c in trigger.children)


def ahead_of(trigger: Token) -> bool:
    """'Ahead of his meeting with X on Friday, Y said ...': a meeting still to come."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ == "ahead"


def invitation(trigger: Token) -> bool:
    """'invited X to visit', 'extended an invitation to X to visit': the sentence reports
    the invitation, not a visit date."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ in {"invite", "ask", "urge"} or (
        trigger.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "dobj" and c.lemma_ == "invitation"
                                                   for c in trigger.head.children))


def planned(trigger: Token, event_date: EventDate, published: date | None) -> bool:
    if rescheduled(trigger) or announced(trigger) or invitation(trigger) or ahead_of(trigger):
        return True
    lead = followed_event(trigger)  # 'will have a meeting on Monday, followed by talks'
    if lead is not None and planned(lead, EventDate(), published):
        return True
    if any(c.lower_ in PLAN_WORDS for c in trigger.children if c.dep_ == "amod"):
        return True
    if has_future(trigger) or scheduled(trigger):
        return True
    adjunct = False  # plan words above an adjunct ("at their meeting") do not apply
    below, last_edge, timed = trigger, "", False
    for edge, node in climb(trigger):
        if edge == "conj" and any(c.dep_ in SUBJECTS for c in below.children):
            break  # 'you may remember, and I took part in the summit': a clause of its own
        if edge == "relcl" and told_as_past(below):
            break  # 'will hold talks with X, with whom she spoke in May': that call was held
        # 'at the end of the month for talks': the time phrase took the verb's 'for talks'
        when = below.ent_type_ in {"DATE", "TIME"} and last_edge == "prep"
        below, last_edge = node, edge
        timed = timed or node.lower_ in TIME_MARKS  # 'was to go on after the visit': not it
        if has_future(node) or be_to(node) and not timed:
            return True  # 'will sign', 'are to exchange views' (at the meeting)
        if node.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in PLAN_WORDS
                                       for c in node.children):
            return True  # 'had been due in X for talks': a plan (one that fell through)
        if node.dep_ == "prep" and edge == "pobj" and node.lower_ not in {"for", "of"} and not when:
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


def told_as_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have", "'d"}
                                     for c in verb.children)


def be_to(node: Token) -> bool:
    """'X is to meet Y', 'during the meeting they are to exchange views': a plan."""
    return node.lemma_ == "be" and any(c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in node.children)


def denied(node: Token) -> bool:
    """'no plans to meet', 'no meeting is planned', 'no intention of visiting'."""
    return node.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"det", "neg"} and c.lower_ in {"no", "neither"} for c in node.children)


CALLED_OFF = event_time_cues().event_status.called_off
CANCELLING = event_time_cues().event_status.cancelling
POSTPONING = event_time_cues().event_status.postponing
DENYING = event_time_cues().event_status.denying
TIME_MARKS = event_time_cues().event_status.time_marks


def called_off(trigger: Token) -> bool:
    """'did not meet', 'the meeting was cancelled', 'ruled out talks', 'has no plans to meet':
    no event happened."""
    if negated(trigger) or denied(trigger) or disclaimed(trigger):
        return True
    for edge, node in climb(trigger):
        if denied(node):
            return True
        if node.dep_ == "prep" and node.lower_ in TIME_MARKS:
            return False  # 'have not spoken since their last meeting': that meeting was held
        if node.pos_ in {"VERB", "AUX"}:
            verdict = negated(node) or fell_through(node) \
                or (node.lemma_ in CALLED_OFF and edge in {"dobj", "xcomp"}) \
                or edge == "xcomp" and was_supposed(node) \
                or node.dep_ == "xcomp" and was_supposed(node.head)
            if verdict or not shared_infinitive(node):
                return verdict
    if trigger.dep_ in SUBJECTS:  # "the meeting was cancelled", "the visit was called off"
        return negated(trigger.head) or put_off(trigger.head)
    return False


def shared_infinitive(verb: Token) -> bool:
    """'had been due to arrive on Monday and to hold talks on Tuesday': the second 'to' shares
    the first one's governor."""
    return verb.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def fell_through(verb: Token) -> bool:
    """'had been due to hold talks with X', 'had planned to visit Y', 'had been due in X for
    talks': a plan told in the past perfect ('due' hangs on 'been')."""
    plan = verb if verb.lemma_ in FELL_THROUGH else next(
        (c for c in verb.children if c.dep_ == "acomp" and c.lemma_ in FELL_THROUGH), None)
    holders = [plan, plan.head] if plan is not None and plan.dep_ == "acomp" else [plan]
    return plan is not None and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"}
                                    for holder in holders for c in holder.children)


def was_supposed(verb: Token) -> bool:
    """'X and Y were supposed to meet on Monday': a plan told as gone by."""
    return verb.lemma_ == "suppose" and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"}
                                            for c in verb.children) or fell_through(verb)


def put_off(verb: Token) -> bool:
    """'was cancelled', 'was called off', 'was postponed' (with no new date: 'postponed to
    Friday' keeps a plan)."""
    if verb.lemma_ == "call":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return verb.lemma_ in CANCELLING or verb.lemma_ in POSTPONING and not any(
        c.dep_ == "prep" and c.lower_ in {"to", "until", "till"} for c in verb.children)


def announced(trigger: Token) -> bool:
    """Headline grammar: 'X and Y to meet in Brussels on Thursday', 'X to visit Y', 'X and Y
    to hold talks' (an infinitive with a subject, or hung by the parser on the name)."""
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else trigger
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.dep_ in {"relcl", "acl"} and verb.head.pos_ == "PROPN" \
        and verb.head.dep_ in {"ROOT", "advcl", "ccomp", "nsubj", "parataxis"} or any(
        c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "mark" for c in verb.children)


def rescheduled(trigger: Token) -> bool:
    """'the talks were moved to Wednesday', 'postponed until next week': a plan still, for
    the new date."""
    return trigger.dep_ in SUBJECTS and trigger.head.lemma_ in POSTPONING and any(
        c.dep_ == "prep" and c.lower_ in {"to", "until", "till"} for c in trigger.head.children)


def disclaimed(trigger: Token) -> bool:
    """'X denied that he had met Y', 'dismissed claims that they had spoken': the clause
    under a denial reports no event."""
    top = trigger
    for _, node in climb(trigger):
        if node.lemma_ in DENYING:
            return True  # 'dismissed claims that they had met'
        top = node
    return top.dep_ == "ccomp" and top.head.lemma_ in DENYING
