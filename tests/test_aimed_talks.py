"""Talks someone works or calls for ('efforts to facilitate talks between X and Y', 'its
role in brokering negotiations', 'support for talks between A and B') are an aim, not an
event; talks 'between' two states are theirs, not the welcomer's. Sentences written for
these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def events_of(extract_text, text: str):
    x = extract_text(f"Statement\n\n{text}", "2022-05-10")
    return [(e.status.value, sorted(p.name for p in e.participants)) for e in x.events]


@pytest.mark.parametrize("text", [
    "Joe Biden welcomed Turkey's efforts to facilitate talks between Russia and Ukraine.",
    "Josep Borrell praised Qatar's role in brokering negotiations between Armenia and Azerbaijan.",
    "The foreign minister reiterated Hungary's support for talks between Serbia and Kosovo.",
    "Emmanuel Macron said France would keep working to mediate negotiations between Belgrade "
    "and Pristina.",
])
def test_talks_worked_for_are_no_event(extract_text, text):
    assert events_of(extract_text, text) == []


def test_talks_facilitated_on_a_day_are_held(extract_text):
    found = events_of(extract_text, "The EU facilitated talks between Serbia and Kosovo in "
                      "Brussels on Monday.")
    assert [status for status, _ in found] == ["held"]
    assert {"Kosovo", "Serbia"} <= set(found[0][1])


def test_talks_between_two_states_are_not_the_welcomers(extract_text):
    found = events_of(extract_text, "Recep Tayyip Erdogan welcomed the meeting between Russia "
                      "and Ukraine in Istanbul on Tuesday.")
    assert found and all("Recep Tayyip Erdogan" not in parties for _, parties in found)


def test_talks_a_mediator_came_to_facilitate_were_held(extract_text):
    found = events_of(extract_text, "Miroslav Lajcak arrived in Brussels on Monday to facilitate "
                      "talks between Aleksandar Vucic and Albin Kurti, which ended without a deal.")
    assert any({"Aleksandar Vucic", "Albin Kurti"} <= set(parties) for _, parties in found)


def test_who_led_the_talks_takes_part(extract_text):
    found = events_of(extract_text, "Aleksandar Vucic led the talks between Serbia and the EU in "
                      "Brussels on Monday.")
    assert any("Aleksandar Vucic" in parties for _, parties in found)
