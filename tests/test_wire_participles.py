"""'X said Y would Z, speaking after meeting W': the participle set off at the end of a
reported clause is the sayer's, so the meeting is the sayer's and held (the parser hangs
it on the reported verb, with its subject and its 'would'). Sentences written for these
tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    ("Serbian President Aleksandar Vucic said on Tuesday that Belgrade would never recognise "
     "Kosovo, speaking to reporters after meeting Turkish President Tayyip Erdogan in New York.",
     ["Aleksandar Vucic", "Tayyip Erdogan"]),
    ("Albin Kurti said Kosovo would keep its police in the north, speaking after talks with "
     "Olaf Scholz in Berlin on Tuesday.", ["Albin Kurti", "Olaf Scholz"]),
])
def test_the_sayers_meeting_is_held(extract_text, text, pair):
    x = extract_text(f"Wire\n\n{text}", "2023-09-19")
    assert [(sorted(p.name for p in e.participants), e.status.value) for e in x.events] == [
        (pair, "held")]


def test_a_participle_of_the_reported_clause_stays_there(extract_text):
    x = extract_text("Wire\n\nAlbin Kurti said Aleksandar Vucic had arrived in Brussels late, "
                     "meeting Miroslav Lajcak on Monday.", "2023-09-19")
    pairs = [sorted(p.name for p in e.participants) for e in x.events]
    assert ["Albin Kurti", "Miroslav Lajcak"] not in pairs
    assert ["Aleksandar Vucic", "Miroslav Lajcak"] in pairs
