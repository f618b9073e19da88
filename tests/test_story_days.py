"""The day of an undated event told in the writer's voice: a report that goes on after a
speaker's remarks, steps of one day told with 'and then'. Sentences written for these
tests; needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def dated(extraction):
    return sorted((tuple(sorted(p.name for p in e.participants)), e.date)
                  for e in extraction.events)


@pytest.mark.parametrize("report", [
    "Dmitry Medvedev also met with Prime Minister of Serbia Mirko Cvetkovic.",
    "Vladimir Putin later held talks with Prime Minister Mirko Cvetkovic.",
    "Dmitry Medvedev received Prime Minister Mirko Cvetkovic at the embassy.",
])
def test_the_writer_takes_over_again_after_a_speakers_remarks(extract_text, report):
    text = ("Visit to Serbia\n\nThe President of Russia held talks in Belgrade with President "
            "Boris Tadic.\n\nFollowing the talks, the two presidents made statements for the "
            "press.\n\nBoris Tadic: Serbia is grateful to Russia for its support. We will "
            f"defend our interests by peaceful means.\n\n{report}")
    extraction = extract_text(text, "2009-10-20")
    with_cvetkovic = [d for names, d in dated(extraction) if "Mirko Cvetkovic" in names]
    assert with_cvetkovic == ["2009-10-20"]


@pytest.mark.parametrize("steps", [
    "Besnik Bislimi and Petar Petkovic met separately and then jointly with the EU envoy.",
    "Besnik Bislimi and Petar Petkovic met the envoy Miroslav Lajcak separately, and then together.",
])
def test_and_then_orders_the_days_steps(extract_text, steps):
    text = ("Dinar talks fail\n\nBRUSSELS -- Negotiators from Kosovo and Serbia failed to "
            f"agree on the dinar in emergency talks in Brussels on Thursday.\n\n{steps}")
    extraction = extract_text(text, "2024-02-15")
    days = {d for names, d in dated(extraction) if "Petar Petkovic" in names}
    assert days == {"2024-02-15"}


RELEASE = ("Visit to Serbia\n\nThe President of Russia held talks in Belgrade with President "
           "Boris Tadic.\n\nFollowing the talks, the two presidents made statements for the "
           "press.\n\n")


def test_then_as_at_that_time_still_marks_an_earlier_meeting(extract_text):
    text = RELEASE + ("Dmitry Medvedev had long known Mirko Cvetkovic.\n\nDmitry Medvedev met "
                      "Mirko Cvetkovic, then the head of the party, in Moscow.")
    dated_cvetkovic = [d for names, d in dated(extract_text(text, "2009-10-20"))
                       if "Mirko Cvetkovic" in names]
    assert dated_cvetkovic in ([], [None])


def test_a_speaker_telling_of_others_keeps_speaking(extract_text):
    text = RELEASE + ("Dmitry Medvedev: Thank you. We have had very good talks today.\n\n"
                      "Vladimir Putin told me last week that the gas deal was ready. I met Prime "
                      "Minister Mirko Cvetkovic this morning too.")
    parties = [names for names, _ in dated(extract_text(text, "2009-10-20"))]
    assert ("Dmitry Medvedev", "Mirko Cvetkovic") in parties


@pytest.mark.parametrize("background", [
    "Vucic had met Xi Jinping in Belgrade.",
    "Vucic has met Xi Jinping in Belgrade.",
])
def test_a_date_line_under_a_headline_is_no_day_page(extract_text, background):
    filler = "".join(f"Paragraph {n} of the story says nothing new.\n\n" for n in range(4))
    text = (f"Serbia and China sign deals\n\nMarch 12, 2024\n\nSerbia signed trade deals "
            f"with China on Tuesday.\n\n{filler}{background}")
    days = [d for names, d in dated(extract_text(text, "2024-03-12")) if "Xi Jinping" in names]
    assert "2024-03-12" not in days
