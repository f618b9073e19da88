"""Reports that their dates keep apart when merging: a story day told against the release's
day, a one-person visit with a date of its own, an undated recollection beside a dated
meeting."""

from __future__ import annotations

from ingest import dates
from ingest.events import Candidate
from ingest.models import EventKind
from ingest.nlp import span_text
from ingest.nonevents import recalled


def ids(candidate: Candidate) -> frozenset[str]:
    return frozenset(m.actor_id for m in candidate.participants)


def tells_a_story_day(candidate: Candidate) -> bool:
    """Read once per sentence (kept on the doc): merging compares every group member again."""
    sent = candidate.sentence
    seen = sent.doc.user_data.setdefault("srk.story_days", {})
    if sent.start not in seen:
        seen[sent.start] = dates.names_a_story_day(span_text(sent))
    return seen[sent.start]


def lone_visit(candidate: Candidate) -> bool:
    return candidate.kind == EventKind.visit and len(ids(candidate)) == 1


def dated_by_lone_visit(group: list[Candidate], c: Candidate) -> bool:
    """'X visited Russia in 2016' does not date an undated 'X received you' told elsewhere:
    a one-person visit with a date of its own joins only events that are dated too."""
    if lone_visit(c) and c.date.edtf and not c.date.inferred:
        return all(g.date.edtf is None and not lone_visit(g) for g in group)
    return c.date.edtf is None and not lone_visit(c) and all(
        lone_visit(g) and g.date.edtf and not g.date.inferred for g in group)


def arrival_apart(group: list[Candidate], c: Candidate) -> bool:
    """'X arrived in Moscow on March 20' does not date the talks a release of March 21
    reports undated (dated by the release), told before it: the visit began the day before
    them ('X arrived on March 8. That day he held talks' goes on from the arrival)."""
    if not (lone_visit(c) and c.date.precision == "day" and not c.date.inferred):
        return False
    told = {c.date.start}
    others = [m for m in group if not lone_visit(m) and m.date.edtf]
    inferred = {m.date.start for m in others if m.date.inferred and m.date.precision == "day"}
    return bool(told and inferred) and told.isdisjoint(inferred) \
        and all(m.date.inferred for m in others)


def undated_recollection(candidate: Candidate) -> bool:
    return candidate.date.edtf is None and recalled(candidate.trigger)


def recalled_apart(group: list[Candidate], c: Candidate) -> bool:
    """'As you may remember, X and I took part in the summit' (no date) is another event
    than the dated meeting of X and I that the article reports; 'A and B first (last) met in
    October last year' is another occasion than the undated talks the article reports."""
    if undated_recollection(c):
        return any(g.date.edtf for g in group)
    if c.date.edtf is None and any(earlier_occasion(g) for g in group) \
            or earlier_occasion(c) and any(g.date.edtf is None for g in group):
        return True
    return bool(c.date.edtf) and all(undated_recollection(g) for g in group)


def earlier_occasion(candidate: Candidate) -> bool:
    """A dated 'first met', 'their first meeting', 'last met', 'their last talks': the start
    of a story or the time before, not its news."""
    return bool(candidate.date.edtf) and not candidate.date.inferred and any(
        c.lower_ in {"first", "last"} and c.dep_ in {"advmod", "amod"}
        for c in candidate.trigger.children)
