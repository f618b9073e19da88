"""Plans and wishes: 'welcomed X's plan to visit Y' is X's visit, not the welcomer's; 'said
he wanted to meet X' is a wish, no event (issue 7, non-events). Sentences written for these
tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def events_of(extract_text, text: str, published: str):
    x = extract_text(f"Talks\n\n{text}", published)
    return [(e.kind.value, e.status.value, sorted(p.name for p in e.participants)) for e in x.events]


@pytest.mark.parametrize(("text", "visitor"), [
    ("Aleksandar Vucic welcomed Recep Tayyip Erdogan's plan to visit Belgrade in October.",
     "Recep Tayyip Erdogan"),
    ("Sergey Lavrov praised Viktor Orban's decision to visit Moscow despite the criticism.",
     "Viktor Orban"),
    ("Olaf Scholz said he supported Emmanuel Macron's intention to visit Kyiv next week.",
     "Emmanuel Macron"),
])
def test_a_plan_to_visit_is_its_owners_trip(extract_text, text, visitor):
    visits = [(kind, parties) for kind, _, parties in events_of(extract_text, text, "2022-06-01")
              if kind == "visit"]
    assert visits == [("visit", [visitor])]


def test_a_plan_to_visit_is_planned(extract_text):
    found = events_of(extract_text, "Aleksandar Vucic welcomed Recep Tayyip Erdogan's plan to "
                      "visit Belgrade in October.", "2022-06-01")
    assert found == [("visit", "planned", ["Recep Tayyip Erdogan"])]


@pytest.mark.parametrize("text", [
    "Aleksandar Vucic said he wanted to meet Emmanuel Macron soon.",
    "Viktor Orban wants to talk with Vladimir Putin about gas.",
    "Milorad Dodik told reporters that he wanted to visit Moscow again.",
])
def test_a_wish_to_meet_is_no_event(extract_text, text):
    assert events_of(extract_text, text, "2022-06-01") == []


def test_a_plan_to_meet_is_still_planned(extract_text):
    assert events_of(extract_text, "Aleksandar Vucic said he planned to meet Emmanuel Macron "
                     "in Paris next week.", "2022-06-01") == [
        ("meeting", "planned", ["Aleksandar Vucic", "Emmanuel Macron"])]


def test_talks_told_under_a_wish_to_speak_of_them_are_kept(extract_text):
    found = events_of(extract_text, "Aleksandar Vucic said he wanted to brief reporters on his "
                      "talks with Vladimir Putin on Monday.", "2022-06-01")
    assert ["Aleksandar Vucic", "Vladimir Putin"] in [parties for _, _, parties in found]
