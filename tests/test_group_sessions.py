"""A release whose headline or lede tells a meeting with a group named by its role
('members of the Government', 'heads of regions') has no one counterpart: the person it
names most is one of many, not the other party of 'the participants discussed'. Sentences
written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def pairs(extract_text, text: str, published: str):
    x = extract_text(text, published)
    return [sorted(p.name for p in e.participants) for e in x.events]


@pytest.mark.parametrize("opening", [
    "Meeting with Government members\n\nVladimir Putin held a meeting with members of the Government.",
    "Vladimir Putin held a meeting with deputy prime ministers and heads of ministries\n\n"
    "The session was held in the Kremlin.",
    "Working meeting\n\nVladimir Putin met with heads of regional administrations in the Kremlin.",
])
def test_the_one_named_member_of_a_group_is_not_the_counterpart(extract_text, opening):
    text = (f"{opening}\n\nThe participants in the meeting discussed the harvest and housing.\n\n"
            "Deputy Prime Minister Arkady Dvorkovich reported on the grain market. "
            "Mr Dvorkovich said prices had fallen.")
    assert ["Arkady Dvorkovich", "Vladimir Putin"] not in pairs(extract_text, text, "2012-06-13")


def test_a_meeting_with_one_leader_keeps_its_counterpart(extract_text):
    text = ("Meeting with President of Finland Sauli Niinisto\n\nVladimir Putin met with "
            "President of Finland Sauli Niinisto in the Kremlin.\n\nThe participants in the "
            "meeting discussed trade and the border.")
    assert pairs(extract_text, text, "2012-06-13") == [["Sauli Niinisto", "Vladimir Putin"]]


def test_leaders_told_by_their_countries_are_no_group(extract_text):
    text = ("Vladimir Putin had a telephone conversation with Alexander Lukashenko about trade.\n\n"
            "Mr Putin also told Mr Lukashenko about his recent meeting with the Ukrainian and "
            "Moldovan presidents in Odessa.")
    assert ["Alexander Lukashenko", "Vladimir Putin"] in pairs(extract_text, text, "2002-03-19")
