"""Talks named as the subject of a judgement are a goal, not an event; talks that end, or
that people resume, are one. Sentences written for these tests; needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def events(extract_text, text):
    extraction = extract_text(f"News\n\n{text}", "2023-03-10")
    return sorted(tuple(sorted(p.name for p in e.participants)) for e in extraction.events)


@pytest.mark.parametrize("text", [
    "Resuming negotiations with Belgrade and Pristina is essential, the EU envoy said.",
    "Reviving talks with Syria and Lebanon is an indispensable condition for a settlement.",
    "Invigoration of talks with Syria and Lebanon is considered as a condition for progress.",
    "The resumption of talks between Belgrade and Pristina is a priority for the Union.",
])
def test_talks_as_a_goal_are_no_event(extract_text, text):
    assert events(extract_text, text) == []


@pytest.mark.parametrize("text", [
    "The resumption of talks between Vucic and Kurti in Brussels on Monday ended without "
    "agreement.",
    "Vucic and Kurti resumed talks in Brussels on Monday.",
    "The talks between Vucic and Kurti in Brussels on Monday were constructive.",
    "The main topic of the talks between Vucic and Kurti in Brussels on Monday was energy.",
    "The outcome of the meeting between Vucic and Kurti in Brussels on Monday was "
    "disappointing, Borrell said.",
    "The working meeting between Vucic and Kurti in Brussels on Monday was long.",
    "The continuing talks between Vucic and Kurti in Brussels on Monday were constructive.",
])
def test_talks_that_took_place_stay(extract_text, text):
    assert events(extract_text, text) == [("Albin Kurti", "Aleksandar Vucic")]
