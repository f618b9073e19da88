"""The date of a gathering named earlier: 'the SCO summit, which will take place in Bishkek
on June 13-14' dates a later 'a meeting on the sidelines of the summit'."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ingest import dates
from ingest.event_time_cues import event_time_cues
from ingest.models import EventDate

GATHERINGS = event_time_cues().gathering_dates.gatherings
SIDELINES = event_time_cues().gathering_dates.sidelines
CLIMB = 4  # 'the summit, which will take place ... on June 13-14': date -> on -> take -> summit


def gathering_dates(doc: Doc, published: date | None) -> list[tuple[int, str, EventDate]]:
    """(token index, gathering lemma, date) for each dated gathering, in reading order."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        gathering = gathering_above(ent.root)
        when = dates.resolve(ent.text, published, planned=False) if gathering else None
        if gathering is not None and when is not None and when.edtf:
            found.append((gathering.i, gathering.lemma_.lower(), when))
    return found


def gathering_above(token: Token) -> Token | None:
    node = token
    for _ in range(CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in GATHERINGS:
            return node
    return None


def on_the_sidelines(trigger: Token) -> Token | None:
    """'a meeting on the sidelines of the summit', 'talks at the margins of the forum': the
    gathering."""
    held_by = [w for c in trigger.head.children if c.dep_ == "prep" and trigger.dep_ == "dobj"
               for w in c.subtree]  # 'On the sidelines of the summit, X had meetings with'
    for word in [*trigger.subtree, *held_by]:
        if word.lower_ in SIDELINES:
            of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
            if place is not None and place.lemma_.lower() in GATHERINGS:
                return place
    return None


def date_of_gathering(trigger: Token, known: list[tuple[int, str, EventDate]],
                      news: date | None = None) -> EventDate | None:
    """The date of the gathering the trigger happens on the sidelines of, named before it;
    'the summit' named with no date of its own, for a meeting held: the summit of the news
    day (`news`)."""
    gathering = on_the_sidelines(trigger)
    lemma = gathering.lemma_.lower() if gathering is not None else None
    earlier = [when for at, name, when in known if name == lemma and at < trigger.i]
    if lemma and earlier:
        return earlier[-1]
    if gathering is not None and news and the_one_told(gathering):
        return dates.day(news, explicit=False).model_copy(update={"inferred": True})
    return None


def the_one_told(gathering: Token) -> bool:
    """'the summit', not 'a summit' nor 'the 2019 summit' (a gathering of another day)."""
    return [c.lower_ for c in gathering.children if c.dep_ != "prep"] == ["the"]
