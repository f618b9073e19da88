"""Stance checklist (issue 7): common constructions of wire copy, readouts and statements,
each written for these tests in several paraphrases (no corpus text). Needs spaCy only."""

from __future__ import annotations

import pytest


def stances(extract_text, body: str, headline: str = "News") -> list[tuple]:
    found = extract_text(f"{headline}\n\n{body}", "2023-06-01").stances
    return [(s.holder.name, s.polarity.value, s.target.name if s.target else None, s.topic)
            for s in found]


@pytest.mark.parametrize("text, holder, target", [
    ("China firmly supports Serbia's sovereignty and territorial integrity, Xi told Vucic.",
     "Xi Jinping", "Serbia"),
    ("Slovakia respects the sovereignty and territorial integrity of Serbia.", "Slovakia", "Serbia"),
    ("Turkey backed the independence and sovereignty of Azerbaijan.", "Turkey", "Azerbaijan"),
    ("Hungary will always defend Serbia's sovereignty and its territorial integrity.",
     "Hungary", "Serbia"),
    ("The two presidents reaffirmed their commitment to the sovereignty and territorial "
     "integrity of Syria.", None, "Syria"),
])
def test_integrity_coordinated_with_sovereignty_names_its_state(extract_text, text, holder, target):
    found = stances(extract_text, f"Putin met Erdogan in Sochi. {text}" if holder is None else text)
    assert any(s[2] == target and s[3] == "territorial-integrity" and s[1] == "support"
               and (holder is None or s[0] == holder) for s in found)


@pytest.mark.parametrize("text", [
    "The need to respect the territorial integrity of Syria was reaffirmed.",
    "Support for the sovereignty of Syria was expressed.",
    "The importance of respecting the territorial integrity of Syria was stressed.",
    "It was noted that the territorial integrity of Syria must be respected.",
    "It was stressed that the sovereignty of Syria should be respected.",
])
def test_agentless_readout_sentence_is_held_by_the_call_parties(extract_text, text):
    body = f"Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. {text}"
    found = stances(extract_text, body, "Telephone conversation with Recep Tayyip Erdogan")
    holders = {s[0] for s in found if s[1:] == ("support", "Syria", "territorial-integrity")}
    assert holders >= {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_an_agent_named_in_the_passive_is_no_readout_party(extract_text):
    found = stances(extract_text, "Putin met Vucic. The territorial integrity of Serbia was "
                                  "backed by Hungary.")
    assert all(s[0] == "Hungary" for s in found)


@pytest.mark.parametrize("text", [
    "Serbia abstained in the UN vote on the resolution condemning Russia.",
    "Serbia abstained from voting on a resolution that condemned Russia's invasion.",
    "China and India abstained on the resolution condemning Moscow.",
])
def test_abstaining_on_a_condemnation_condemns_no_one(extract_text, text):
    assert not any(s[1] == "oppose" and s[2] == "Russia" for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ("The European Union condemned the violence in Zvecan.", "European Union"),
    ("Germany condemned the riots in Mitrovica on Monday.", "Germany"),
    ("NATO strongly condemns the clashes in northern Kosovo.", "NATO"),
    ("Washington denounced the unrest in the north of Kosovo.", "United States"),
])
def test_condemned_violence_is_a_regional_security_stance(extract_text, text, holder):
    assert (holder, "oppose", None, "regional-security") in stances(extract_text, text)


@pytest.mark.parametrize("text, holders, target, topic", [
    ("Kosovo applied for membership of the European Union in December.", ["Kosovo"],
     "European Union", "eu-integration"),
    ("Ukraine and Moldova applied to join the European Union.", ["Ukraine", "Moldova"],
     "European Union", "eu-integration"),
    ("Bosnia and Herzegovina submitted a membership application to the EU.",
     ["Bosnia and Herzegovina"], "European Union", "eu-integration"),
    ("Georgia filed its application to join the EU on Thursday.", ["Georgia"],
     "European Union", "eu-integration"),
    ("Sweden has applied to join NATO.", ["Sweden"], "NATO", "nato"),
])
def test_membership_applications(extract_text, text, holders, target, topic):
    found = stances(extract_text, text)
    assert all((h, "support", target, topic) in found for h in holders)


@pytest.mark.parametrize("text", [
    "Hungary threw its weight behind Montenegro's bid to join the European Union.",
    "Germany has long backed Albania's application for EU membership.",
])
def test_another_states_bid_is_the_backers_stance_only(extract_text, text):
    found = stances(extract_text, text)
    assert found and all(s[0] in {"Hungary", "Germany"} for s in found)


def test_no_application_no_stance(extract_text):
    assert stances(extract_text, "Serbia has not applied for NATO membership.") == []


@pytest.mark.parametrize("text, holder", [
    ("Togo has revoked its decision to recognise Kosovo, Dacic said.", "Togo"),
    ("Guinea-Bissau reversed its decision to recognize Kosovo.", "Guinea-Bissau"),
    ("Grenada rescinded its decision to recognise Kosovo's independence.", "Grenada"),
])
def test_revoking_a_recognition_decision_opposes_kosovo(extract_text, text, holder):
    found = stances(extract_text, text)
    assert (holder, "oppose", "Kosovo", "kosovo") in found
    assert not any(s[1] == "support" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("Hungary is Serbia's closest friend in the EU, Orban said.", "Viktor Orban", "Serbia"),
    ("Orban said Hungary was a true friend of Serbia.", "Viktor Orban", "Serbia"),
    ("Russia is Serbia's greatest friend, Vucic told reporters.", "Aleksandar Vucic", "Russia"),
    ("China and Serbia are ironclad friends, Wang Yi said.", "Wang Yi", "Serbia"),
])
def test_reported_declarations_of_friendship(extract_text, text, holder, target):
    assert (holder, "support", target, "bilateral-relations") in stances(extract_text, text)


def test_a_third_partys_description_of_a_friendship_is_no_stance(extract_text):
    assert stances(extract_text, "Hungary is Serbia's friend, Putin said.") == []


@pytest.mark.parametrize("text, expected", [
    ("Later, the US imposed sanctions on Dodik.",
     ("United States", "oppose", "Milorad Dodik", "sanctions")),
    ("The US condemned the attack on Kosovo police.",
     ("United States", "oppose", None, "regional-security")),
    ("The US strongly backs Serbia's territorial integrity, the embassy said.",
     ("United States", "support", "Serbia", "territorial-integrity")),
])
def test_the_us_is_the_country_not_the_pronoun(extract_text, text, expected):
    assert expected in stances(extract_text, text)


@pytest.mark.parametrize("text, expected", [
    ("Washington sanctioned Milorad Dodik in January.",
     ("United States", "oppose", "Milorad Dodik", "sanctions")),
    ("Britain sanctioned two Serbian officials over corruption.",
     ("United Kingdom", "oppose", None, "sanctions")),
    ("Dodik was blacklisted by Washington in 2017.",
     ("United States", "oppose", "Milorad Dodik", "sanctions")),
])
def test_sanctioning_someone(extract_text, text, expected):
    assert expected in stances(extract_text, text)


def test_not_sanctioning_someone_is_told_not_held(extract_text):
    assert stances(extract_text, "Britain has not sanctioned Dodik.") == []


@pytest.mark.parametrize("text, target", [
    ("Belgrade has protested to the EU over Pristina's decision to ban the dinar.", "Kosovo"),
    ("Serbia protested to KFOR against the deployment of Kosovo special police.", "Kosovo"),
    ("Russia objected to Kosovo's bid to join UNESCO.", "Kosovo"),
])
def test_a_protest_opposes_what_it_is_over_not_whom_it_is_sent_to(extract_text, text, target):
    found = stances(extract_text, text)
    assert found and all(s[1] == "oppose" and s[2] == target for s in found)


@pytest.mark.parametrize("text", [
    "Serbia remains committed to its EU path, Brnabic said.",
    "Brnabic said Serbia would stay on the EU path.",
])
def test_the_eu_path(extract_text, text):
    assert any(s[0] == "Ana Brnabic" and s[3] == "eu-integration" for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ("Germany opposes any change of borders in the Balkans, Scholz said.", "Olaf Scholz"),
    ("The EU rejects any redrawing of borders in the Western Balkans.", "European Union"),
    ("Washington is against changes of the borders in the region.", "United States"),
])
def test_changing_borders_is_the_border_change_topic(extract_text, text, holder):
    assert (holder, "oppose", None, "border-change") in stances(extract_text, text)


def test_a_conjunct_with_an_owner_of_its_own_is_another_object(extract_text):
    """'the officials and his old rival X': 'his' is no owner shared with 'the officials'."""
    assert ("Aleksandar Vucic", "oppose", "Albin Kurti", None) in stances(
        extract_text, "Vucic condemned the officials and his old rival Albin Kurti.")
