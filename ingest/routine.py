"""Routine contact is no event: 'agreed to regularly keep in touch to discuss ...', 'to
meet on a regular basis', 'maintain regular contacts': a habit or an arrangement to keep
talking, with no one occasion (and no date) to it."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_time_cues import event_time_cues
from ingest.syntax import climb

FREQUENCY_ADVERBS = event_time_cues().routine.frequency_adverbs
FREQUENCY_NOUNS = event_time_cues().routine.frequency_nouns
FREQUENCY_ADJECTIVES = event_time_cues().routine.frequency_adjectives
STAYING = event_time_cues().routine.staying
TOUCH = event_time_cues().routine.touch


def routine(trigger: Token) -> bool:
    """The trigger, or the verb it serves, is said to recur or to keep a contact going."""
    for node in [trigger, *(n for _, n in climb(trigger))]:
        if recurring(node) or keeps_in_touch(node):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"xcomp", "conj", "advcl"}:
            return False  # the clause that reports the event: no higher
    return False


def recurring(node: Token) -> bool:
    for child in node.children:
        if child.dep_ == "advmod" and child.lower_ in FREQUENCY_ADVERBS:
            return True
        if child.dep_ == "prep" and any(p.lower_ in FREQUENCY_NOUNS and any(
                a.lower_ in FREQUENCY_ADJECTIVES for a in p.children) for p in child.children):
            return True
    return False


def keeps_in_touch(node: Token) -> bool:
    return node.lemma_.lower() in STAYING and any(
        c.lower_ in TOUCH for c in node.subtree if c.dep_ in {"dobj", "pobj"})
