"""Common news constructions, each written for these tests (a behavioural checklist): who met
whom in wire copy, readouts and statements. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def events(extraction):
    return sorted((e.kind, tuple(sorted(p.name for p in e.participants))) for e in extraction.events)


@pytest.mark.parametrize("text", [
    "Vucic said he had no plans to meet Kurti before the summit.",
    "No meeting between Vucic and Kurti is planned for this month, the EU said.",
    "Orban has no intention of visiting Kyiv, his spokesman said.",
    "I can talk to Mr Lajcak about it and to the Government too, Vucic said.",
    "Vucic spoke to reporters after his talks in Paris.",
    "Kurti spoke to the UN Security Council on Monday.",
    "I will talk to the Prime Minister about that issue, Vucic said.",
    "Vucic could meet with Kurti in Brussels next week, diplomats said.",
    "NATO and the European Union signed a declaration on cooperation on Monday.",
])
def test_no_meeting(extract_text, text):
    assert events(extract_text(f"Statement\n\n{text}", "2023-03-14")) == []


@pytest.mark.parametrize("text, expected", [
    ("Scholz spoke to Putin by phone on Monday.",
     [("call", ("Olaf Scholz", "Vladimir Putin"))]),
    ("Macron talked to Xi Jinping on Monday about Ukraine.",
     [("talks", ("Emmanuel Macron", "Xi Jinping"))]),
    ("Borrell said on Monday that he had spoken to both Vucic and Kurti over the weekend.",
     [("talks", ("Aleksandar Vucic", "Josep Borrell")), ("talks", ("Albin Kurti", "Josep Borrell"))]),
    ("Vucic and Kurti met separately with EU envoy Miroslav Lajcak in Brussels on Monday.",
     [("meeting", ("Aleksandar Vucic", "Miroslav Lajcak")),
      ("meeting", ("Albin Kurti", "Miroslav Lajcak"))]),
    ("Serbian Prime Minister Ana Brnabic met with a delegation of the International Monetary "
     "Fund led by Jonathan Ostry on Monday.", [("meeting", ("Ana Brnabic", "Jonathan Ostry"))]),
    ("On Monday Vucic received a Chinese government delegation headed by Foreign Minister "
     "Wang Yi.", [("meeting", ("Aleksandar Vucic", "Wang Yi"))]),
    ("Vucic joined Orban and Austrian Chancellor Karl Nehammer for talks on migration in "
     "Budapest on Monday.", [("talks", ("Aleksandar Vucic", "Karl Nehammer", "Viktor Orban"))]),
    ("Erdogan hosted a dinner for Vucic and Bosnian leader Denis Becirovic in Istanbul on "
     "Monday.", [("meeting", ("Aleksandar Vucic", "Denis Becirovic", "Recep Tayyip Erdogan"))]),
    ("Orban and Vucic inaugurated the Subotica-Szeged railway line on Monday.",
     [("meeting", ("Aleksandar Vucic", "Viktor Orban"))]),
])
def test_who_met_whom(extract_text, text, expected):
    assert events(extract_text(f"News\n\n{text}", "2023-03-14")) == sorted(expected)


@pytest.mark.parametrize("text, day", [
    ("Vucic hosted Orban at his residence near Belgrade on Sunday evening.", "2023-03-12"),
    ("Vucic met Kurti for the first time in six months on Monday.", "2023-03-13"),
])
def test_the_day_it_happened(extract_text, text, day):
    found = extract_text(f"News\n\n{text}", "2023-03-14").events
    assert [e.date for e in found] == [day]



def test_a_meeting_on_the_sidelines_takes_the_date_of_the_summit_named_before(extract_text):
    found = extract_text(
        "Telephone conversation\n\nOn Monday Vucic spoke by phone with Orban. The two leaders "
        "discussed the programme of the Western Balkans summit, which will be held in Skopje "
        "on June 20. They agreed to hold a bilateral meeting on the sidelines of the summit.",
        "2023-06-12").events
    assert ("planned", "2023-06-20") in [(e.status, e.date) for e in found]
