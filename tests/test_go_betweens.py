"""'EU-mediated talks', 'US-brokered negotiations': the go-between named in the modifier is
no party of the talks. Sentences written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Aleksandar Vucic and Albin Kurti met in Brussels on Friday for EU-mediated talks.",
    "Aleksandar Vucic and Albin Kurti held EU-facilitated talks in Brussels on Friday.",
])
def test_the_mediator_is_no_party(extract_text, text):
    x = extract_text(f"Talks\n\n{text}", "2023-08-18")
    assert [sorted(p.name for p in e.participants) for e in x.events] == [
        ["Albin Kurti", "Aleksandar Vucic"]]
