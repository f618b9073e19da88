"""Event rules on text in other sources' styles (wire reports, readouts, day pages of
current events): sentences written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.clean import clean
from ingest.dictionary import load_dictionary
from ingest.models import RawArticle
from ingest.pipeline import Pipeline
from srk.settings import get_settings


@pytest.fixture(scope="module")
def run():
    pipeline = Pipeline(get_settings(), load_dictionary())

    def extract(text: str, published: str | None = None, title: str = ""):
        raw = RawArticle(id="t", source="test", title=title, text=text,
                         published=date.fromisoformat(published) if published else None)
        return pipeline.extract(clean(raw))

    return extract


def pairs(extraction):
    return sorted(tuple(sorted(p.name for p in e.participants)) for e in extraction.events)


def test_call_that_names_is_no_phone_call(run):
    x = run("Austria protests, while Hungary calls the referendum void and asks for a vote.\n\n"
            "Viktor Orban met Olaf Scholz in Budapest and called Germany a close ally.", "2022-05-02")
    assert pairs(x) == [("Olaf Scholz", "Viktor Orban")]


def test_accession_talks_are_a_process_not_a_contact(run):
    x = run("The commissioner said the EU backed the start of Albania's accession talks in "
            "the autumn.", "2019-05-02")
    assert pairs(x) == []


def test_his_video_call_with_someone_is_his_not_the_listeners(run):
    x = run("President Emmanuel Macron spoke today with Chancellor Olaf Scholz. He gave "
            "Chancellor Scholz an account of his May 3 video call with President Xi Jinping, "
            "during which he raised trade.", "2023-05-06")
    assert pairs(x) == [("Emmanuel Macron", "Olaf Scholz"), ("Emmanuel Macron", "Xi Jinping")]


def test_a_capital_before_the_talks_is_their_venue(run):
    x = run("Polish premier hosts Ukrainian envoy after Brussels talks with Hungarian PM "
            "Viktor Orban", "2024-06-02")
    assert pairs(x) == [("Donald Tusk", "Viktor Orban")]


def test_going_on_with_it_at_a_meeting_plans_that_meeting(run):
    x = run("On May 2, Foreign Minister Annalena Baerbock had a telephone conversation with "
            "Foreign Minister Wang Yi.\n\nThey also discussed trade. The ministers agreed to "
            "resume the conversation at the meeting on the sidelines of the G20 summit in Bali.",
            "2022-05-02")
    assert sorted((e.kind.value, e.status.value) for e in x.events) == [
        ("call", "held"), ("meeting", "planned")]


def test_envoy_posted_to_a_country_is_the_party_not_his_state(run):
    x = run("Foreign Minister Annalena Baerbock received today the Ambassador of the People's "
            "Republic of China to Germany Wu Ken, with whom she discussed trade.", "2022-03-03")
    assert pairs(x) == [("Annalena Baerbock", "Wu Ken")]


def test_the_weekday_of_a_wire_lede_dates_what_the_top_tells(run):
    x = run("Hungary gets first Chinese vaccine doses\n\nBUDAPEST (AP) — Hungary received half a "
            "million doses of a Chinese vaccine on Saturday, one of the first EU members to use "
            "it.\n\nForeign Minister Peter Szijjarto welcomed the plane at the airport, where he "
            "met Chinese Ambassador Qi Dahai.", "2021-02-21")
    assert [e.date for e in x.events] == ["2021-02-20"]


def test_a_day_earlier_and_later_in_the_day_count_from_the_story_day(run):
    x = run("Scholz visits Paris\n\nChancellor Olaf Scholz met President Emmanuel Macron in "
            "Paris on Friday.\n\nThey talked about energy and grain.\n\nScholz also praised "
            "the French cuisine.\n\nA day earlier, Scholz had phoned Prime Minister Mark Rutte "
            "of the Netherlands. Later in the day, Scholz met Spanish Prime Minister Pedro "
            "Sanchez in Paris.", "2022-06-11")
    assert sorted((e.date, e.participants[0].name) for e in x.events) == [
        ("2022-06-09", "Mark Rutte"), ("2022-06-10", "Emmanuel Macron"),
        ("2022-06-10", "Pedro Sanchez")]


def test_a_message_the_day_before_is_apart_from_the_days_call(run):
    x = run("Viktor Orban spoke by telephone with Olaf Scholz and congratulated him on his "
            "election.\n\nThe day before, Prime Minister Orban sent a message to Chancellor Scholz "
            "wishing him success.",
            "2021-12-09")
    assert sorted((e.kind.value, e.date) for e in x.events) == [
        ("call", "2021-12-09"), ("contact", "2021-12-08")]


def test_fail_to_meet_is_no_meeting(run):
    x = run("Orban and Scholz fail to meet face to face\n\nThe leaders of Hungary and Germany "
            "stayed in separate rooms.", "2023-03-02")
    assert pairs(x) == []


def test_received_by_a_host_is_a_meeting(run):
    x = run("Foreign Minister Annalena Baerbock was received by President Emmanuel Macron "
            "for talks on Tuesday.", "2023-03-02")
    assert pairs(x) == [("Annalena Baerbock", "Emmanuel Macron")]



def test_a_trip_that_had_been_due_is_no_held_meeting(run):
    x = run("Scholz trip off\n\nChancellor Olaf Scholz had been due in Warsaw on Monday for "
            "talks with Prime Minister Donald Tusk. His office gave no reason.", "2024-03-02")
    assert [e.status.value for e in x.events] == ["planned"]


def test_a_headline_state_for_the_envoy_named_below_is_one_meeting(run):
    x = run("Secretary Blinken met with the Ambassador of Serbia\n\nWashington, 3 May 2022 – "
            "Secretary of State Antony Blinken met today with the Ambassador of the Republic of "
            "Serbia to the United States Marko Djuric, with whom he discussed trade.",
            "2022-05-03")
    assert pairs(x) == [("Antony Blinken", "Marko Djuric")]
