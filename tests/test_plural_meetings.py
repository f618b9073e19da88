"""'Meetings with A and B' (a plural noun and a list after 'with') are one meeting with
each, never a meeting of A with B; an owner named as a possessor takes part in each.
Sentences written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def pairs(extract_text, text: str):
    x = extract_text(f"Meetings\n\n{text}", "2024-07-18")
    return sorted(sorted(p.name for p in e.participants) for e in x.events)


@pytest.mark.parametrize(("text", "not_a_pair"), [
    ("The Prime Minister's meetings with President Vjosa Osmani and President Aleksandar Vucic "
     "focused on regional stability.", ["Aleksandar Vucic", "Vjosa Osmani"]),
    ("In Berlin, the meetings with Edi Rama and Aleksandar Vucic were held on Friday.",
     ["Aleksandar Vucic", "Edi Rama"]),
])
def test_people_met_one_by_one_do_not_meet_each_other(extract_text, text, not_a_pair):
    assert not_a_pair not in pairs(extract_text, text)


def test_the_owner_of_the_meetings_meets_each(extract_text):
    assert pairs(extract_text, "Olaf Scholz's meetings with Aleksandar Vucic and Albin Kurti "
                 "on Friday were short.") == [["Albin Kurti", "Olaf Scholz"],
                                             ["Aleksandar Vucic", "Olaf Scholz"]]
