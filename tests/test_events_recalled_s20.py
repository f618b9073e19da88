"""Session 20: meetings told in passing, after the news of the day ('The two last met in
X in May', 'the first meeting between the two presidents since their talks in Y', 'X last
saw Y in Z on October 17 last year'). Paraphrases written for the test. Needs spaCy, not
Neo4j."""

from __future__ import annotations

import pytest

from ingest.dates import resolve
from tests.test_event_paraphrases import found

VUCIC, ORBAN, PUTIN, XI = "Aleksandar Vucic", "Viktor Orban", "Vladimir Putin", "Xi Jinping"


@pytest.mark.parametrize("text, expected", [
    # 'the two' parsed as a modifier of 'last', the subject of 'met'
    ("Vucic is due to hold talks with Chinese President Xi Jinping on Thursday, his office "
     "said. The two last met in Belgrade in May 2022, when they signed a trade deal.",
     [((VUCIC, XI), "held", "2022-05"), ((VUCIC, XI), "planned", "2024-05-09")]),
    # 'the two men': any noun after 'the two'
    ("Serbian President Aleksandar Vucic met Hungarian Prime Minister Viktor Orban in Budapest "
     "on Monday. The two men first met face to face in Subotica on March 3 last year.",
     [((VUCIC, ORBAN), "held", "2023-03-03"), ((VUCIC, ORBAN), "held", "2024-05-06")]),
    ("Putin received Orban in the Kremlin on Monday. Both men last met in Beijing in "
     "October 2023.",
     [((ORBAN, PUTIN), "held", "2023-10"), ((ORBAN, PUTIN), "held", "2024-05-06")]),
])
def test_the_two_last_met(extract_text, text, expected):
    assert found(extract_text, text, "2024-05-08") == expected


@pytest.mark.parametrize("text, expected", [
    ("Orban hosted Vucic in Budapest on Monday. It was the first meeting between the two "
     "leaders since their talks in Szeged in June 2022.",
     [((VUCIC, ORBAN), "held", "2022-06"), ((VUCIC, ORBAN), "held", "2024-05-06")]),
    ("Xi Jinping welcomed Vladimir Putin in Beijing on Tuesday, in the first face-to-face "
     "meeting between the two presidents since their summit in Moscow in March 2023.",
     [((PUTIN, XI), "held", "2023-03"), ((PUTIN, XI), "held", "2024-05-07")]),
])
def test_their_earlier_talks_told_in_passing(extract_text, text, expected):
    assert found(extract_text, text, "2024-05-08") == expected


@pytest.mark.parametrize("text, expected", [
    ("Xi Jinping held talks with Vladimir Putin in Beijing on Tuesday. Putin last saw Xi in "
     "Moscow on March 21 last year.",
     [((PUTIN, XI), "held", "2023-03-21"), ((PUTIN, XI), "held", "2024-05-07")]),
    ("Vucic told reporters he would see the Chinese ambassador, Li Ming, later in the day.",
     [((VUCIC, "Li Ming"), "planned", "2024-05-08")]),
    # seeing that is no meeting
    ("Vucic said Serbia saw Orban as a partner.", []),
    ("Vucic said he saw Putin on television on Monday.", []),
    ("Putin will not see Vucic this week.", []),
])
def test_a_person_seeing_a_person(extract_text, text, expected):
    assert found(extract_text, text, "2024-05-08") == expected


def test_a_date_with_last_year_takes_that_year():
    assert resolve("October 17 last year", None) is not None
    from datetime import date
    published = date(2024, 5, 8)
    assert resolve("October 17 last year", published).edtf == "2023-10-17"
    assert resolve("Oct. 19 last year", published).edtf == "2023-10-19"
    assert resolve("May last year", published).edtf == "2023-05"
    assert resolve("in March next year", published).edtf == "2025-03"
    assert resolve("last May", published).edtf == "2023-05"


def test_a_place_inside_a_quote_is_not_where_the_speaker_is(extract_text):
    text = ("Vucic held talks with Ukrainian President Volodymyr Zelensky in Odesa on Wednesday. "
            "\"I have said that in Moscow as well as here,\" Vucic told reporters after the meeting. "
            "The two men discussed energy projects, the presidency said.")
    assert found(extract_text, text, "2024-05-08") == [
        ((VUCIC, "Volodymyr Zelensky"), "held", "2024-05-08")]


@pytest.mark.parametrize("text, expected", [
    # after the verb's 'and', a date with 'then/again' and no verb or partner of its own
    ("Orban met Vucic in Paris in May, and again in Rome in September.",
     [((VUCIC, ORBAN), "held", "2024-05"), ((VUCIC, ORBAN), "held", "2024-09")]),
    ("Orban and Vucic talked by phone on Monday and then again on Tuesday.",
     [((VUCIC, ORBAN), "held", "2024-10-21"), ((VUCIC, ORBAN), "held", "2024-10-22")]),
    # another partner, or a clause of its own: no second time
    ("Orban met Vucic in Paris in May and discussed energy.", [((VUCIC, ORBAN), "held", "2024-05")]),
])
def test_the_same_pair_again_at_another_time(extract_text, text, expected):
    assert found(extract_text, text, "2024-10-23") == expected


@pytest.mark.parametrize("text, expected", [
    # a 'not' that denies nothing
    ("Orban not only met Vucic in Belgrade on Monday but also opened a pipeline with him.",
     [((VUCIC, ORBAN), "held", "2024-10-21")]),
    ("Orban did not meet Vucic on Monday.", []),
])
def test_not_only_is_no_denial(extract_text, text, expected):
    assert found(extract_text, text, "2024-10-23") == expected


def test_another_partner_at_another_time_is_not_the_same_pair(extract_text):
    text = "Putin met Erdogan in Sochi in March and then Xi in Beijing in May."
    assert (("Recep Tayyip Erdogan", PUTIN), "held", "2024-05") not in found(
        extract_text, text, "2024-10-23")


def test_their_meeting_inside_a_plan_is_not_filled_in(extract_text):
    text = ("Orban will hold talks with Vucic in Budapest on Friday. Orban and Vucic will discuss "
            "the deals that were signed at their February meeting in Subotica.")
    events = found(extract_text, text, "2024-10-23")
    assert ((VUCIC, ORBAN), "planned", "2024-10-25") in events
    assert not any(when and when.endswith("-02") for _, _, when in events)
