"""The days of an announced trip date what the announcement says will happen on it: 'On
October 4-5 the President will make an official visit to India. During talks with Prime
Minister X he will discuss ... He will also meet President Y': the talks and the meeting are
on the trip's days (in-person, told in the future, with no date of their own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ingest.models import EventKind, Status
from ingest.syntax import climb, has_future

if TYPE_CHECKING:
    from ingest.events import Candidate

IN_PERSON = {EventKind.meeting, EventKind.talks, EventKind.summit, EventKind.visit}


def announced_trip(candidate: Candidate) -> bool:
    """A planned visit with a date: the frame of what follows in the announcement."""
    return candidate.kind == EventKind.visit and candidate.status == Status.planned \
        and candidate.date.edtf is not None


def on_the_trip(candidate: Candidate, trip: Candidate | None) -> None:
    """An undated planned in-person event told in the future after an announced trip takes
    the trip's days."""
    if trip is None or candidate.date.edtf is not None or candidate.status != Status.planned \
            or candidate.kind not in IN_PERSON or not told_in_the_future(candidate.trigger):
        return
    candidate.date = trip.date.model_copy(update={"explicit": False})


def told_in_the_future(trigger: Token) -> bool:
    """'will meet', 'During talks with X the President will discuss': a 'will' on the
    trigger or on a verb it hangs from."""
    return has_future(trigger) or any(node.pos_ in {"VERB", "AUX"} and has_future(node)
                                      for _, node in climb(trigger))
