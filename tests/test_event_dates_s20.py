"""Dates on fresh text (session 20): a day or month without a year inside a narrative of an
earlier year, a duration or a share of a month before the month, 'this morning', AP months
('Sept. 7'). Paraphrases written here. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

from tests.test_event_paraphrases import found

PUTIN, XI, VUCIC, ORBAN = "Vladimir Putin", "Xi Jinping", "Aleksandar Vucic", "Viktor Orban"
KURTI, DODIK = "Albin Kurti", "Milorad Dodik"


def dated(extract_text, text, published="2023-03-14"):
    return sorted(when for _, _, when in found(extract_text, text, published))


@pytest.mark.parametrize("text, expected", [
    # the narrative's year, not the publication's, for a later day without a year
    ("In January 2015, the two countries signed a new gas deal. On the morning of March 2, "
     "Putin phoned Xi Jinping to discuss the pipeline.", ["2015-03-02"]),
    ("Vucic first went to Budapest in June 2017 as prime minister.\n\n"
     "On April 10, as the campaign closed, Vucic met Orban in Belgrade.", ["2017-04-10"]),
    ("The dispute began in 2019 over customs duties. Kurti and Vucic spent most of June "
     "in talks in Brussels.", ["2019-06"]),
])
def test_a_day_without_year_in_a_narrative_of_an_earlier_year(extract_text, text, expected):
    assert dated(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date counted from the article in between: the article's year again
    ("The pipeline was finished in 2019. This week, the two leaders returned to the subject. "
     "On March 10, Vucic met Orban in Subotica.", ["2023-03-10"]),
    # a year naming a thing, not a time told: no narrative
    ("Under the 2013 agreement, Kosovo was to form an association. On March 10, Kurti "
     "met Vucic in Ohrid.", ["2023-03-10"]),
    # a year in a clause about someone else: no narrative
    ("Dodik, who first took office in 2006, met Putin in Moscow on March 10.", ["2023-03-10"]),
])
def test_the_present_takes_back_the_year(extract_text, text, expected):
    assert dated(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a duration before the month hides it
    ("For twelve days in May 2008, Putin held talks with Xi Jinping in a villa near Sochi.",
     ["2008-05"]),
    ("For two weeks in October 2016, Orban held negotiations with Vucic over the railway.",
     ["2016-10"]),
    ("Vucic spent much of January in talks with Orban about the railway.", ["2023-01"]),
])
def test_a_duration_or_share_before_the_month(extract_text, text, expected):
    assert dated(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vucic said he had come to the palace straight from his meeting with Orban this morning.",
     ["2023-03-14"]),
    ("Vucic said he came to the palace directly from his talks with Orban this afternoon.",
     ["2023-03-14"]),
])
def test_this_morning_on_the_verb_of_the_meeting(extract_text, text, expected):
    assert dated(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vucic and Kurti are due to meet again in Brussels on Sept. 7.", ["2023-09-07"]),
    ("Orban will host Vucic in Budapest on Sept 21.", ["2023-09-21"]),
])
def test_an_ap_month(extract_text, text, expected):
    assert dated(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'that day': the day the sentence before names
    ("On March 20, Putin will hold talks with Xi Jinping in Moscow. Putin is also due to "
     "meet Vucic that day.", ["2023-03-20", "2023-03-20"]),
    ("Orban arrived in Belgrade on March 9. On that day he also met Vucic at the palace.",
     ["2023-03-09"]),
])
def test_that_day_repeats_the_day_just_told(extract_text, text, expected):
    assert dated(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an undated event of the person whose arrival on a day was just told: that day
    ("Orban flew into Belgrade on March 2. His talks with Vucic lasted four hours.", ["2023-03-02"]),
    ("Putin came back to Serbia on 20 October 2009. He laid wreaths, spoke of friendship and held "
     "talks with Vucic.", ["2009-10-20"]),
    ("Kurti returned to Brussels on March 7, 2016. His last meeting with Vucic ended without a "
     "deal.", ["2016-03-07"]),
])
def test_an_event_after_a_dated_arrival(extract_text, text, expected):
    assert dated(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # an earlier time, or someone else's meeting: not the arrival's day
    "Orban flew into Belgrade on March 2. He had met Vucic many times before.",
    "Orban flew into Belgrade on March 2. Kurti's meeting with Vucic was in Brussels.",
])
def test_not_the_arrival_day(extract_text, text):
    assert "2023-03-02" not in dated(extract_text, text)
