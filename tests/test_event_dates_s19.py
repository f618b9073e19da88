"""Dates of events that are found (session 19): the lede's day on an occasion ('during
talks on Friday'), a follow-on of a meeting dated by its summit only after the text is read,
'later that day' after a span of days, and a visitor's arrival day kept apart from the talks
a release reports. Paraphrases written for these tests; needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

from tests.test_event_paraphrases import found

VUCIC, ORBAN, PUTIN = "Aleksandar Vucic", "Viktor Orban", "Vladimir Putin"
ERDOGAN, GUTERRES = "Recep Tayyip Erdogan", "Antonio Guterres"
# paragraphs of a speech: what follows is past the lede, where no release day dates it
FILLER = ("The organisation adopted a declaration on security.\n\nColleagues,\n\nThe region "
          "faces new challenges, and we must answer them together.\n\n<...>\n\n")


@pytest.mark.parametrize("text, published, expected", [
    # the lede's weekday is on the talks the main verb is told during: the news day
    ("Recep Tayyip Erdogan told Vladimir Putin during a meeting in Sochi on Wednesday that "
     "Turkey wanted the grain deal revived.", "2023-03-18",
     [((ERDOGAN, PUTIN), "held", "2023-03-15")]),
    ("Vladimir Putin has assured Xi Jinping that Russia will keep oil supplies steady, during a "
     "meeting in Beijing on Tuesday.", "2023-03-16",
     [((PUTIN, "Xi Jinping"), "held", "2023-03-14")]),
    # 'later in the day' counts from that day too, not from the publication
    ("Viktor Orban has told Aleksandar Vucic that Hungary will not block Serbia's path to the EU, "
     "despite objections from other members, during talks in Belgrade on Thursday.\n\n"
     "Later in the day the two leaders held a joint news conference.", "2023-03-18",
     [((VUCIC, ORBAN), "held", "2023-03-16")]),
])
def test_a_lede_day_on_the_occasion_of_the_news(extract_text, text, published, expected):
    assert found(extract_text, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Vladimir Putin took part in a meeting of the heads of state of the Collective Security "
     "Treaty Organisation in Minsk.\n\n" + FILLER + "On the sidelines of the summit, Vladimir Putin had "
     "meetings with President of Kazakhstan Kassym-Jomart Tokayev and Prime Minister of Armenia "
     "Nikol Pashinyan. The Russian President also met with UN Secretary-General Antonio "
     "Guterres, who came as a guest.", "2023-03-16",
     [((GUTERRES, PUTIN), "held", "2023-03-16"),
      (("Kassym-Jomart Tokayev", PUTIN), "held", "2023-03-16"),
      (("Nikol Pashinyan", PUTIN), "held", "2023-03-16")]),
    ("The forum of Balkan leaders opened in Skopje on Monday.\n\n" + FILLER + "On the margins of the forum, "
     "Aleksandar Vucic held talks with Edi Rama. Vucic also met Albin Kurti, the first time the "
     "two had met in months.", "2023-03-16",
     [(("Albin Kurti", VUCIC), "held", "2023-03-13"), ((VUCIC, "Edi Rama"), "held", "2023-03-13")]),
])
def test_an_also_after_a_meeting_on_the_sidelines_takes_the_summit_day(extract_text, text,
                                                                       published, expected):
    assert found(extract_text, text, published) == expected


def test_later_that_day_after_a_span_of_days_is_its_first_day(extract_text):
    text = ("On June 20-21, Aleksandar Vucic paid an official visit to Hungary at the invitation "
            "of Viktor Orban.\n\nThe visit began in Budapest with a welcome ceremony, followed by "
            "talks between the two delegations. The leaders signed an agreement on energy."
            "\n\nLater that day, Vucic met with Speaker of the National Assembly Laszlo Kover.")
    assert ((VUCIC, "Laszlo Kover"), "held", "2023-06-20") in found(extract_text, text,
                                                                    "2023-06-21")


def test_an_arrival_the_day_before_does_not_date_the_talks_of_the_release(extract_text):
    text = ("Vladimir Putin held talks with President of Egypt Abdel Fattah el-Sisi in the "
            "Kremlin.\n\nThe Egyptian leader arrived in Moscow on October 16. The talks covered "
            "trade and the situation in the Middle East.")
    events = found(extract_text, text, "2023-10-17")
    assert (("Abdel Fattah el-Sisi", PUTIN), "held", "2023-10-17") in events
    assert (("Abdel Fattah el-Sisi",), "held", "2023-10-16") in events


# -- round 2: 'the day before' as the day's own adverb, a date in apposition to a day
# phrase, a meeting told in sequence ('separately', 'then', 'later') the sentence after

@pytest.mark.parametrize("text, expected", [
    # 'the day before' after the event's phrase: counted back from the story's day
    ("Viktor Orban hosted Aleksandar Vucic in Budapest on Thursday. The visit followed talks "
     "between Vucic and Recep Tayyip Erdogan in Ankara the day before.",
     [((VUCIC, ERDOGAN), "held", "2023-03-15"), ((VUCIC, ORBAN), "held", "2023-03-16")]),
    ("Viktor Orban received Aleksandar Vucic in Budapest on Thursday. Vucic had spoken by "
     "telephone with Xi Jinping the day before.",
     [((VUCIC, ORBAN), "held", "2023-03-16"), ((VUCIC, "Xi Jinping"), "held", "2023-03-15")]),
])
def test_the_day_before_after_the_event_counts_back_from_the_story_day(extract_text, text,
                                                                       expected):
    assert found(extract_text, text, "2023-03-17") == expected


@pytest.mark.parametrize("text, expected", [
    ("On the final day of his tour, 14 June, Aleksandar Vucic held talks with Viktor Orban in "
     "Budapest.", [((VUCIC, ORBAN), "held", "2023-06-14")]),
    ("On the last day of the forum, June 16, Vladimir Putin met with Kassym-Jomart Tokayev and "
     "Shavkat Mirziyoyev.", [(("Kassym-Jomart Tokayev", PUTIN), "held", "2023-06-16"),
                             (("Shavkat Mirziyoyev", PUTIN), "held", "2023-06-16")]),
])
def test_a_day_phrase_is_the_day_its_apposition_names(extract_text, text, expected):
    assert found(extract_text, text, "2023-06-17") == expected


SKOPJE = "The forum of Balkan leaders opened in Skopje.\n\n" + FILLER


@pytest.mark.parametrize("text, expected", [
    (SKOPJE + "On Monday Edi Rama received Aleksandar Vucic in Tirana. Later, Vucic held talks "
     "with Albin Kurti.",
     [(("Albin Kurti", VUCIC), "held", "2023-03-13"), ((VUCIC, "Edi Rama"), "held", "2023-03-13")]),
    ("Statement by High Representative Josep Borrell:\n\nToday, together with Special "
     "Representative Miroslav Lajcak, I received President Aleksandar Vucic and Prime Minister "
     "Albin Kurti in Brussels for another round of the Dialogue.\n\nI met the two leaders "
     "separately, and then I brought them together for a joint session.",
     [(("Albin Kurti", VUCIC, "Josep Borrell", "Miroslav Lajcak"), "held", "2023-03-14"),
      (("Albin Kurti", "Josep Borrell"), "held", "2023-03-14"),
      ((VUCIC, "Josep Borrell"), "held", "2023-03-14")]),
    # a past perfect tells an older occasion: no day taken
    (SKOPJE + "On Monday Edi Rama received Aleksandar Vucic in Tirana. Vucic had subsequently "
     "met Albin Kurti.",
     [(("Albin Kurti", VUCIC), "held", None), ((VUCIC, "Edi Rama"), "held", "2023-03-13")]),
])
def test_a_meeting_told_in_sequence_the_sentence_after_is_of_its_day(extract_text, text,
                                                                     expected):
    assert found(extract_text, text) == expected


def test_talks_still_to_come_do_not_set_the_news_day(extract_text):
    text = ("Serbian President Aleksandar Vucic said he would raise the issue with Albin Kurti "
            "during talks in Brussels on Friday. Later in the day, Vucic met EU envoy Miroslav "
            "Lajcak in Belgrade.")
    assert ((VUCIC, "Miroslav Lajcak"), "held", "2024-10-08") in found(extract_text, text,
                                                                       "2024-10-08")


def test_last_week_is_no_span_a_later_that_day_counts_from(extract_text):
    text = ("Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels "
            "on Monday. The two sides had exchanged draft proposals last week. The same day, "
            "Vucic met EU envoy Miroslav Lajcak.")
    assert ((VUCIC, "Miroslav Lajcak"), "held", "2024-10-07") in found(extract_text, text,
                                                                       "2024-10-10")


def test_an_also_met_after_a_sidelines_meeting_dated_by_an_earlier_summit_line(extract_text):
    text = ("The EU-Western Balkans summit opened in Brdo on Monday.\n\nOn the sidelines of the "
            "summit, Aleksandar Vucic met Albin Kurti. Vucic also met Edi Rama.")
    events = found(extract_text, text, "2024-10-10")
    assert ((VUCIC, "Edi Rama"), "held", "2024-10-07") in events


def test_a_call_told_in_passing_the_day_before_does_not_date_the_talks(extract_text):
    text = ("Vladimir Putin said in his opening remarks at a meeting with Olaf Scholz that trade "
            "had grown.\n\nMr Scholz said relations rested on firm ground.\n\nPutin added that "
            "Emmanuel Macron had told him the same in a telephone conversation the day before."
            "\n\nMr Putin and Mr Scholz also discussed regional security.")
    events = found(extract_text, text, "2022-02-15")
    assert (("Olaf Scholz", PUTIN), "held", "2022-02-15") in events
