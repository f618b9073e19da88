"""The day of an undated event told in the writer's voice: a report that goes on after a
speaker's remarks, steps of one day told with 'and then'. Sentences written for these
tests; needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def dated(extraction):
    return sorted((tuple(sorted(p.name for p in e.participants)), e.date)
                  for e in extraction.events)


def run(pipeline, text, published):
    from datetime import date

    from ingest.clean import clean
    from ingest.models import RawArticle

    raw = RawArticle(id="t", source="test", title="", text=text,
                     published=date.fromisoformat(published))
    return pipeline.extract(clean(raw))


@pytest.mark.parametrize("report", [
    "Dmitry Medvedev also met with Prime Minister of Serbia Mirko Cvetkovic.",
    "Vladimir Putin later held talks with Prime Minister Mirko Cvetkovic.",
    "Dmitry Medvedev received Prime Minister Mirko Cvetkovic at the embassy.",
])
def test_the_writer_takes_over_again_after_a_speakers_remarks(pipeline, report):
    text = ("Visit to Serbia\n\nThe President of Russia held talks in Belgrade with President "
            "Boris Tadic.\n\nFollowing the talks, the two presidents made statements for the "
            "press.\n\nBoris Tadic: Serbia is grateful to Russia for its support. We will "
            f"defend our interests by peaceful means.\n\n{report}")
    extraction = run(pipeline, text, "2009-10-20")
    with_cvetkovic = [d for names, d in dated(extraction) if "Mirko Cvetkovic" in names]
    assert with_cvetkovic == ["2009-10-20"]


@pytest.mark.parametrize("steps", [
    "Besnik Bislimi and Petar Petkovic met separately and then jointly with the EU envoy.",
    "Besnik Bislimi and Petar Petkovic met the envoy Miroslav Lajcak separately, and then together.",
])
def test_and_then_orders_the_days_steps(pipeline, steps):
    text = ("Dinar talks fail\n\nBRUSSELS -- Negotiators from Kosovo and Serbia failed to "
            f"agree on the dinar in emergency talks in Brussels on Thursday.\n\n{steps}")
    extraction = run(pipeline, text, "2024-02-15")
    days = {d for names, d in dated(extraction) if "Petar Petkovic" in names}
    assert days == {"2024-02-15"}
