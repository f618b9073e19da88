"""An undated plan beside the meeting itself: a release that reports talks held also says
'the leaders will hold talks on ...' or 'discussed the upcoming summit'; the plan is the
held meeting announced, or context, not another meeting. A plan the parties agreed on ('agreed
to resume the talks at their meeting in Bali') is one."""

from __future__ import annotations

from ingest.event_time_cues import event_time_cues
from ingest.events import Candidate
from ingest.models import EventKind, Status
from ingest.syntax import climb

AGREED = event_time_cues().previews.agreed


def occasion(candidate: Candidate) -> tuple[frozenset[str], bool]:
    """The people, and whether by telephone: a call held does not announce a meeting."""
    return frozenset(m.actor_id for m in candidate.participants), candidate.kind == EventKind.call


def agreed(candidate: Candidate) -> bool:
    return candidate.kind != EventKind.summit and any(
        node.lemma_.lower() in AGREED for _, node in climb(candidate.trigger))


def without_previews(found: list[Candidate]) -> list[Candidate]:
    held = {occasion(c) for c in found if c.status == Status.held}
    return [c for c in found if not (c.status == Status.planned and c.date.edtf is None
                                     and occasion(c) in held and not agreed(c))]
