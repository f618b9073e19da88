"""Stance paraphrases (session 23): 'neither X nor Y' and 'will not X or Y' deny both verbs;
'X expects Y to align with the sanctions' is X's demand, not Y's stance; refusing to accept
'this false state'; 'has no objection to'; 'spoke in favour of'; 'sided with'; a 'terrible
precedent' or a 'hostile' decision; 'the decision of X'. Sentences written for these tests
(no corpus text). Needs spaCy only."""

from __future__ import annotations

import pytest

from tests.stance_support import stances


@pytest.mark.parametrize("text", [
    "The foreign minister said Serbia would neither recognise the ruling nor impose sanctions "
    "on Russia.",
    "The foreign minister said Serbia will not leave the talks or impose sanctions on Russia.",
])
def test_a_negation_reaches_the_second_verb(extract_text, text):
    found = stances(extract_text, text)
    assert any(s[1] == "oppose" and s[3] == "sanctions" and s[2] is None for s in found)
    assert not any(s[2] == "Russia" for s in found)  # no sanctions imposed on Russia


@pytest.mark.parametrize("text, holder", [
    ("Berlin expects Montenegro and Serbia to align with the European sanctions against "
     "Russia, Chancellor Olaf Scholz said.", "Olaf Scholz"),
    ("The European Union expects Serbia to implement the sanctions against Russia.",
     "European Union"),
])
def test_expecting_another_to_comply_is_a_demand(extract_text, text, holder):
    found = stances(extract_text, text)
    assert (holder, "support", None, "sanctions") in found
    assert not any(s[0] == "Serbia" for s in found)  # asked of Serbia, not said by it


@pytest.mark.parametrize("text", [
    "The president said he expects Kosovo to win more recognitions this year.",
    "Vucic is expected to visit Moscow in October.",
    "Vucic said he does not expect Kosovo to abolish the tariffs.",
])
def test_a_forecast_or_a_passive_expectation_is_no_demand(extract_text, text):
    assert not any(s[1] == "support" for s in stances(extract_text, text))


def test_refusing_a_false_state_is_opposing_the_state_named_before(extract_text):
    text = ("Kosovo's parliament declared independence on Sunday. Belgrade will never accept "
            "this so-called state, the Serbian prime minister Vojislav Kostunica told deputies.")
    found = stances(extract_text, text)
    assert any(s[1:3] == ("oppose", "Kosovo") for s in found)


@pytest.mark.parametrize("text, expected", [
    ("Lavrov said Moscow has no objection to Serbia's membership of the European Union.",
     ("Sergey Lavrov", "support", "Serbia")),
    ("Washington has no objection to a land swap agreed by Belgrade and Pristina.",
     ("United States", "support", None)),  # the parties of the swap are not its target
])
def test_no_objection_is_consent(extract_text, text, expected):
    found = stances(extract_text, text)
    assert any(s[:3] == expected for s in found)
    assert not any(s[1] == "oppose" for s in found)


def test_objections_are_still_opposition(extract_text):
    text = "Moscow has strong objections to the Western plan for Kosovo, Lavrov said."
    assert not any(s[1] == "support" for s in stances(extract_text, text))


def test_speaking_in_favour_of_a_border_change(extract_text):
    text = "Both presidents spoke in favour of a border adjustment between Serbia and Kosovo."
    found = stances(extract_text, "Aleksandar Vucic met Hashim Thaci in Brussels. " + text)
    assert ("Aleksandar Vucic", "support", None, "border-change") in found
    assert not any(s[2] in {"Serbia", "Kosovo"} for s in found)  # the parties of the border


def test_voting_in_favour_is_left_to_the_vote_rules(extract_text):
    text = "Serbia voted in favour of the resolution on Ukraine at the UN General Assembly."
    assert len([s for s in stances(extract_text, text) if s[0] == "Serbia"]) <= 1


@pytest.mark.parametrize("text, holder, side, polarity", [
    ("In the Security Council, China sided with Belgrade.", "China", "Serbia", "support"),
    ("Hungary again sided against Kosovo in the vote.", "Hungary", "Kosovo", "oppose"),
])
def test_siding_with_or_against(extract_text, text, holder, side, polarity):
    assert any(s[:3] == (holder, polarity, side) for s in stances(extract_text, text))


def test_a_terrible_precedent_is_opposition_to_the_declarer(extract_text):
    text = ("Kosovo declared independence in 2008. Putin called that declaration a dangerous "
            "precedent for separatists everywhere.")
    assert any(s[:3] == ("Vladimir Putin", "oppose", "Kosovo")
               for s in stances(extract_text, text))


def test_a_hostile_decision_of_a_state(extract_text):
    text = "Kremlin spokesman Dmitry Peskov described the decision of Bulgaria as hostile."
    assert ("Dmitry Peskov", "oppose", "Bulgaria", None) in stances(extract_text, text)


def test_the_invasion_of_a_state_is_not_opposition_to_its_victim(extract_text):
    text = "Serbia has condemned the invasion of Ukraine in UN votes."
    assert not any(s[2] == "Ukraine" and s[1] == "oppose" for s in stances(extract_text, text))


def test_an_expectation_hung_as_an_adverbial_clause(extract_text):
    text = ("A spokesman said the European Union expects Montenegro, as a candidate, to align "
            "with the bloc's sanctions against Russia.")
    found = stances(extract_text, text)
    assert ("European Union", "support", None, "sanctions") in found
    assert not any(s[0] == "Montenegro" for s in found)


def test_a_decision_regarded_as_a_destabilising_step(extract_text):
    text = ("Lavrov said Moscow regarded Pristina's decision to turn its security force into an "
            "army as a destabilising step.")
    assert any(s[1:3] == ("oppose", "Kosovo") for s in stances(extract_text, text))


def test_a_position_regarded_as_legitimate_is_backed(extract_text):
    text = "Putin said: We regard the position of the Serbian government on Kosovo as legitimate."
    assert ("Vladimir Putin", "support", "Serbia", "kosovo") in stances(extract_text, text)


@pytest.mark.parametrize("text, author", [
    ("Moscow vetoed a British draft resolution on the 1995 massacre.", "United Kingdom"),
    ("China blocked an American draft on the Security Council's agenda.", "United States"),
])
def test_vetoing_a_draft_opposes_its_author(extract_text, text, author):
    assert any(s[1:3] == ("oppose", author) for s in stances(extract_text, text))


def test_a_change_to_the_borders_is_a_border_change(extract_text):
    text = "Chancellor Angela Merkel rejected any change to the borders of the Balkan states."
    assert ("Angela Merkel", "oppose", None, "border-change") in stances(extract_text, text)


@pytest.mark.parametrize("text, topic, polarity", [
    ("Lajcak said the establishment of the Community of Serb Municipalities is a legal "
     "obligation.", "serb-municipalities", "support"),
    ("Borrell said the creation of the Association of Serb-majority municipalities is not "
     "optional.", "serb-municipalities", "support"),
    ("Vucic said the Brussels agreement is not binding for Serbia.", "belgrade-pristina-dialogue",
     "oppose"),
])
def test_an_obligation_said_of_a_topic(extract_text, text, topic, polarity):
    found = stances(extract_text, text)
    assert any(s[1] == polarity and s[3] == topic for s in found)


def test_an_obligation_with_no_topic_is_nothing(extract_text):
    assert not stances(extract_text, "Voting is an obligation for every citizen, she said.")


def test_belonging_in_the_union(extract_text):
    text = "Serbia belongs in the European Union, German Chancellor Olaf Scholz said."
    assert ("Olaf Scholz", "support", "Serbia", "eu-integration") in stances(extract_text, text)


def test_an_expectation_of_both_sides(extract_text):
    text = ("Lajcak said the EU expects from both sides to implement their obligations in the "
            "Belgrade-Pristina dialogue.")
    assert ("European Union", "support", None, "belgrade-pristina-dialogue") in stances(
        extract_text, text)
