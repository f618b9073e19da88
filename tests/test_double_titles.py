"""A person named under two titles joined by 'and' is later 'the' second one too: 'Deputy
Assistant Secretary of State and Special Envoy for the Western Balkans X ... the Special
Envoy met Y'; a title never runs back over another person's name. Sentences written for
these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def pairs(extract_text, text: str):
    x = extract_text(f"Travel\n\n{text}", "2023-09-20")
    return [sorted(p.name for p in e.participants) for e in x.events]


@pytest.mark.parametrize("text", [
    "Deputy Assistant Secretary of State and Special Envoy for the Western Balkans Gabriel "
    "Escobar arrived in the region on Monday. In Pristina on Tuesday, the Special Envoy met "
    "with Prime Minister Albin Kurti.",
    "Deputy Assistant Secretary of State and Special Envoy for the Western Balkans Gabriel "
    "Escobar was in Pristina on Tuesday. There the Special Envoy held talks with Prime "
    "Minister Albin Kurti.",
])
def test_the_second_of_two_titles_refers_back(extract_text, text):
    assert ["Albin Kurti", "Gabriel Escobar"] in pairs(extract_text, text)


def test_a_title_stops_at_another_name(extract_text):
    text = ("Secretary of State Antony Blinken and Ambassador Christopher Hill arrived in "
            "Belgrade on Monday. The Secretary met with President Aleksandar Vucic.")
    found = pairs(extract_text, text)
    assert ["Aleksandar Vucic", "Antony Blinken"] in found
    assert ["Aleksandar Vucic", "Christopher Hill"] not in found
