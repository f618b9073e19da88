"""Stance paraphrases (session 26): demands of restraint made of another side ('said
Belgrade must stop', 'urged X to take steps to de-escalate', 'to avoid unilateral actions')
oppose it; a request told in the passive ('both leaders had been urged to engage in the
dialogue') is not a stance of those asked; an act called wrong ('called the closure
"unthinkable"', 'the ban') is held against the one the sentence before says did it; 'the
three countries' are the three listed before; a quoted judgement the parser hangs on the
object as an apposition still judges. Sentences written for these tests (no corpus
text)."""

from __future__ import annotations

import pytest

from tests.stance_support import stances


@pytest.mark.parametrize("text", [
    "Jens Stoltenberg said that Pristina must take steps to de-escalate.",
    "Jens Stoltenberg stressed that Pristina should avoid unilateral actions.",
    "Jens Stoltenberg urged Albin Kurti to take immediate steps to de-escalate.",
    "Jens Stoltenberg urged Albin Kurti to avoid unilateral moves in the north.",
])
def test_a_demand_of_restraint_opposes_the_one_asked(extract_text, text):
    found = stances(extract_text, text)
    assert any(s[:2] == ("Jens Stoltenberg", "oppose") and s[2] in {"Kosovo", "Albin Kurti"}
               for s in found), found
    if "escalat" in text:  # 'de-escalate', split by the tokenizer, still tells the topic
        assert any(s[3] == "regional-security" for s in found), found


@pytest.mark.parametrize("text", [
    "Aleksandar Vucic said that Serbia must avoid any escalation.",
    "Jens Stoltenberg said that Belgrade and Pristina must de-escalate.",
    "Jens Stoltenberg said that Pristina must not stop the talks.",
])
def test_restraint_of_ones_own_side_both_sides_or_denied_is_no_opposition(extract_text, text):
    assert not any(s[1] == "oppose" for s in stances(extract_text, text))


def test_those_urged_in_the_passive_hold_no_stance(extract_text):
    found = stances(extract_text, "Jens Stoltenberg told Albin Kurti that he had spoken with "
                                  "Aleksandar Vucic, and that both leaders had been urged to "
                                  "engage in the Belgrade-Pristina dialogue.")
    assert not any(s[0] in {"Albin Kurti", "Aleksandar Vucic"} for s in found), found


def test_welcoming_the_talks_takes_the_topic_of_the_talks_told_before(extract_text):
    found = stances(extract_text, "The first direct talks between Serbia and Kosovo ended in "
                                  "Brussels on Tuesday. Catherine Ashton welcomed the talks in a "
                                  "short statement.")
    assert ("Catherine Ashton", "support", None, "belgrade-pristina-dialogue") in found


@pytest.mark.parametrize("text", [
    "Hillary Clinton said Washington is ready to help the parties make the dialogue between "
    "Belgrade and Pristina a success.",
    "Hillary Clinton said Washington will help the dialogue between Belgrade and Pristina succeed.",
])
def test_helping_a_process_succeed_backs_it(extract_text, text):
    assert ("Hillary Clinton", "support", None, "belgrade-pristina-dialogue") in stances(
        extract_text, text)


def test_helping_without_success_told_is_no_stance(extract_text):
    found = stances(extract_text, "Hillary Clinton said Washington will help the parties "
                                  "prepare the dialogue between Belgrade and Pristina.")
    assert not any(s[0] == "Hillary Clinton" and s[2] is None for s in found), found


@pytest.mark.parametrize("text", [
    "Bulgaria closed its airspace to the Russian plane. Sergey Lavrov called the closure "
    "\"unthinkable\".",
    "Bulgaria banned the flight on Sunday. Sergey Lavrov called the ban \"unacceptable\".",
])
def test_an_act_called_wrong_is_held_against_who_did_it(extract_text, text):
    assert ("Sergey Lavrov", "oppose", "Bulgaria") in [s[:3] for s in stances(extract_text, text)]


def test_the_three_countries_are_the_three_listed_before(extract_text):
    found = stances(extract_text, "Sergey Lavrov will not fly to Serbia after Bulgaria, North "
                                  "Macedonia and Montenegro shut their airspace. Dmitry Peskov "
                                  "described the decision of the three countries as \"hostile\".")
    assert any(s[:2] == ("Dmitry Peskov", "oppose") and s[2] in {
        "Bulgaria", "North Macedonia", "Montenegro"} for s in found), found


def test_a_count_no_list_matches_names_no_one(extract_text):
    found = stances(extract_text, "Bulgaria and Montenegro shut their airspace. Dmitry Peskov "
                                  "described the decision of the three countries as \"hostile\".")
    assert not any(s[0] == "Dmitry Peskov" and s[2] is not None for s in found), found


def test_a_quoted_judgement_read_as_an_apposition_still_judges(extract_text):
    found = stances(extract_text, "Sergey Lavrov had to call off his trip after Bulgaria, North "
                                  "Macedonia and Montenegro shut their airspace. Lavrov spoke in "
                                  "Moscow, calling the decision by the three countries \"an "
                                  "outrageous act\".")
    assert any(s[:2] == ("Sergey Lavrov", "oppose") and s[2] in {
        "Bulgaria", "North Macedonia", "Montenegro"} for s in found), found


def test_one_urged_in_the_passive_with_no_reporter_holds_no_stance(extract_text):
    found = stances(extract_text, "Albin Kurti was urged to engage in the dialogue between "
                                  "Belgrade and Pristina.")
    assert not any(s[0] == "Albin Kurti" for s in found), found
