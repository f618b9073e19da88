"""Days the event's own phrase does not tag: day words the NER leaves untagged ('I talked
about this today with X', 'we will meet tomorrow': the word hangs on the event's verb, so it
dates the event), and the day of the clause a colon elaborates."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ingest import dates
from ingest.models import EventDate

DAY_WORDS = {"today", "yesterday", "tomorrow", "tonight"}


def untagged_day(anchors: list[Token], published: date | None, plan_hint: bool) -> EventDate | None:
    """The day a day word on the trigger or its verbs names, counted from the publication."""
    return next((found for anchor in anchors for c in anchor.children
                 if c.dep_ in {"npadvmod", "advmod"} and c.lower_ in DAY_WORDS
                 for found in [dates.resolve(c.text, published, plan_hint)] if found), None)


def before_the_colon(anchors: list[Token], published: date | None, plan_hint: bool
                     ) -> EventDate | None:
    """'Vucic spent Sunday on the phone: he spoke with A, with B and with C': the one date
    of the clause before a colon dates the clause the colon opens (not a quotation)."""
    top = anchors[-1]
    sent, start = top.sent, top.left_edge.i
    if start - 1 <= sent.start or top.doc[start - 1].text != ":" or top.doc[start].is_quote:
        return None
    found = [when for ent in sent.ents if ent.label_ == "DATE" and ent.end < start
             for when in [dates.resolve(ent.text, published, plan_hint)] if when]
    return found[0] if len(found) == 1 else None
