"""Session-27 event rules, on sentences written for the tests: an opening 'Meeting X in Y,'
the tagger takes for part of the name; 'a telephone conversation took place between A and
B'; 'X was greeted (welcomed) by Y' in person; 'met X face-to-face'; 'A and B talked for
two hours' (not 'spoke to reporters'); 'paid a farewell visit to X'; 'received the credentials
of (from) the new ambassador X'; in a transcript of two, 'you' is the other speaker; 'the
ambassador of Germany, Jorn Rohde,' names a person; 'had lunch with X'; 'Ahead of his
meeting with X on Friday, Y said': Y's meeting, planned, on that Friday; a headline's 'Orban
hosts Vucic' and 'Putin, Vucic discuss gas deal by phone' (a list, not a
name spoken to)."""

from __future__ import annotations

import pytest


def parties(extraction):
    return [sorted(p.name for p in e.participants) for e in extraction.events]


@pytest.mark.parametrize("name", ["Albin Kurti", "Kosovo Prime Minister Albin Kurti"])
def test_an_opening_meeting_participle(extract_text, name):
    text = (f"News\n\nMeeting {name} in Pristina on Tuesday, EU foreign policy chief Josep "
            "Borrell said the dialogue must continue.")
    found = extract_text(text, "2023-03-01").events
    assert [sorted(p.name for p in e.participants) for e in found] == [["Albin Kurti", "Josep Borrell"]]
    assert found[0].date == "2023-02-28"


def test_a_meeting_named_in_a_name_is_no_participle(extract_text):
    text = "News\n\nMeeting Street in Belgrade was renamed on Tuesday, Mayor Aleksandar Sapic said."
    assert parties(extract_text(text, "2023-03-01")) == []


def test_a_conversation_took_place_between_two(extract_text):
    text = ("News\n\nA telephone conversation took place on Tuesday between Vladimir Putin and "
            "Aleksandar Vucic.")
    found = extract_text(text, "2023-03-01")
    assert parties(found) == [["Aleksandar Vucic", "Vladimir Putin"]]
    assert found.events[0].kind == "call"


@pytest.mark.parametrize("verb", ["greeted", "welcomed"])
def test_greeted_by_in_person(extract_text, verb):
    text = (f"News\n\nChinese President Xi Jinping was {verb} by Serbian President Aleksandar "
            "Vucic at the airport on Tuesday.")
    assert ["Aleksandar Vucic", "Xi Jinping"] in parties(extract_text(text, "2023-03-01"))



def test_met_face_to_face(extract_text):
    text = "News\n\nKosovo Prime Minister Albin Kurti met Aleksandar Vucic face-to-face on Tuesday."
    assert parties(extract_text(text, "2023-03-01")) == [["Albin Kurti", "Aleksandar Vucic"]]


def test_two_named_people_talked(extract_text):
    text = "News\n\nAleksandar Vucic and Vladimir Putin talked for two hours in the Kremlin on Tuesday."
    assert parties(extract_text(text, "2023-03-01")) == [["Aleksandar Vucic", "Vladimir Putin"]]


def test_two_people_speaking_to_others_did_not_talk_together(extract_text):
    text = "News\n\nAleksandar Vucic and Ana Brnabic spoke to reporters in Belgrade on Tuesday."
    assert parties(extract_text(text, "2023-03-01")) == []


def test_a_visit_to_a_person(extract_text):
    text = ("News\n\nRussia's ambassador to Serbia, Alexander Botsan-Kharchenko, paid a farewell "
            "visit to Aleksandar Vucic on Tuesday.")
    assert ["Aleksandar Vucic", "Alexander Botsan-Kharchenko"] in parties(extract_text(text, "2023-03-01"))


@pytest.mark.parametrize("words", ["the credentials of", "credentials from"])
def test_credentials_received(extract_text, words):
    text = (f"News\n\nSerbian President Aleksandar Vucic received {words} the new Russian "
            "ambassador, Alexander Botsan-Kharchenko, on Tuesday.")
    assert parties(extract_text(text, "2023-03-01")) == [["Aleksandar Vucic", "Alexander Botsan-Kharchenko"]]



DIALOGUE = ("Meeting with Prime Minister of Serbia Aleksandar Vucic\n\n"
            "Vladimir Putin met with Prime Minister of Serbia Aleksandar Vucic in the Kremlin.\n\n"
            "Vladimir Putin: Mr Prime Minister, I am glad to see you.\n\n"
            "Our trade grew last year. I know that you met with Prime Minister Dmitry Medvedev "
            "this morning.\n\n"
            "Aleksandar Vucic: Thank you, Mr President.")


def test_you_in_a_transcript_of_two_is_the_other_speaker(extract_text):
    found = extract_text(DIALOGUE, "2017-03-27").events
    assert any(sorted(p.name for p in e.participants) == ["Aleksandar Vucic", "Dmitry Medvedev"]
               and e.date == "2017-03-27" for e in found)


def test_you_of_one_speaker_addressing_many_is_no_one(extract_text):
    text = ("Ceremony for presenting credentials\n\n"
            "Vladimir Putin received the credentials of ambassadors, among them Aleksandar "
            "Vucic.\n\nVladimir Putin: Good afternoon. I know that you met with Prime Minister "
            "Dmitry Medvedev this morning.")
    found = extract_text(text, "2017-03-27").events
    assert not any("Dmitry Medvedev" in [p.name for p in e.participants] for e in found)


def test_a_name_set_off_after_an_office_is_a_person(extract_text):
    text = ("News\n\nKosovo Assembly Speaker Glauk Konjufca received the ambassador of Germany, "
            "Jorn Rohde, on Tuesday.")
    assert parties(extract_text(text, "2024-03-06")) == [["Glauk Konjufca", "Jorn Rohde"]]


@pytest.mark.parametrize("words", ["had lunch with", "hosted a dinner with"])
def test_a_meal_with_a_named_person(extract_text, words):
    text = f"News\n\nSerbian President Aleksandar Vucic {words} French President Emmanuel Macron on Tuesday."
    assert parties(extract_text(text, "2024-03-06")) == [["Aleksandar Vucic", "Emmanuel Macron"]]


def test_a_meal_with_unnamed_people_is_no_meeting(extract_text):
    text = "News\n\nSerbian President Aleksandar Vucic had lunch with workers of the factory on Tuesday."
    assert parties(extract_text(text, "2024-03-06")) == []


def test_ahead_of_his_meeting_is_the_subjects_meeting_to_come(extract_text):
    text = ("News\n\nAhead of his meeting with Vladimir Putin on Friday, Serbian President "
            "Aleksandar Vucic said he would ask for a long-term gas deal.")
    found = extract_text(text, "2023-03-01").events
    assert [(sorted(p.name for p in e.participants), e.status, e.date) for e in found] == [
        (["Aleksandar Vucic", "Vladimir Putin"], "planned", "2023-03-03")]


def test_after_his_talks_the_date_on_the_verb_stays_the_verbs(extract_text):
    text = ("News\n\nAfter his talks with Vladimir Putin, Serbian President Aleksandar Vucic said "
            "on Friday that gas supplies were secured.")
    found = extract_text(text, "2023-03-01").events
    assert [(sorted(p.name for p in e.participants), e.status) for e in found] == [
        (["Aleksandar Vucic", "Vladimir Putin"], "held")]


def test_a_headline_present_tense_host(extract_text):
    text = "News\n\nHungarian Prime Minister Viktor Orban hosts Vucic in Budapest."
    assert parties(extract_text(text, "2023-03-01")) == [["Aleksandar Vucic", "Viktor Orban"]]


def test_a_headline_list_of_two_names_is_no_vocative(extract_text):
    text = "News\n\nPutin, Vucic discuss gas deal by phone."
    assert parties(extract_text(text, "2023-03-01")) == [["Aleksandar Vucic", "Vladimir Putin"]]


def test_a_name_spoken_to_before_i_is_still_a_vocative(extract_text):
    text = ("News\n\nVladimir Putin: Mr Vucic, as you know, I spoke yesterday with Recep Tayyip "
            "Erdogan.")
    assert ["Aleksandar Vucic", "Recep Tayyip Erdogan"] not in parties(extract_text(text, "2023-03-01"))
