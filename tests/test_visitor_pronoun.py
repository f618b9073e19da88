"""'his visit to <place>': no one visits his own country, so 'his' is the person from
elsewhere. Sentences written for these tests; needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def visits(extract_text, text):
    extraction = extract_text(f"News\n\n{text}", "2024-05-08")
    return [(sorted(p.name for p in e.participants), e.place) for e in extraction.events
            if e.kind.value == "visit"]


@pytest.mark.parametrize("text, visitor, place", [
    ("Sergei Lavrov handed the letter to Aleksandar Vucic during his visit to Belgrade.",
     "Sergei Lavrov", "Belgrade"),
    ("Foreign Minister Igor Ivanov delivered the message to Kim Jong-il during his visit to "
     "Pyongyang.", "Igor Ivanov", "Pyongyang"),
    ("Annalena Baerbock gave the invitation to Ivica Dacic during her visit to Serbia.",
     "Annalena Baerbock", "Serbia"),
])
def test_the_visitor_is_not_at_home(extract_text, text, visitor, place):
    found = visits(extract_text, text)
    assert found and all(visitor in names and where == place for names, where in found)
