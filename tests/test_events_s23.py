"""Session-23 event rules, on paraphrases written for the tests (not eval sentences): a
day page whose day line comes after a portal line; an object pronoun prefers a person who
is a subject of the sentence; a past 'when' clause dates the verb it hangs on."""

from __future__ import annotations

import pytest


def date_of(extraction, *names):
    wanted = {n.lower() for n in names}
    return [e.date for e in extraction.events if wanted <= {p.name.lower() for p in e.participants}]


def test_the_day_line_after_a_portal_line_dates_present_tense_items(extract_text):
    text = ("Current events: Friday, 5 May 2017\n\n"
            "Portal:Current events\n\n"
            "May 5, 2017 (Friday)\n\n"
            "International relations\n"
            "- Serbian Prime Minister Aleksandar Vucic speaks by telephone with German "
            "Chancellor Angela Merkel about the Western Balkans.")
    assert date_of(extract_text(text, "2017-05-06"), "Aleksandar Vucic", "Angela Merkel") == [
        "2017-05-05"]


def test_a_story_date_line_after_a_headline_is_no_day_page(extract_text):
    text = ("Serbian leader speaks to Merkel\n\n"
            "May 5, 2017\n\n"
            "Aleksandar Vucic spoke by telephone with Angela Merkel last week.")
    assert date_of(extract_text(text, "2017-05-06"), "Aleksandar Vucic", "Angela Merkel") != [
        "2017-05-05"]


def test_an_object_pronoun_prefers_the_subject_of_a_when_clause(extract_text):
    text = ("Looking back\n\n"
            "When Ivica Dacic flew to Moscow in March 2013, a week after the funeral of "
            "Hugo Chavez, Vladimir Putin received him at his residence.")
    found = extract_text(text, "2020-01-10")
    assert date_of(found, "Ivica Dacic", "Vladimir Putin") == ["2013-03"]
    assert not date_of(found, "Hugo Chavez", "Vladimir Putin")


def test_a_when_clause_in_the_present_dates_nothing(extract_text):
    text = ("Planning ahead\n\n"
            "When Aleksandar Vucic comes to Moscow in October, Vladimir Putin will receive him.")
    assert date_of(extract_text(text, "2019-05-20"), "Aleksandar Vucic", "Vladimir Putin") != [
        "2019-05"]


def pairs(extraction):
    return sorted(tuple(sorted(p.name for p in e.participants)) for e in extraction.events)


def test_an_object_put_after_the_time_and_place(extract_text):
    text = ("Envoys in Pristina\n\n"
            "Prime Minister Albin Kurti received on Monday in Prishtina the EU envoy Miroslav "
            "Lajcak and the US envoy Gabriel Escobar.")
    found = pairs(extract_text(text, "2023-01-18"))
    assert any({"Albin Kurti", "Miroslav Lajcak"} <= set(p) for p in found)


@pytest.mark.parametrize("text, met", [
    ("In Skopje, Antony Blinken called on President Stevo Pendarovski.", True),
    ("Antony Blinken called on President Aleksandar Vucic to recognise the election results.",
     False),
])
def test_calling_on_a_person_is_a_visit_paid_not_a_demand(extract_text, text, met):
    found = extract_text("Visit\n\n" + text, "2022-06-01")
    assert bool(found.events) == met


def test_met_one_and_separately_another_is_two_meetings(extract_text):
    text = ("Minister in Belgrade\n\n"
            "On Wednesday, Jens Stoltenberg met President Aleksandar Vucic and, separately, "
            "Prime Minister Ana Brnabic.")
    assert pairs(extract_text(text, "2019-10-08")) == [
        ("Aleksandar Vucic", "Jens Stoltenberg"), ("Ana Brnabic", "Jens Stoltenberg")]


def test_a_trip_to_one_place_named_earlier_in_a_pair_is_one_visit(extract_text):
    text = ("NATO chief in the Balkans\n\n"
            "NATO backs the dialogue between Belgrade and Pristina, Jens Stoltenberg said on "
            "Monday. On Tuesday, he will travel to Pristina to visit KFOR troops.")
    visits = [e for e in extract_text(text, "2019-10-07").events if e.kind.value == "visit"]
    assert [v.place for v in visits] == ["Priština"]


def test_a_bare_title_subject_is_the_release_principal_not_the_last_one_named(extract_text):
    text = ("Foreign Minister travels to the Balkans\n\n"
            "Foreign Minister Annalena Baerbock will travel to the Western Balkans on 10 and 11 "
            "March. On Friday in Belgrade she will meet President Aleksandar Vucic and Foreign "
            "Minister Nikola Selakovic.\n\n"
            "The Foreign Minister discussed the trip by telephone with EU High Representative "
            "Josep Borrell on Monday.")
    found = pairs(extract_text(text, "2022-03-09"))
    assert ("Annalena Baerbock", "Josep Borrell") in found
    assert ("Josep Borrell", "Nikola Selakovic") not in found
