"""Tallies of meetings: 'met Putin more than a dozen times since 2014', 'spoke twice in
February', 'has held eleven meetings with X over the past decade' count many events over a
period; none of them is one event on the date the sentence names."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dates import WEEKDAY

MANY = {"several", "many", "numerous", "multiple", "countless", "dozen", "dozens", "repeated",
        "frequent", "regular", "various"}
SO_OFTEN = {"twice", "thrice", "repeatedly"}
ONE = {"one", "once", "1", "a", "an"}


def tally(trigger: Token) -> bool:
    if WEEKDAY.search(trigger.sent.text):
        return False  # 'held two meetings on Monday': that day's meetings, one by one
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return trigger.tag_ == "NNS" and counted(trigger) and not any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those", "both", "their"}
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
