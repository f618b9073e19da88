"""Parties of found events (session 20): a name after an office whose domain is 'A and B',
'each of the presidents' as the counterparts, a second 'with' set off after a relative
clause, 'meetings are scheduled with A and B', a headline's label as the subject of its
talks, 'the head of X diplomacy', a body in a title set off after the name, and a surname
alone after the full name. Sentences written for the tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

from tests.test_event_paraphrases import events
from tests.test_event_paraphrases import found as found_on


def found(extract_text, text, published="2024-02-07"):
    return found_on(extract_text, text, published)


VUCIC, KURTI, LAJCAK, SCHOLZ = "Aleksandar Vucic", "Albin Kurti", "Miroslav Lajcak", "Olaf Scholz"
PETKOVIC, DACIC, LAVROV = "Petar Petkovic", "Ivica Dacic", "Sergey Lavrov"


@pytest.mark.parametrize("text, expected", [
    # the office's domain 'Kosovo and Metohija' ends before the holder's first name
    ("The Head of the Office for Kosovo and Metohija Petar Petkovic held talks in Brussels on "
     "Tuesday with the EU envoy Miroslav Lajcak.", [((LAJCAK, PETKOVIC), "held", "2024-02-06")]),
    ("On Monday the Director of the Office for Kosovo and Metohija Petar Petkovic met Lajcak in "
     "Brussels.", [((LAJCAK, PETKOVIC), "held", "2024-02-05")]),
])
def test_an_office_for_a_and_b_before_the_name(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kosovo President Vjosa Osmani and Serbian President Aleksandar Vucic arrived in Brussels on "
     "Monday but refused to sit at one table. The EU envoy Miroslav Lajcak met each of the "
     "presidents on his own instead.",
     [((VUCIC, LAJCAK), "held", "2024-02-05"), ((LAJCAK, "Vjosa Osmani"), "held", "2024-02-05")]),
    ("Albin Kurti and Aleksandar Vucic came to Brussels on Monday for the dialogue. Chancellor "
     "Olaf Scholz spoke with each of the leaders separately on Tuesday.",
     [((KURTI, SCHOLZ), "held", "2024-02-06"), ((VUCIC, SCHOLZ), "held", "2024-02-06")]),
])
def test_each_of_the_presidents_named_before(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chancellor Olaf Scholz held separate talks with President Aleksandar Vucic, whom he urged to "
     "align with EU sanctions, and with Prime Minister Albin Kurti.",
     [((KURTI, SCHOLZ), "held", "2024-02-07"), ((VUCIC, SCHOLZ), "held", "2024-02-07")]),
    ("Lajcak also had separate meetings on Monday with Prime Minister Albin Kurti, with whom he "
     "went over the draft statute, and with President Aleksandar Vucic.",
     [((KURTI, LAJCAK), "held", "2024-02-05"), ((VUCIC, LAJCAK), "held", "2024-02-05")]),
])
def test_a_second_with_after_a_relative_clause(extract_text, text, expected):
    assert found(extract_text, text) == expected


def test_scheduled_meetings_with_two_people_do_not_seat_them_together(extract_text):
    text = ("Meetings are also planned for Thursday with Prime Minister of Hungary Viktor Orban and "
            "President of Serbia Aleksandar Vucic, who are in Beijing for the celebrations.")
    assert not any(set(p) == {"Viktor Orban", VUCIC} for p, _, _ in found(extract_text, text))


def test_a_headline_label_holds_the_talks_it_lists(extract_text):
    text = ("Dacic in Moscow: Talks with Lavrov and Shoigu\n\nBelgrade\n\nSerbian Foreign "
            "Minister Ivica Dacic arrived in Moscow on Wednesday.")
    got = events(extract_text(text, "2023-02-09"))
    parties = {p for p, _, _ in got}
    assert (DACIC, LAVROV) in parties and (DACIC, "Sergei Shoigu") in parties
    assert not any(LAVROV in p and "Sergei Shoigu" in p for p in parties)


@pytest.mark.parametrize("text, expected", [
    ("The Serbian minister Ivica Dacic visited Moscow on Monday. The head of Serbian diplomacy "
     "also held talks with Sergey Lavrov.", [((DACIC, LAVROV), "held", "2024-02-05")]),
    ("Lavrov spoke with the head of Serbian diplomacy by telephone on Tuesday.",
     [((DACIC, LAVROV), "held", "2024-02-06")]),
])
def test_the_head_of_a_states_diplomacy_is_its_foreign_minister(extract_text, text, expected):
    got = found(extract_text, text)
    assert [(p, s, d) for p, s, d in got if LAVROV in p] == expected


@pytest.mark.parametrize("text, expected", [
    ("Vucic received Alexei Miller, the head of Gazprom, in Belgrade on Friday.",
     [((VUCIC, "Alexei Miller"), "held", "2024-02-02")]),
    ("On Monday Vucic met Alexei Miller, chief executive of Russian energy company Gazprom, to "
     "talk about the new contract.", [((VUCIC, "Alexei Miller"), "held", "2024-02-05")]),
])
def test_a_body_in_a_title_set_off_after_the_name_is_no_party(extract_text, text, expected):
    assert found(extract_text, text) == expected


def test_a_surname_the_ner_misses_after_the_full_name(extract_text):
    text = ("The veteran mediator Jonathan Whitcombe spent a week in Belgrade in May 2001. "
            "Ambassador Ruth Calder flew in twice to help him. Whitcombe returned to Belgrade on "
            "June 3, 2001. His last meeting with Vojislav Kostunica lasted four hours.")
    parties = {p for p, _, _ in found(extract_text, text)}
    assert ("Jonathan Whitcombe", "Vojislav Kostunica") in parties
    assert ("Ruth Calder", "Vojislav Kostunica") not in parties



@pytest.mark.parametrize("text, expected", [
    # a surname spelt as in one of the dictionary's full-name aliases ('Volodymyr Zelenskyy')
    ("On Thursday President Zelenskyy will meet Prime Minister Keir Starmer in London.",
     [(("Keir Starmer", "Volodymyr Zelensky"), "planned", "2024-07-18")]),
    ("President Zelenskyy held talks with Chancellor Olaf Scholz in Berlin yesterday.",
     [((SCHOLZ, "Volodymyr Zelensky"), "held", "2024-07-15")]),
])
def test_a_surname_in_an_aliases_spelling_is_the_office_holders(extract_text, text, expected):
    assert found(extract_text, text, "2024-07-16") == expected
