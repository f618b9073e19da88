"""A headline names the sides of the story's event: 'A and B meet in Brussels' over 'A and B
met with C and D in Brussels' is one meeting, however many the story seats at the table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.principals import headline_of

if TYPE_CHECKING:
    from ingest.events import Candidate


def ids(candidate: Candidate) -> frozenset[str]:
    return frozenset(m.actor_id for m in candidate.participants)


def headline_part(group: list[Candidate], c: Candidate) -> bool:
    """'A and B meet in Brussels' over 'A and B met with C and D': the headline names the sides."""
    group_ids = set().union(*(ids(g) for g in group))
    if in_headline(c):
        return ids(c) < group_ids
    return all(in_headline(g) for g in group) and group_ids < ids(c)


def in_headline(candidate: Candidate) -> bool:
    return headline_of(candidate.sentence.doc) == candidate.sentence
