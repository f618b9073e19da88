"""'X will travel to Y' is a visit (planned or held); a companion ('together with Z') meets
no one; a trip's days date the meetings told inside it; 'often travels' is a
habit and 'would not travel' no trip. Sentences written for these tests. Needs spaCy, not
Neo4j."""

from __future__ import annotations

import pytest


def events_of(extract_text, text: str, published: str = "2023-06-12"):
    x = extract_text(f"Travel\n\n{text}", published)
    return [(e.kind.value, e.status.value, sorted(p.name for p in e.participants), e.date)
            for e in x.events]


@pytest.mark.parametrize(("text", "status"), [
    ("Olaf Scholz will travel to Belgrade on Friday.", "planned"),
    ("Kaja Kallas travelled to Pristina on Monday.", "held"),
    ("Aleksandar Vucic is due to travel to Beijing next week.", "planned"),
])
def test_travelling_to_a_place_is_a_visit(extract_text, text, status):
    found = events_of(extract_text, text)
    assert [(kind, state) for kind, state, _, _ in found] == [("visit", status)]


def test_a_companion_on_a_trip_is_no_party_of_a_meeting(extract_text):
    found = events_of(extract_text, "Gabriel Escobar will travel to Belgrade on June 14, together "
                      "with Miroslav Lajcak.")
    assert ["Gabriel Escobar"] in [parties for kind, _, parties, _ in found if kind == "visit"]
    assert all(len(parties) == 1 for _, _, parties, _ in found)


def test_a_trips_days_date_the_meetings_inside_it(extract_text):
    found = events_of(extract_text, "Antony Blinken will travel to Brussels, Belgium, and "
                      "Pristina, Kosovo, June 13-15. In Pristina, Secretary Blinken will meet "
                      "with Prime Minister Albin Kurti.")
    meetings = [date for kind, _, parties, date in found if parties == ["Albin Kurti", "Antony Blinken"]]
    assert meetings and all(date and date.startswith("2023-06-1") for date in meetings)


@pytest.mark.parametrize("text", [
    "Aleksandar Vucic often travels to Budapest.",
    "Aleksandar Vucic said he would not travel to Moscow for the parade.",
    "Thousands of fans travelled to Belgrade for the match on Sunday.",
])
def test_no_trip(extract_text, text):
    assert [e for e in events_of(extract_text, text) if e[0] == "visit"] == []
