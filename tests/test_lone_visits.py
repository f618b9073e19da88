"""A visit by one actor to a site (a plant, a hospital, an academy): sentences written for
these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def visits(extraction):
    return sorted((tuple(p.name for p in e.participants), e.place, e.date)
                  for e in extraction.events if e.kind == "visit")


@pytest.mark.parametrize("sentence, place", [
    ("Vladimir Putin visited the Volga Truck Works in Samara and spoke with the staff.",
     "Volga Truck Works"),
    ("Prime Minister Dmitry Medvedev visited the Urals Turbine Plant.",
     "Urals Turbine Plant"),
    ("The President of Russia visited shelter No. 3, which houses orphans.", "shelter No. 3"),
    ("Vladimir Putin visited the Alexander the Great Naval Academy of the Northern Fleet.",
     "Alexander the Great Naval Academy of the Northern Fleet"),
    ("Ending his trip, Vladimir Putin visited the Orlovka Children's Hospital.",
     "Orlovka Children's Hospital"),
])
def test_a_dated_visit_to_a_site_is_an_event_with_that_site(extract_text, sentence, place):
    x = extract_text(f"Working trip\n\n{sentence}", "2018-04-11")
    assert [(v[0], v[1]) for v in visits(x)] in (
        [(("Vladimir Putin",), place)], [(("Dmitry Medvedev",), place)])
    assert all(v[2] == "2018-04-11" for v in visits(x))


@pytest.mark.parametrize("sentence", [
    "I have visited mining towns in the Urals many times since then.",
    "Vladimir Putin has repeatedly visited the Volga Truck Works over the years.",
    "Vladimir Putin visited the north of the region.",
])
def test_no_single_dated_visit_no_event(extract_text, sentence):
    x = extract_text(f"Remarks at a meeting with workers\n\nVladimir Putin: {sentence}", None)
    assert visits(x) == []


def test_a_tour_of_several_sites_in_a_day_is_one_visit(extract_text):
    x = extract_text("Working trip to Tatarstan\n\nVladimir Putin visited the Kazan Helicopter "
                     "Plant. Later he visited the Volga Federal Medical Centre.", "2018-03-14")
    assert [(v[0], v[1]) for v in visits(x)] == [(("Vladimir Putin",), "Kazan Helicopter Plant")]


def test_a_visit_to_a_site_stays_apart_from_a_meeting_that_day(extract_text):
    x = extract_text("Meeting with the Governor\n\nVladimir Putin visited the Kazan Helicopter "
                     "Plant. He then met with President of Tatarstan Rustam Minnikhanov.",
                     "2018-03-14")
    assert visits(x) == [(("Vladimir Putin",), "Kazan Helicopter Plant", "2018-03-14")]
    assert any(e.kind != "visit" and {p.name for p in e.participants}
               == {"Vladimir Putin", "Rustam Minnikhanov"} for e in x.events)


def test_a_leader_visiting_his_own_country_is_no_visit(extract_text):
    x = extract_text("Remarks\n\nPresident Vladimir Putin visited Russia's regions.", "2018-03-14")
    assert visits(x) == []
