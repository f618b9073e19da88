"""An undated plan beside the meeting itself: a release that reports talks held also says
'the leaders will hold talks on ...' or 'discussed the upcoming summit'; the plan is the
held meeting announced, or context, not another meeting."""

from __future__ import annotations

from ingest.events import Candidate
from ingest.models import Status


def parties(candidate: Candidate) -> frozenset[str]:
    return frozenset(m.actor_id for m in candidate.participants)


def without_previews(found: list[Candidate]) -> list[Candidate]:
    held = {parties(c) for c in found if c.status == Status.held}
    return [c for c in found if not (c.status == Status.planned and c.date.edtf is None
                                     and parties(c) in held)]
