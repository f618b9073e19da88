"""'summit talks', 'the summit meeting': one event, told by the head noun, not a second one
for the word that modifies it. Sentences written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The two ministers hoped that the Russian-Turkish summit talks to be held in Moscow on "
    "March 5 would be fruitful.",
    "Diplomats were preparing the summit meeting of Recep Tayyip Erdogan and Vladimir Putin "
    "due in Sochi on March 5.",
])
def test_a_summit_naming_its_talks_is_one_event(extract_text, text):
    x = extract_text(f"Preparations\n\n{text}", "2020-03-03")
    assert [(e.status.value, e.date) for e in x.events] == [("planned", "2020-03-05")]
