"""A gathering that is only the topic of a talk: 'the parties discussed the preparation of
the next summit', 'they reviewed the agenda of the upcoming conference': the summit is what
they talked about, not a meeting of the two (and it names no participants of its own)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.event_time_cues import event_time_cues
from ingest.syntax import climb

GATHERINGS = event_cues().event_topics.gatherings
TALKING = event_cues().event_topics.talking
OWN_PARTIES = {"poss", "compound", "nmod"}
SIDELINES = event_time_cues().gathering_dates.sidelines


def discussed_gathering(trigger: Token) -> bool:
    """A gathering noun with no parties of its own inside the topic of a verb of talking, or
    the venue of a meeting on its sidelines."""
    if sideline_venue(trigger):
        return True
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in GATHERINGS or has_parties(trigger):
        return False
    for edge, node in climb(trigger):
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in TALKING and edge in {"dobj", "prep", "pobj"}
    return False


def has_parties(noun: Token) -> bool:
    """'Putin's summit', 'the Russia-Africa summit', 'a summit with X', 'of the G20'."""
    return any(c.dep_ in OWN_PARTIES and c.pos_ in {"PROPN", "PRON"} or c.dep_ == "amod"
               and c.ent_type_ in {"NORP", "GPE"} or c.dep_ == "prep"
               and c.lower_ in {"with", "between", "of"} for c in noun.children)


def sideline_venue(trigger: Token) -> bool:
    """'A and B will meet X on the sidelines of the summit': the summit is where they meet,
    not an event of A and B (who else attends it is not told)."""
    head = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and head.lower_ == "of" \
        and head.head.lower_ in SIDELINES
