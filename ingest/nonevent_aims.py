"""Talks named as an aim rather than told as held: the subject of a judgement ('Resuming
negotiations with X is essential') or what someone works or calls for ('efforts to
facilitate talks between X and Y', 'support for talks between A and B')."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_time_cues import event_time_cues

JUDGING = event_time_cues().nonevents.judging
GOAL_NOUNS = event_time_cues().nonevents.goal_nouns
GOAL_VERBS = event_time_cues().nonevents.goal_verbs


def judged_process(trigger: Token) -> bool:
    """'Resuming negotiations with Belgrade and Pristina is essential', 'the resumption of
    talks between X and Y is a priority': talks named as the subject of a judgement are a
    goal, not an event ('the resumption of talks ... ended without agreement', 'the topic of
    the talks was energy', 'the working meeting was long' are events)."""
    holder = trigger.head
    if trigger.dep_ == "dobj" and holder.tag_ == "VBG" and holder.lemma_ in GOAL_VERBS:
        subject = holder
    elif any(c.tag_ == "VBG" and c.dep_ in {"compound", "amod"} and c.lemma_ in GOAL_VERBS
             for c in trigger.children):
        subject = trigger  # 'Reviving talks with X is ...' parsed as a noun phrase
    elif trigger.dep_ == "pobj" and holder.lower_ == "of" and holder.head.lemma_.lower() in GOAL_NOUNS:
        subject = holder.head
    else:
        return False
    verb = subject.head
    return subject.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass"} and \
        verb.lemma_ in JUDGING and any(c.dep_ in {"acomp", "attr", "oprd"} or c.lower_ == "as"
                                       for c in verb.children)  # 'is considered as a condition'


BROKERING = event_time_cues().nonevents.brokering
BACKING = event_time_cues().nonevents.backing


def aimed_at(trigger: Token) -> bool:
    """'efforts to facilitate talks between X and Y', 'its role in brokering negotiations',
    'support for talks between A and B': talks someone works or calls for, not talks held
    ('the EU facilitated talks in Brussels on Monday' are)."""
    head = trigger.head
    if any(c.tag_ == "VBG" and c.dep_ in {"amod", "compound"} and c.lemma_ in BROKERING
           for c in trigger.children):
        return True  # 'in brokering negotiations' parsed as a noun phrase
    if trigger.dep_ == "dobj" and head.lemma_ in BROKERING:
        return head.tag_ in {"VB", "VBG"} and head.dep_ in {"acl", "xcomp", "pcomp", "pobj"}
    return trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in BACKING
