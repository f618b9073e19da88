"""Session-22 event rules, on paraphrases written for the tests (not eval sentences)."""

from __future__ import annotations

import pytest


def pair_dates(extraction, *names):
    wanted = {n.lower() for n in names}
    return [e.date for e in extraction.events
            if wanted <= {p.name.lower() for p in e.participants}]


@pytest.mark.parametrize("ordinal, day", [("first", "2019-05-14"), ("second", "2019-05-15"),
                                          ("last", "2019-05-16")])
def test_nth_day_of_a_visit_told_as_a_span(extract_text, ordinal, day):
    text = ("Macedonian premier ends visit to Albania\n\n"
            "The official visit of Zoran Zaev to Albania took place on May 14-16. "
            f"On the {ordinal} day, Zaev and Edi Rama held talks in Tirana.")
    assert pair_dates(extract_text(text, "2019-05-17"), "Zoran Zaev", "Edi Rama") == [day]


def test_ordinal_day_without_a_span_keeps_the_news_day(extract_text):
    text = ("Macedonian premier in Albania\n\n"
            "On the first day, Zoran Zaev and Edi Rama held talks in Tirana last week.")
    assert pair_dates(extract_text(text, "2019-05-17"), "Zoran Zaev", "Edi Rama") != ["2019-05-14"]
