"""Day words the NER leaves untagged: 'I talked about this today with X', 'we will meet
tomorrow': the word hangs on the event's verb, so it dates the event."""

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
