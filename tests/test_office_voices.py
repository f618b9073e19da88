"""A press office other than a president's: a No. 10 release says 'The Prime Minister met X'
and means the British prime minister of that day; a president's release keeps 'the Prime
Minister' for someone else. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

STARMER, SUNAK, OSMANI, VUCIC, PUTIN = ("Keir Starmer", "Rishi Sunak", "Vjosa Osmani",
                                        "Aleksandar Vucic", "Vladimir Putin")
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


def test_a_kremlin_release_keeps_its_bare_prime_minister_apart_from_the_president(extract_text):
    text = ("Meeting with Government members\n\nVladimir Putin held a meeting with Government "
            "members. The Prime Minister reported on the budget.")
    found = events(extract_text(text, "2021-03-10"))
    assert all(len(set(parties)) == len(parties) for parties, _, _ in found)
    assert not any(parties == (PUTIN,) for parties, _, _ in found)
