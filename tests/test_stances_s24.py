"""Stance paraphrases (session 24): gratitude told with an adjective ('X is grateful to Y
for its principled position', 'grateful that Y stands by us') is the grateful one's support,
as 'thanked' is; thanks for a dinner stay a courtesy; condemning 'the recognition of X'
is no recognition of X. Sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from tests.stance_support import stances


def test_grateful_for_a_principled_position_backs_its_owner(extract_text):
    found = stances(extract_text, "Montenegro is grateful to Hungary for its principled "
                                  "position on EU enlargement, the prime minister said.")
    assert any(s[:3] == ("Montenegro", "support", "Hungary") for s in found)


@pytest.mark.parametrize("text", [
    "We are grateful that China does not recognise the independence of Kosovo, Ivica Dacic "
    "said.",
    "Ivica Dacic said Serbia was grateful that China had stood by it on Kosovo.",
])
def test_grateful_that_someone_acts_backs_them(extract_text, text):
    found = stances(extract_text, text)
    assert any(s[1:3] == ("support", "China") and s[0] in {"Ivica Dacic", "Serbia"}
               for s in found)


@pytest.mark.parametrize("text", [
    "Ivica Dacic said he was grateful to Wang Yi for the dinner.",
    "Ivica Dacic said Serbia was not grateful to China for its position on Kosovo.",
])
def test_courtesy_or_denied_gratitude_is_no_stance(extract_text, text):
    assert not any(s[1] == "support" and s[2] in {"China", "Wang Yi"}
                   for s in stances(extract_text, text))


def test_condemning_a_recognition_is_only_opposition(extract_text):
    found = stances(extract_text, "Sergey Lavrov condemned the recognition of Kosovo by "
                                  "several African states.")
    assert ("Sergey Lavrov", "oppose", "Kosovo", "kosovo") in found
    assert not any(s[1] == "support" and s[2] == "Kosovo" for s in found)


@pytest.mark.parametrize("text", [
    "China will always stand for the sovereignty and territorial integrity of Serbia, the "
    "ambassador said.",
    "China firmly stands for the preservation of Serbia's sovereignty, the ambassador said.",
])
def test_standing_for_a_states_integrity_backs_that_state(extract_text, text):
    assert any(s[1:] == ("support", "Serbia", "territorial-integrity")
               for s in stances(extract_text, text))


@pytest.mark.parametrize("text", [
    "The ruling party said Vucic will stand for election again next spring.",
    "NIS stands for Naftna Industrija Srbije.",
])
def test_standing_for_election_or_for_a_name_is_no_stance(extract_text, text):
    assert stances(extract_text, text) == []


def test_disagreeing_with_a_decision_opposes_its_author(extract_text):
    found = stances(extract_text, "Berlin disagrees with Kurti's decision to deploy police "
                                  "units in the north, Olaf Scholz said.")
    assert any(s[1:3] == ("oppose", "Albin Kurti") for s in found)


def test_the_dayton_agreement_is_a_regional_security_topic(extract_text):
    found = stances(extract_text, "Sergey Lavrov said Russia supports the Dayton Peace "
                                  "Agreement in full.")
    assert ("Sergey Lavrov", "support", None, "regional-security") in found


def test_thanks_for_what_is_described_as_a_position_back_its_owner(extract_text):
    found = stances(extract_text, "Maria Zakharova thanked Belgrade for what she described "
                                  "as its principled position.")
    assert any(s[:3] == ("Maria Zakharova", "support", "Serbia") for s in found)


def test_would_in_a_clause_told_to_a_counterpart_is_reported_not_hypothetical(extract_text):
    found = stances(extract_text, "Xi Jinping assured his Serbian counterpart that China "
                                  "would continue to uphold Serbia's territorial integrity.")
    assert any(s[1:] == ("support", "Serbia", "territorial-integrity") for s in found)


def test_respecting_a_choice_to_stay_militarily_neutral(extract_text):
    found = stances(extract_text, "Jens Stoltenberg said NATO respects Serbia's decision to "
                                  "remain militarily neutral.")
    assert any(s[1:] == ("support", "Serbia", "military-neutrality") for s in found)


def test_the_ahtisaari_plan_is_a_kosovo_topic(extract_text):
    found = stances(extract_text, "Vojislav Kostunica rejected the Ahtisaari plan outright.")
    assert any(s[:2] == ("Vojislav Kostunica", "oppose") and s[3] == "kosovo" for s in found)


@pytest.mark.parametrize("text", [
    "\"Christian Schmidt has no legitimacy,\" Milorad Dodik said.",
    "Milorad Dodik said Christian Schmidt had lost all credibility.",
])
def test_denied_legitimacy_opposes_its_bearer(extract_text, text):
    assert ("Milorad Dodik", "oppose", "Christian Schmidt", None) in stances(extract_text, text)


def test_granted_legitimacy_is_no_charge(extract_text):
    found = stances(extract_text, "Milorad Dodik said Christian Schmidt has the legitimacy "
                                  "of the Council.")
    assert not any(s[1] == "oppose" for s in found)


def test_being_against_a_step_opposes_it(extract_text):
    found = stances(extract_text, "\"We are firmly against Montenegro joining NATO,\" Sergey "
                                  "Lavrov said.")
    assert ("Sergey Lavrov", "oppose", "Montenegro", "nato") in found


def test_being_against_sanctions_on_a_state_is_not_against_that_state(extract_text):
    found = stances(extract_text, "Serbia is against sanctions on Russia, Ivica Dacic said.")
    assert ("Ivica Dacic", "oppose", None, "sanctions") in found
    assert not any(s[2] == "Russia" for s in found)


def test_a_decision_by_a_state_called_outrageous_opposes_that_state(extract_text):
    found = stances(extract_text, "Sergey Lavrov called the decision by Montenegro an "
                                  "outrageous act.")
    assert ("Sergey Lavrov", "oppose", "Montenegro", None) in found


@pytest.mark.parametrize("text", [
    "Ivica Dacic told reporters that China remains the most reliable defender of Serbia's "
    "territorial integrity.",
    "Ivica Dacic told reporters after the talks that China remains the \"most reliable\" "
    "defender of Serbia's territorial integrity.",
])
def test_the_defender_of_a_cause_is_backed_by_the_speaker(extract_text, text):
    assert ("Ivica Dacic", "support", "China", "territorial-integrity") in stances(
        extract_text, text)


def test_a_reporters_description_of_a_defender_is_no_stance(extract_text):
    assert stances(extract_text, "China is the self-declared protector of Serbs in the "
                                 "region.") == []


def test_a_wrong_choice_opposes_the_one_who_made_it(extract_text):
    found = stances(extract_text, "Ukraine's foreign ministry criticised the trip of Antonio "
                                  "Guterres, calling it a wrong choice.")
    assert any(s[1:3] == ("oppose", "Antonio Guterres") for s in found)


def test_wrong_to_impose_sanctions_opposes_the_sanctions_not_their_target(extract_text):
    found = stances(extract_text, "Ivica Dacic said it would be wrong to impose sanctions on "
                                  "Russia.")
    assert ("Ivica Dacic", "oppose", None, "sanctions") in found
    assert not any(s[2] == "Russia" for s in found)


def test_it_is_unacceptable_that_someone_acts_opposes_them(extract_text):
    found = stances(extract_text, "Miroslav Lajcak said it is unacceptable that Pristina "
                                  "blocks the Community of Serb Municipalities.")
    assert ("Miroslav Lajcak", "oppose", "Kosovo", "serb-municipalities") in found
