"""Tallies of meetings: 'met Putin more than a dozen times since 2014', 'spoke twice in
February', 'has held eleven meetings with X over the past decade' count many events over a
period; none of them is one event on the date the sentence names."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dates import WEEKDAY
from ingest.event_time_cues import event_time_cues

MANY = event_time_cues().event_tallies.many
SO_OFTEN = event_time_cues().event_tallies.so_often
ONE = event_time_cues().event_tallies.one
DAY_WORDS = event_time_cues().event_tallies.day_words


def tally(trigger: Token) -> bool:
    if on_a_day(trigger) or latest_named(trigger):
        return False  # 'held two meetings in Brussels yesterday': that day's, one by one
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return trigger.tag_ == "NNS" and counted(trigger) and not any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "both", "their"}
            for c in trigger.children)
    return trigger.pos_ == "VERB" and any(
        c.lower_ in SO_OFTEN or c.lemma_ == "time" and c.tag_ == "NNS" and counted(c)
        for c in trigger.children)


def counted(noun: Token) -> bool:
    """'five times', 'more than a dozen times', 'eleven meetings', 'several meetings' (not
    'their first direct talks': an ordinal picks one)."""
    words = [t for c in noun.children if c.dep_ in {"nummod", "amod", "quantmod"} and c.i < noun.i
             for t in c.subtree]  # not 'the two leaders' talks'
    return any(t.lower_ in MANY or t.tag_ == "CD" and t.lower_ not in ONE for t in words)


def latest_named(trigger: Token) -> bool:
    """'has met Putin a dozen times, most recently in Kazan last October': the tally names
    its latest meeting, an event of its own."""
    return any(c.dep_ == "advmod" and c.lower_ == "recently"
               and any(m.lower_ in {"most", "last"} for m in c.children) for c in trigger.children)


def on_a_day(trigger: Token) -> bool:
    """A day named in the trigger's own clause ('on Monday', 'yesterday', 'on 11 March'),
    not in the clause that reports it ('Vucic said on Monday that he had met ...')."""
    verb = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ in {
        "VERB", "AUX"} else trigger
    for child in verb.children:
        if child.dep_ in {"ccomp", "advcl", "relcl", "conj", "parataxis"}:
            continue
        for token in child.subtree:
            if token.lower_ in DAY_WORDS or WEEKDAY.fullmatch(token.text) or (
                    token.ent_type_ == "DATE" and token.like_num and len(token.text) <= 2):
                return True
    return False
