"""Stance paraphrases (session 20): non-recognition told in a 'whose' relative clause, by
'neither X nor Y', or of an 'it' standing for a declared independence; a conjunct with its
own 'will' after a negated cue; a deal welcomed after it was told; an air war retold as 'the
bombing'; backing any outcome another party accepts. Sentences written for these tests (no
corpus text). Needs spaCy only."""

from __future__ import annotations

import pytest

from tests.stance_support import stances


@pytest.mark.parametrize("text, holder", [
    ("The two ministers discussed Kosovo, whose 2008 declaration of independence Russia "
     "does not recognise.", "Russia"),
    ("Most EU states back Kosovo, whose independence Spain does not recognise.", "Spain"),
    ("The summit touched on Kosovo, whose statehood Greece refuses to recognise.", "Greece"),
])
def test_non_recognition_in_a_whose_clause(extract_text, text, holder):
    assert (holder, "oppose", "Kosovo", "kosovo") in stances(extract_text, text)


def test_neither_nor_recognising_is_non_recognition(extract_text):
    text = "Talks turned to Kosovo, whose independence neither Belgrade nor Beijing recognises."
    found = stances(extract_text, text)
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in found
    assert ("China", "oppose", "Kosovo", "kosovo") in found


@pytest.mark.parametrize("text, holder", [
    ("Kosovo proclaimed independence from Serbia in 2008. Belgrade does not recognize it.",
     "Serbia"),
    ("Kosovo declared independence in 2008, and Spain still refuses to recognise it.", "Spain"),
])
def test_it_after_a_declared_independence_is_that_state(extract_text, text, holder):
    assert (holder, "oppose", "Kosovo", "kosovo") in stances(extract_text, text)


def test_it_without_a_declaration_names_no_state(extract_text):
    text = "Serbia sent a note to the court. Belgrade does not recognize it."
    assert not any(s[2] == "Kosovo" for s in stances(extract_text, text))


def test_a_conjunct_with_its_own_will_after_a_refusal(extract_text):
    text = ("The Kremlin said Russia does not recognise Kosovo's independence and will keep "
            "supporting Serbia's territorial integrity.")
    found = stances(extract_text, text)
    assert any(s[1:] == ("oppose", "Kosovo", "kosovo") for s in found)
    assert any(s[1:] == ("support", "Serbia", "territorial-integrity") for s in found)


def test_a_conjunct_without_will_stays_under_the_request(extract_text):
    text = "Washington asked Pristina to delay the ban and support the dialogue with Belgrade."
    assert not any(s[0] == "Kosovo" for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ("Serbia and Kosovo signed an agreement on normalising relations in Brussels on Friday. "
     "NATO Secretary General Jens Stoltenberg welcomed the deal.", "Jens Stoltenberg"),
    ("The prime ministers of Serbia and Kosovo initialled a deal on normalising relations. "
     "The German chancellor Olaf Scholz welcomed the accord.", "Olaf Scholz"),
])
def test_a_deal_welcomed_after_it_was_told_takes_its_topic(extract_text, text, holder):
    assert any(s[0] == holder and s[1] == "support" and s[3] == "belgrade-pristina-dialogue"
               for s in stances(extract_text, text))


def test_the_bombing_retells_the_air_strikes(extract_text):
    text = ("In March 1999 NATO air strikes against Yugoslavia began. Boris Yeltsin called the "
            "bombing an act of aggression.")
    assert any(s[:3] == ("Boris Yeltsin", "oppose", "NATO") for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ("Lavrov said Moscow would support any solution that Belgrade considered acceptable.",
     "Sergey Lavrov"),
    ("Russian Foreign Minister Sergey Lavrov says Moscow will accept any agreement acceptable "
     "to Belgrade.", "Sergey Lavrov"),
    ("Putin said Russia would back any settlement for Kosovo that Serbia approves.",
     "Vladimir Putin"),
])
def test_backing_any_outcome_another_accepts_supports_it(extract_text, text, holder):
    assert (holder, "support", "Serbia") in [s[:3] for s in stances(extract_text, text)]


@pytest.mark.parametrize("text", [
    "The minister said Serbia would accept the invitation to the summit.",
    "Moscow said it will not accept any deal that Belgrade rejects.",
    "Lavrov said Moscow would back any solution acceptable to both Belgrade and Pristina.",
])
def test_plain_or_refused_acceptance_is_no_deferring_support(extract_text, text):
    assert not any(s[1] == "support" and s[2] == "Serbia" for s in stances(extract_text, text))


def test_the_agreement_on_the_path_to_normalisation_is_the_dialogue(extract_text):
    text = ("The EU urged both parties to implement the Agreement on the Path to Normalisation "
            "without preconditions, Josep Borrell said.")
    assert any(s[0] in {"Josep Borrell", "European Union"} and s[3] == "belgrade-pristina-dialogue"
               for s in stances(extract_text, text))


def test_its_in_a_parallel_phrase_is_the_first_possessor(extract_text):
    text = ("Nikolic said Serbia was grateful for Russia's firm position on Kosovo and Metohija "
            "and for its support at the United Nations.")
    found = stances(extract_text, text)
    assert not any(s[0] == "Kosovo" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("The EU spokesman said the bloc had serious concerns about the new rule and urged "
     "Pristina to postpone it.", "European Union", "Kosovo"),
    ("Washington urged Belgrade to suspend the decree on the border crossings, a State "
     "Department spokesman said.", "United States", "Serbia"),
])
def test_urging_someone_to_postpone_a_measure_opposes_it(extract_text, text, holder, target):
    assert (holder, "oppose", target) in [s[:3] for s in stances(extract_text, text)]


@pytest.mark.parametrize("text", [
    "Borrell told reporters that Kurti was not ready to move forward on forming the "
    "Association of Serb-majority municipalities.",
    '"Sadly, Prime Minister Kurti was not willing to move ahead with the Association of '
    'Serb-majority municipalities," Borrell said.',
])
def test_a_leader_reported_not_ready_to_move_forward_is_opposed(extract_text, text):
    assert ("Josep Borrell", "oppose", "Albin Kurti", "serb-municipalities") in stances(
        extract_text, text)


def test_readiness_to_continue_the_dialogue_supports_it(extract_text):
    text = "Vucic said Serbia was ready to continue the dialogue with Pristina in Brussels."
    assert any(s[1] == "support" and s[3] == "belgrade-pristina-dialogue"
               for s in stances(extract_text, text))


def test_a_state_not_ready_to_do_something_is_not_opposed_by_its_own_leader(extract_text):
    text = "Serbia is not ready to join the sanctions against Russia, Vucic said on Monday."
    assert not any(s[2] == "Serbia" for s in stances(extract_text, text))


def test_readiness_to_work_with_a_partner_is_courtesy(extract_text):
    text = ("China is willing to work with Serbia to advance practical cooperation in trade and "
            "energy, Wang Yi said.")
    assert not any(s[1] == "support" and s[2] is None and s[3] == "energy"
                   for s in stances(extract_text, text))


def test_a_coordinated_clause_does_not_set_the_topic_of_a_condemnation(extract_text):
    text = ('NATO chief Jens Stoltenberg called the attacks on the soldiers "unacceptable" and '
            'told both Belgrade and Pristina to stay calm.')
    assert ("Jens Stoltenberg", "oppose", None, "regional-security") in stances(extract_text, text)
