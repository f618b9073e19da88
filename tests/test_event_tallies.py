"""A tally of meetings over a period is no one meeting; a count that picks one ('their first
talks', 'the two leaders' talks') or a day's meetings told one by one still are. Sentences
written for these tests; needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def events(extract_text, text):
    extraction = extract_text(f"News\n\n{text}", "2024-03-12")
    return sorted(tuple(sorted(p.name for p in e.participants)) for e in extraction.events)


@pytest.mark.parametrize("text", [
    "Vucic said he had met Putin more than a dozen times since 2014.",
    "Orban has held eleven meetings with Putin over the past decade, the newspaper counted.",
    "Lavrov and Dacic met five times last year.",
    "Erdogan and Putin spoke by phone twice in February.",
    "Borrell held numerous meetings with Vucic and Kurti during the past year.",
    "Scholz and Putin spoke by telephone three times in 2022, Berlin said.",
    "Vucic said on Monday that he had met Putin more than a dozen times since 2014.",
])
def test_a_tally_is_no_event(extract_text, text):
    assert events(extract_text, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Vucic held two meetings in Brussels on Monday, with Borrell and with Lajcak.",
     [("Aleksandar Vucic", "Josep Borrell"), ("Aleksandar Vucic", "Miroslav Lajcak")]),
    ("Vucic held two meetings in Brussels yesterday, with Borrell and with Lajcak.",
     [("Aleksandar Vucic", "Josep Borrell"), ("Aleksandar Vucic", "Miroslav Lajcak")]),
    ("Vucic met Orban in Budapest on Monday. It was the third time the two leaders met "
     "this year.", [("Aleksandar Vucic", "Viktor Orban")]),
    ("Vucic and Kurti sat down in Brussels on Monday for their first direct talks in a year.",
     [("Albin Kurti", "Aleksandar Vucic")]),
    ("Putin received Erdogan in Sochi on Monday. Grain exports were the focus of the two "
     "leaders' talks.", [("Recep Tayyip Erdogan", "Vladimir Putin")]),
])
def test_a_count_that_picks_one_keeps_it(extract_text, text, expected):
    assert events(extract_text, text) == sorted(tuple(sorted(p)) for p in expected)
