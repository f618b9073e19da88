"""Session-22 event rules, on paraphrases written for the tests (not eval sentences)."""

from __future__ import annotations

import pytest


def pair_dates(extraction, *names):
    wanted = {n.lower() for n in names}
    return [e.date for e in extraction.events
            if wanted <= {p.name.lower() for p in e.participants}]


def date_of(extraction, pair):
    """The date of the event of exactly these participants (sorted names)."""
    dates = {tuple(sorted(p.name for p in e.participants)): e.date for e in extraction.events}
    return dates.get(pair)


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


def pairs(extraction):
    return sorted(tuple(sorted(p.name for p in e.participants)) for e in extraction.events)


def test_title_after_an_opening_phrase_is_the_subject_and_each_with_is_a_meeting(extract_text):
    """'Before the dinner with A, the President of Russia had talks with B and with C': the
    title is the subject (not A's apposition), one event per 'with'."""
    text = ("Talks in Minsk\n\n"
            "Before the dinner with Mr Vucic, the President of Russia had talks with Prime "
            "Minister of Armenia Nikol Pashinyan and with President of Kazakhstan "
            "Kassym-Jomart Tokayev.")
    found = pairs(extract_text(text, "2023-05-25"))
    assert ("Nikol Pashinyan", "Vladimir Putin") in found
    assert ("Kassym-Jomart Tokayev", "Vladimir Putin") in found
    assert ("Kassym-Jomart Tokayev", "Nikol Pashinyan") not in found


def test_apposition_after_a_name_still_describes_it(extract_text):
    text = ("Putin meets Dodik\n\n"
            "Vladimir Putin met Milorad Dodik, the President of Republika Srpska, in Kazan.")
    found = pairs(extract_text(text, "2024-10-23"))
    assert found == [("Milorad Dodik", "Vladimir Putin")]


def test_a_second_plan_with_also_takes_the_first_plans_day(extract_text):
    text = ("German minister to tour the region\n\n"
            "On Friday, the German foreign minister Annalena Baerbock will be received in "
            "Belgrade by President Aleksandar Vucic. She will also hold talks with Foreign "
            "Minister Nikola Selakovic.")
    extraction = extract_text(text, "2022-03-09")
    assert date_of(extraction, ("Annalena Baerbock", "Nikola Selakovic")) == "2022-03-11"


def test_a_separate_meeting_later_in_the_story_is_of_the_news_day(extract_text):
    text = ("Chinese leader in Belgrade\n\n"
            "Aleksandar Vucic and Xi Jinping held talks in Belgrade on Wednesday.\n\n"
            "The two leaders signed a statement on a shared future.\n\n"
            "Thousands of people gathered in front of the palace.\n\n"
            "Foreign Minister Ivica Dacic held a separate meeting with his Chinese counterpart "
            "Wang Yi, in which they discussed the trade agreement signed last year.")
    assert date_of(extract_text(text, "2024-05-08"), ("Ivica Dacic", "Wang Yi")) == "2024-05-08"


@pytest.mark.parametrize("when", ["In the afternoon", "During the evening"])
def test_a_part_of_the_day_later_in_the_story_is_of_the_news_day(extract_text, when):
    text = ("Leaders in Ohrid\n\n"
            "Edi Rama and Zoran Zaev opened a border crossing near Ohrid on Tuesday.\n\n"
            "The crossing had been closed for years.\n\n"
            "Local people welcomed the decision.\n\n"
            "Traders expect more business.\n\n"
            f"{when}, talks were held between Edi Rama and Prime Minister of Kosovo "
            "Albin Kurti.")
    assert date_of(extract_text(text, "2019-05-21"), ("Albin Kurti", "Edi Rama")) == "2019-05-21"


def visits(extraction):
    return [(sorted(p.name for p in e.participants), e.date, e.status) for e in extraction.events
            if e.kind == "visit"]


def test_came_to_a_place_is_a_visit(extract_text):
    text = ("Looking back\n\n"
            "On 12 March 2010, Sergey Lavrov came to Belgrade for a day of talks on energy.")
    found = visits(extract_text(text, "2024-01-10"))
    assert found and found[0][1] == "2010-03-12" and "Sergey Lavrov" in found[0][0]


@pytest.mark.parametrize("sentence", [
    "In 2012 Tomislav Nikolic came to power after a close election.",
    "Sergey Lavrov, who came to Belgrade with a large delegation, praised the hosts.",
])
def test_came_to_power_or_a_clause_about_someone_is_no_visit(extract_text, sentence):
    assert visits(extract_text("Politics\n\n" + sentence, "2024-01-10")) == []


def test_a_visit_when_circumstances_allow_is_a_wish(extract_text):
    text = ("Moscow on Belgrade\n\n"
            "Vladimir Putin will visit Serbia when the epidemiological situation allows, "
            "the Kremlin said.")
    assert visits(extract_text(text, "2021-01-10")) == []


def test_two_who_came_together_did_not_visit_each_other(extract_text):
    text = ("Dialogue resumes\n\n"
            "Albin Kurti and Aleksandar Vucic came to Brussels on Monday for another round.")
    found = [sorted(p.name for p in e.participants) for e in extract_text(text, "2024-02-06").events]
    assert ["Albin Kurti", "Aleksandar Vucic"] not in found


def test_a_trip_to_where_talks_are_held_is_told_by_the_talks(extract_text):
    text = ("Premier on tour\n\n"
            "From Skopje, Edi Rama travels to Sofia, where he will hold talks with Bulgarian "
            "Prime Minister Boyko Borissov on Friday.")
    extraction = extract_text(text, "2019-05-22")
    assert visits(extraction) == []
    assert [sorted(p.name for p in e.participants) for e in extraction.events] == [
        ["Boyko Borissov", "Edi Rama"]]


def test_a_visit_when_the_time_is_right_is_a_wish(extract_text):
    text = ("Invitation\n\n"
            "Aleksandar Vucic said he accepted the invitation to visit Podgorica when the time "
            "is right.")
    assert extract_text(text, "2024-03-10").events == []



@pytest.mark.parametrize("sentence, kind", [
    ("The ministers arrived in Ohrid on Monday.", "visit"),
    ("Zoran Zaev thanked the ministers who arrived in Ohrid on Monday.", None),
    ("Zoran Zaev welcomed the leaders who travelled to Ohrid for the summit.", None),
])
def test_an_arrival_told_in_a_relative_clause_is_no_visit(pipeline, sentence, kind):
    from ingest.triggers import trigger_kind
    doc = pipeline.nlp(sentence)
    verb = next(t for t in doc if t.lemma_ in {"arrive", "travel"})
    found = trigger_kind(verb)
    assert (found.value if found else None) == kind


def test_two_hosts_meeting_each_leader_separately(extract_text):
    text = ("Dialogue\n\n"
            "Albin Kurti and Aleksandar Vucic came to Brussels on Monday. Before the joint "
            "session, Miroslav Lajcak and Josep Borrell met each of the leaders separately.")
    found = pairs(extract_text(text, "2024-02-06"))
    assert ("Josep Borrell", "Miroslav Lajcak") not in found
    assert any({"Albin Kurti", "Josep Borrell"} <= set(p) for p in found)
    assert any({"Aleksandar Vucic", "Josep Borrell"} <= set(p) for p in found)


def test_meetings_told_apart_are_not_the_joint_meeting(extract_text):
    text = ("Dialogue\n\n"
            "Josep Borrell hosted Albin Kurti and Aleksandar Vucic in Brussels on Monday, "
            "together with Miroslav Lajcak. Before the joint session, Miroslav Lajcak and "
            "Josep Borrell met each of the leaders separately.")
    found = [set(p) for p in pairs(extract_text(text, "2024-02-06"))]
    assert {"Albin Kurti", "Aleksandar Vucic", "Josep Borrell"} <= set.union(*found)
    assert sum("Albin Kurti" in p and "Aleksandar Vucic" not in p for p in found) == 1
    assert sum("Aleksandar Vucic" in p and "Albin Kurti" not in p for p in found) == 1
