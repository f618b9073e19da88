"""Session-26 event rules, on sentences written for the tests: 'both prime ministers' told
paragraphs after the two were named are the last two people before it who hold that office
on the publication day (not a foreign minister named in between); in an interview, the
subject 'you' of a 'Q:' paragraph is the person interviewed ('Minister X, you met': X), and a
meeting the answer denies ('I never met him') is none; presenting a text to a named person
is a meeting with them; 'the Serbian capital' is Belgrade; 'later that day' reaches six
sentences back for the day it repeats; in a transcript of two leaders, 'we talked' and 'we had
dinner together' are their meetings; addressing a body in person ('addressed the UN Security
Council', not 'by video link') is a meeting with it; 'X briefed Y when they met' is X and Y."""

from __future__ import annotations

import pytest


def parties(extraction):
    return [sorted(p.name for p in e.participants) for e in extraction.events]


STORY = ("Deal reached\n\nThe prime ministers of Serbia and Kosovo agreed a text on Friday. "
         "Serbia's Ivica Dacic and Kosovo's Hashim Thaci reached the deal after long talks. "
         "Dacic said he would brief the cabinet. Moscow has backed Belgrade throughout. "
         "Foreign Minister Sergey Lavrov said Russia would accept any solution Serbia accepts. "
         "The mayor of Zvecan called the deal a betrayal. John Kerry said he had phoned both "
         "prime ministers on Friday to congratulate them.")


def test_both_prime_ministers_are_the_two_prime_ministers_told_before(extract_text):
    found = parties(extract_text(STORY, "2013-04-19"))
    assert ["Ivica Dacic", "John Kerry"] in found and ["Hashim Thaci", "John Kerry"] in found
    assert ["John Kerry", "Sergey Lavrov"] not in found


def test_both_foreign_ministers_need_two_of_that_office(extract_text):
    text = STORY.replace("both prime ministers", "both foreign ministers")
    found = parties(extract_text(text, "2013-04-19"))
    assert not any("Ivica Dacic" in p and "John Kerry" in p for p in found)


INTERVIEW = ("Interview\n\nForeign Minister Ivica Dacic spoke to our paper about his trip.\n\n"
             "Q: Minister, you met Sergey Lavrov in Moscow on December 3. What did you discuss?"
             "\n\nA: Energy and the region. It was a long and open conversation.\n\n"
             "Q: Some papers wrote that you saw Hashim Thaci in Paris in the spring.\n\n"
             "A: That is not true. I never met him in Paris.")


def test_you_in_an_interviewers_question_is_the_person_interviewed(extract_text):
    found = extract_text(INTERVIEW, "2019-01-10").events
    assert any(sorted(p.name for p in e.participants) == ["Ivica Dacic", "Sergey Lavrov"]
               and e.date == "2018-12-03" for e in found)


def test_a_meeting_the_answer_denies_is_none(extract_text):
    assert not any("Hashim Thaci" in p for p in parties(extract_text(INTERVIEW, "2019-01-10")))


def test_you_outside_a_question_is_no_one(extract_text):
    text = ("Letters\n\nForeign Minister Ivica Dacic answered readers' letters.\n\n"
            "A reader wrote: you met Sergey Lavrov in Moscow on December 3.\n\n"
            "Q: What comes next?\n\nA: More work on energy.")
    assert not any("Sergey Lavrov" in p for p in parties(extract_text(text, "2019-01-10")))


@pytest.mark.parametrize("text, status, day", [
    ("Ivica Dacic said he would present the draft to President Tomislav Nikolic on Saturday.",
     "planned", "2013-04-20"),
    ("Ivica Dacic handed the report to Tomislav Nikolic on Friday.", "held", "2013-04-19"),
])
def test_presenting_a_text_to_a_person_is_a_meeting(extract_text, text, status, day):
    found = extract_text(f"News\n\n{text}", "2013-04-19").events
    assert any(sorted(p.name for p in e.participants) == ["Ivica Dacic", "Tomislav Nikolic"]
               and e.status.value == status and e.date == day for e in found)


def test_presenting_a_text_to_a_body_is_no_meeting(extract_text):
    found = extract_text("News\n\nIvica Dacic presented the plan to parliament on Friday.",
                         "2013-04-19").events
    assert found == []


def test_the_demonym_capital_is_the_states_capital(extract_text):
    text = ("News\n\nTies have grown closer since Angela Merkel's visit to the Serbian capital in "
            "August 2011. Angela Merkel held talks with Vladimir Putin in the Russian capital in "
            "May 2010.")
    found = {(e.kind.value, e.place, e.date)
             for e in extract_text(text, "2014-08-28").events}
    assert ("visit", "Belgrade", "2011-08") in found and ("talks", "Moscow", "2010-05") in found


def test_you_after_a_vocative_is_the_person_addressed(extract_text):
    text = ("Interview\n\nIvica Dacic spoke to our correspondent about his trip.\n\n"
            "Minister Dacic, you met Sergey Lavrov in Moscow on December 3. What was agreed?")
    assert ["Ivica Dacic", "Sergey Lavrov"] in parties(extract_text(text, "2019-01-10"))


def test_you_after_a_phrase_that_names_no_one_is_no_one(extract_text):
    text = ("Interview\n\nIvica Dacic spoke to our correspondent about his trip.\n\n"
            "As we know, you met Sergey Lavrov in Moscow on December 3.")
    assert ["Ivica Dacic", "Sergey Lavrov"] not in parties(extract_text(text, "2019-01-10"))


def test_later_that_day_reaches_a_span_of_days_five_sentences_back(extract_text):
    text = ("Visit\n\nOn June 20-21, Aleksandar Vucic paid an official visit to Hungary.\n\n"
            "The visit began in Budapest with a welcome ceremony. Talks between the two "
            "delegations followed. The leaders then signed an agreement on energy. They also "
            "made statements for the press.\n\nThe statement spoke of a new pipeline. "
            "Later that day, Vucic met with Speaker of the National Assembly Laszlo Kover.")
    found = extract_text(text, "2023-06-21").events
    assert any({p.name for p in e.participants} == {"Aleksandar Vucic", "Laszlo Kover"}
               and e.date == "2023-06-20" for e in found)


TALKS_TRANSCRIPT = (
    "Statements of President Vucic and President Erdogan after their talks\n\n"
    "Belgrade, 10 October 2024\n\n"
    "President Vučić: Dear President Erdoğan, dear friend,\n\n"
    "It is a pleasure to welcome you to Belgrade. We had dinner together yesterday evening, and "
    "today we talked for three hours about trade and energy.\n\n"
    "President Erdoğan: Thank you, my friend. Our trade will keep growing.")


def test_we_of_the_two_leaders_talked_and_dined(extract_text):
    found = {(e.kind.value, e.date) for e in extract_text(TALKS_TRANSCRIPT, "2024-10-10").events
             if {p.name for p in e.participants} == {"Aleksandar Vucic", "Recep Tayyip Erdogan"}}
    assert ("meeting", "2024-10-09") in found and ("talks", "2024-10-10") in found


def test_we_of_a_writer_is_no_meeting(extract_text):
    text = ("Our week\n\nWe had dinner together yesterday evening, and today we talked about "
            "the budget.")
    assert extract_text(text, "2024-10-10").events == []


@pytest.mark.parametrize("text, status", [
    ("Boris Tadic will address the United Nations Security Council in New York tomorrow.",
     "planned"),
    ("In New York, Boris Tadic addressed an emergency session of the United Nations Security "
     "Council.", "held"),
])
def test_addressing_a_body_is_a_meeting_with_it(extract_text, text, status):
    found = extract_text(f"News\n\n{text}", "2008-02-18").events
    assert any("Boris Tadic" in {p.name for p in e.participants} and len(e.participants) == 2
               and e.status.value == status for e in found), found


@pytest.mark.parametrize("text", [
    "Boris Tadic addressed the United Nations Security Council by video link.",
    "Boris Tadic addressed the issue of Kosovo's status.",
])
def test_addressing_remotely_or_an_issue_is_no_meeting(extract_text, text):
    assert extract_text(f"News\n\n{text}", "2008-02-18").events == []


def test_they_of_a_when_clause_are_the_subject_and_the_object(extract_text):
    text = ("News\n\nForeign Minister Nikola Selakovic briefed the Russian ambassador, Alexander "
            "Botsan-Kharchenko, on the new plan when they met last Tuesday.")
    found = extract_text(text, "2021-06-10").events
    assert any({p.name for p in e.participants} == {"Nikola Selakovic",
                                                    "Alexander Botsan-Kharchenko"}
               and e.date == "2021-06-08" for e in found), found
