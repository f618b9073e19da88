"""The person a release is about is named at its top: one named once far down (a leader a
speech mentions in passing) is not the other party of the release's meeting. Sentences
written for these tests; needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

FILLER = ("The participants reviewed the state defence order for the coming year.\n\n"
          "They also considered the supply of new equipment to the troops.\n\n"
          "Several ministers reported on the progress of construction work.\n\n"
          "The discussion then turned to the training of young officers.\n\n"
          "Regional governors joined part of the session by video link.\n\n")


def parties(extract_text, text):
    extraction = extract_text(text, "2019-12-05")
    return sorted(tuple(sorted(p.name for p in e.participants)) for e in extraction.events)


@pytest.mark.parametrize("far_down, leader", [
    ("So far, only the President of France, Mr Macron, has answered our proposal.",
     "Emmanuel Macron"),
    ("We have heard that Chancellor Olaf Scholz is studying the question.", "Olaf Scholz"),
    ("As President Erdogan once said, security cannot be divided.", "Recep Tayyip Erdogan"),
])
def test_a_leader_named_once_far_down_is_not_the_counterpart(extract_text, far_down, leader):
    text = ("Meeting with Defence Ministry leadership\n\nThe President held the final meeting "
            f"in a series of meetings on the development of the armed forces.\n\n{FILLER}"
            f"Vladimir Putin: {far_down}")
    assert not any(leader in names for names in parties(extract_text, text))


def test_the_counterpart_named_in_the_headline_still_takes_part(extract_text):
    text = ("Meeting with President of Serbia Aleksandar Vucic\n\nThe talks focused on "
            f"energy supplies and trade.\n\n{FILLER}Vladimir Putin: So far, only the President "
            "of France, Mr Macron, has answered our proposal.")
    assert ("Aleksandar Vucic", "Vladimir Putin") in parties(extract_text, text)
