"""A press office other than a president's: a No. 10 release says 'The Prime Minister met X'
and means the British prime minister of that day; a president's release keeps 'the Prime
Minister' for someone else. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

from ingest.principals import outlet_principal
from ingest.release_cues import bare_title

STARMER, SUNAK, OSMANI, VUCIC, KURTI = ("Keir Starmer", "Rishi Sunak", "Vjosa Osmani",
                                        "Aleksandar Vucic", "Albin Kurti")
NO10 = "From: Prime Minister's Office, 10 Downing Street"


def events(extraction):
    return sorted((tuple(sorted(p.name for p in e.participants)), e.status.value, e.date)
                  for e in extraction.events)


@pytest.mark.parametrize("body, published, expected", [
    ("The Prime Minister met the President of Kosovo, Vjosa Osmani, at the summit today.",
     "2024-07-18", [((STARMER, OSMANI), "held", "2024-07-18")]),
    ("The Prime Minister spoke to President Aleksandar Vucic of Serbia this afternoon. "
     "The leaders agreed to stay in close contact.",
     "2023-06-02", [((VUCIC, SUNAK), "held", "2023-06-02")]),
    ("The Prime Minister welcomed Kosovo's President Vjosa Osmani to Downing Street today.",
     "2023-03-09", [((SUNAK, OSMANI), "held", "2023-03-09")]),
])
def test_a_downing_street_release_means_the_prime_minister_of_the_day(extract_text, body,
                                                                      published, expected):
    text = f"PM meeting\n\nPress release\n{NO10}\n\n{body}"
    assert events(extract_text(text, published)) == expected


def test_a_no10_headline_alone_puts_the_text_in_the_prime_minister_s_voice(extract_text):
    text = ("PM meetings with Western Balkans leaders: 18 July 2024\n\nPrime Minister Keir Starmer "
            "met Prime Minister Edi Rama of Albania and President Vucic of Serbia today.\n\n"
            "Meeting President Vucic, the Prime Minister thanked Serbia for its work on migration.")
    found = events(extract_text(text, "2024-07-18"))
    assert ((VUCIC, STARMER), "held", "2024-07-18") in found
    assert not any("Edi Rama" in parties and VUCIC in parties for parties, _, _ in found)


def test_a_wire_story_naming_the_british_prime_minister_most_is_not_in_his_voice(extract_text):
    text = ("Starmer meets Vucic\n\nBritish Prime Minister Keir Starmer met Serbian President "
            "Aleksandar Vucic in London on Tuesday. Starmer said Britain backed Serbia's EU path. "
            "Starmer later flew to Paris.\n\nThe talks focused on trade.")
    found = events(extract_text(text, "2024-10-09"))
    assert found == [((VUCIC, STARMER), "held", "2024-10-08")]


@pytest.mark.parametrize("text, title, bare", [
    ("The Prime Minister reported on the budget.", "Prime Minister", True),
    ("The Prime Minister reported on the budget.", "President", False),
    ("He later met the Prime Minister, Milos Vucevic, in Belgrade.", "Prime Minister", False),
    ("The President said the talks went well.", "President", True),
    ("The President of Serbia said the talks went well.", "President", False),
])
def test_a_bare_title_is_the_principal_s_own_office_and_not_named(pipeline, text, title, bare):
    doc = pipeline.nlp(text)
    last = title.split()[-1]
    assert any(bare_title(token, title) for token in doc if token.text == last) == bare


def test_a_wire_with_another_pm_s_headline_is_not_in_no10_s_voice(extract_text):
    kurti = extract_text("Kurti says PM call with Vucic is not planned\n\nKosovo Prime Minister "
                         "Albin Kurti said he had no plans to speak to Aleksandar Vucic. The Prime "
                         "Minister met the EU envoy Miroslav Lajcak in Pristina on Monday.",
                         "2022-10-11")
    modi = extract_text("PM's meeting with President of Serbia\n\nPrime Minister Narendra Modi "
                        "met the President of Serbia, Aleksandar Vucic, in New Delhi today. The "
                        "Prime Minister said the leaders discussed trade.", "2024-10-09")
    people = {p.name for e in kurti.events + modi.events for p in e.participants}
    assert not people & {"Liz Truss", STARMER}
    assert ((KURTI, "Miroslav Lajcak"), "held", "2022-10-10") in events(kurti)


@pytest.mark.parametrize("url, no10", [
    ("https://www.gov.uk/government/news/pm-meeting-with-president-vucic-18-july-2024", True),
    ("https://www.gov.uk/government/news/foreign-secretary-visits-serbia", False),
    ("https://www.gov.uk/government/organisations/prime-ministers-office-10-downing-street", True),
])
def test_only_no10_s_own_pages_are_in_the_prime_minister_s_voice(url, no10):
    principal = outlet_principal(url)
    assert (principal is not None and principal.country == "united-kingdom") == no10
