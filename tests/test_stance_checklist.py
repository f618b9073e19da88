"""Stance checklist (issue 7): common constructions of wire copy, readouts and statements,
each written for these tests in several paraphrases (no corpus text). Needs spaCy only."""

from __future__ import annotations

import pytest

from tests.stance_support import stances


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


# -- session 17: classes left open by the checklist ----------------------------------------

@pytest.mark.parametrize("text", [
    "Asked about Kosovo, the spokesman said Beijing does not recognise the unilateral "
    "declaration of independence.",
    "Kosovo's anniversary passed quietly. Madrid still refuses to recognise the so-called "
    "independence.",
    "The talks on Kosovo ended without progress. Slovakia will never recognise the "
    "self-proclaimed state, its foreign minister said.",
    "Belgrade rejects the unilaterally declared independence of its southern province of Kosovo.",
])
def test_contested_statehood_without_its_name_is_kosovo_in_a_kosovo_story(extract_text, text):
    assert any(s[1:3] == ("oppose", "Kosovo") for s in stances(extract_text, text))


@pytest.mark.parametrize("text", [
    "Moldova will never recognise the self-proclaimed republic in Transnistria.",
    "Russia does not recognise the so-called independence, the minister said.",
])
def test_contested_statehood_is_no_kosovo_stance_elsewhere(extract_text, text):
    assert not any(s[2] == "Kosovo" for s in stances(extract_text, text))


def test_a_denied_role_denies_the_act(extract_text):
    """'could not be a platform for recognising X' refuses it (before: support)."""
    found = stances(extract_text, "Talks on Kosovo resumed. Dacic said the UN could not be a "
                                  "platform for recognising the unilateral declaration.")
    assert not any(s[1] == "support" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("Serbia handed a protest note to the ambassador of Croatia over the remarks.",
     "Serbia", "Croatia"),
    ("Zagreb sent Belgrade a note of protest over the incident at the border.", "Croatia", "Serbia"),
    ("Hungary summoned the Ukrainian ambassador and handed him a protest note.", "Hungary", "Ukraine"),
    ("Russia's foreign ministry handed the US ambassador a note of protest.", "Russia",
     "United States"),
    ("Belgrade delivered a protest note to the EU envoy over Pristina's decision to ban the dinar.",
     "Serbia", "Kosovo"),
])
def test_a_protest_note_opposes_the_state_it_is_delivered_to(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


def test_a_plain_letter_is_no_protest(extract_text):
    assert stances(extract_text, "Vucic sent a letter to the ambassador of Croatia.") == []


@pytest.mark.parametrize("text, holder", [
    ("The United States vetoed a resolution calling for a ceasefire in Gaza.", "United States"),
    ("Russia threatened to veto any draft recognising Kosovo's independence.", "Russia"),
    ("China blocked a resolution urging the release of the detained activists.", "China"),
])
def test_a_vetoed_document_s_stance_is_not_the_vetoer_s(extract_text, text, holder):
    assert not any(s[0] == holder and s[1] == "support" for s in stances(extract_text, text))


def test_a_veto_of_a_sponsored_draft_opposes_its_sponsor(extract_text):
    found = stances(extract_text, "China vetoed the draft submitted by the United States.")
    assert ("China", "oppose", "United States", None) in found


@pytest.mark.parametrize("text, holder", [
    ('"Kosovo is Serbia," Dacic told reporters.', "Ivica Dacic"),
    ("Vucic repeated that Kosovo is Serbia.", "Aleksandar Vucic"),
    ("For us, Kosovo is and will remain Serbia, Brnabic said.", "Ana Brnabic"),
])
def test_kosovo_is_serbia_said_by_an_official(extract_text, text, holder):
    """Against Kosovo's statehood, as the golds read it."""
    assert (holder, "oppose", "Kosovo", "kosovo") in stances(extract_text, text)


@pytest.mark.parametrize("text, holder, claimant", [
    ("Kosovo is an integral part of Serbia, Lavrov said.", "Sergey Lavrov", "Serbia"),
    ('"Taiwan is China, and that will remain our position," Vucic said.', "Aleksandar Vucic",
     "China"),
])
def test_a_claim_told_by_a_third_state_supports_the_claimant(extract_text, text, holder,
                                                             claimant):
    assert any(s[:3] == (holder, "support", claimant) for s in stances(extract_text, text))


@pytest.mark.parametrize("text", [
    'Fans chanted "Kosovo is Serbia" during the match.',
    "Kosovo was part of Serbia until 2008.",
    'Protesters carried banners reading "Kosovo is Serbia".',
])
def test_kosovo_is_serbia_without_an_official_or_as_history(extract_text, text):
    assert stances(extract_text, text) == []


def test_kosovo_is_not_serbia(extract_text):
    found = stances(extract_text, '"Kosovo is not Serbia," Kurti said.')
    assert ("Albin Kurti", "oppose", "Serbia", "kosovo") in found


@pytest.mark.parametrize("text, holder", [
    ("The EU called on Belgrade and Pristina to de-escalate.", "European Union"),
    ("NATO urged Serbia and Kosovo to de-escalate immediately.", "NATO"),
    ("Blinken called on both sides to take steps to de-escalate tensions.", "Antony Blinken"),
    ("Scholz called for an immediate de-escalation in the north.", "Olaf Scholz"),
])
def test_de_escalate_split_by_the_tokenizer_is_regional_security(extract_text, text, holder):
    assert (holder, "support", None, "regional-security") in stances(extract_text, text)


@pytest.mark.parametrize("text", [
    "The mayor condemned the gang violence in the city.",
    "Campaigners condemned the violence against women.",
    "The coach condemned the violence after the derby.",
    "The minister condemned domestic violence.",
])
def test_non_political_violence_is_no_security_topic(extract_text, text):
    assert not any(s[3] == "regional-security" for s in stances(extract_text, text))


def test_political_violence_still_is(extract_text):
    found = stances(extract_text, "The EU condemned the violence in northern Kosovo.")
    assert ("European Union", "oppose", None, "regional-security") in found


@pytest.mark.parametrize("text, holder, target", [
    ("Brussels renewed the sanctions on Moscow for six months.", "European Union", "Russia"),
    ("The EU decided to prolong the restrictive measures against Russia.", "European Union",
     "Russia"),
    ("Britain imposed new sanctions on Russian banks.", "United Kingdom", "Russia"),
    ("Canada announced new sanctions against Belarus on Friday.", "Canada", "Belarus"),
])
def test_sanctions_imposed_in_other_words_oppose_their_target(extract_text, text, holder, target):
    assert (holder, "oppose", target, "sanctions") in stances(extract_text, text)


@pytest.mark.parametrize("text, holder", [
    ("Belgrade declined to align with the sanctions imposed on Russia.", "Serbia"),
    ("Serbia has not aligned with the EU restrictive measures against Russia.", "Serbia"),
    ("The EU eased its sanctions on Belarus.", "European Union"),
    ("Washington suspended the sanctions on Venezuela's oil sector.", "United States"),
])
def test_sanctions_refused_or_eased_oppose_the_sanctions(extract_text, text, holder):
    assert (holder, "oppose", None, "sanctions") in stances(extract_text, text)


@pytest.mark.parametrize("text", [
    "Serbia is under pressure to introduce sanctions against Russia.",
    "Serbia has been pressured to impose sanctions on Moscow.",
])
def test_pressure_to_sanction_is_no_stance_of_the_pressed(extract_text, text):
    assert not any(s[0] == "Serbia" for s in stances(extract_text, text))


# -- session 17: general classes behind the eval/styles7 errors ----------------------------

@pytest.mark.parametrize("text, holder, target", [
    ("Belgrade recalled its ambassador from Washington in protest at the US recognition.",
     "Serbia", "United States"),
    ("Serbia withdrew its envoy from Skopje in protest over North Macedonia's decision.",
     "Serbia", "North Macedonia"),
    ("Russia suspended the talks in protest against the NATO deployment.", "Russia", "NATO"),
])
def test_in_protest_at_an_act_opposes_its_author(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


def test_withdrawing_an_envoy_over_a_recognition_keeps_the_recognition(extract_text):
    """'withdrew X in protest over Y's decision to recognise Z': Y still recognises Z."""
    found = stances(extract_text, "Belgrade withdrew its envoy from Skopje in protest over "
                                  "North Macedonia's decision to recognise Kosovo.")
    assert not any(s[:3] == ("North Macedonia", "oppose", "Kosovo") for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("The United States is today taking action against Milorad Dodik.", "United States",
     "Milorad Dodik"),
    ("Washington will take further steps against the Kremlin, Blinken said.", "Antony Blinken",
     "Russia"),
    ("The EU adopted restrictive measures against Belarus.", "European Union", "Belarus"),
])
def test_action_against_someone_opposes_them(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


def test_no_action_is_no_stance(extract_text):
    assert stances(extract_text, "Serbia took no action against Russia.") == []


@pytest.mark.parametrize("text, holder", [
    ("Serbia does not recognise the independence Kosovo declared in 2008.", "Serbia"),
    ("Spain rejects the independence that Kosovo proclaimed in 2008.", "Spain"),
])
def test_an_act_told_in_a_relative_clause_belongs_to_its_subject(extract_text, text, holder):
    assert any(s[:3] == (holder, "oppose", "Kosovo") for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ("Montenegro's president Jakov Milatovic visited Belgrade and said his country would not "
     "reverse its recognition of Kosovo.", "Jakov Milatovic"),
    ("Israel said its recognition of Kosovo would not change.", "Israel"),
])
def test_its_recognition_is_the_clause_subject_s(extract_text, text, holder):
    found = stances(extract_text, text)
    assert (holder, "support", "Kosovo", "kosovo") in found
    assert not any(s[0] == "Serbia" for s in found)


@pytest.mark.parametrize("text", [
    "Lavrov called the declaration a violation of Security Council resolution 1244.",
    "Dacic said the vote was a shameful breach of resolution 1244.",
])
def test_a_violation_of_1244_is_no_endorsement_of_it(extract_text, text):
    body = f"Kosovo declared independence. {text}"
    assert not any(s[1] == "support" for s in stances(extract_text, body))


@pytest.mark.parametrize("text", [
    "Serbia is the only European country aspiring to join the EU that has refused to align "
    "itself with the bloc's sanctions on Russia.",
    "Serbia is the only candidate seeking to enter the EU that has not joined its sanctions "
    "against Moscow.",
])
def test_a_relative_clause_on_the_body_joined_tells_of_the_joiner(extract_text, text):
    found = stances(extract_text, text)
    assert ("Serbia", "oppose", None, "sanctions") in found
    assert not any(s[0] == "European Union" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("The EU has warned Kosovo of unspecified consequences if it fails to de-escalate.",
     "European Union", "Kosovo"),
    ("NATO warned Serbia of serious consequences if it moved troops to the border.", "NATO",
     "Serbia"),
])
def test_warning_of_consequences_opposes_the_warned(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, target", [
    ('"We highly appreciate China\'s balanced position on Ukraine," Putin said.',
     "Vladimir Putin", "China"),
    ("Vucic said Serbia valued Hungary's principled stance on migration.", "Aleksandar Vucic",
     "Hungary"),
])
def test_an_appreciated_position_is_support_of_its_owner(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "support", target) for s in stances(extract_text, text))


def test_an_appreciated_level_of_trust_is_no_stance(extract_text):
    assert stances(extract_text, "We appreciate the level of trust with the leaders of "
                                 "Kazakhstan, Putin said.") == []


def test_a_friend_named_by_a_speaker_of_unknown_side_is_no_stance(extract_text):
    """'X is a friend of Y' said by someone whose state is unknown: whose side speaks?"""
    found = stances(extract_text, "Minister Jane Roe said:\n\n\"The UK is a steadfast friend of "
                                  "Kosovo and a partner of Serbia.\"")
    assert not any(s[0] == "Kosovo" for s in found)


@pytest.mark.parametrize("text, holder", [
    ("Kosovo and Serbia reach an agreement on licence plates after talks in Brussels. Borrell "
     "welcomes the deal.", "Josep Borrell"),
    ("Serbia and Kosovo signed an accord on energy. Washington praised the agreement.",
     "United States"),
])
def test_a_deal_welcomed_after_its_parties_made_it(extract_text, text, holder):
    assert any(s[:2] == (holder, "support") and s[2] in {"Kosovo", "Serbia"}
               for s in stances(extract_text, text))


def test_an_act_condemned_after_it_was_told_keeps_its_topic(extract_text):
    found = stances(extract_text, "Blinken spoke with Vucic about the attack on Kosovo police "
                                  "in Banjska. Blinken condemned the attack.")
    assert ("Antony Blinken", "oppose", None, "regional-security") in found


@pytest.mark.parametrize("text", [
    "The committee will decide what action should be taken against Mr Blunkett.",
    "The government prepared a legal team in case legal action was taken against the UK.",
    "The prompt measures we have taken slowed the epidemic, and we studied other countries in "
    "lifting restrictive measures.",
])
def test_action_asked_about_or_lockdown_measures_are_no_stance(extract_text, text):
    assert stances(extract_text, text) == []


@pytest.mark.parametrize("text, speaker", [
    ("This week Vucic repeated that Serbia would never join NATO.", "Aleksandar Vucic"),
    ("Dacic insisted that Serbia would never join NATO.", "Ivica Dacic"),
])
def test_would_after_repeated_or_insisted_is_a_reported_will(extract_text, text, speaker):
    assert any(s[0] in {speaker, "Serbia"} and s[1:3] == ("oppose", "NATO")
               for s in stances(extract_text, text))


def test_a_vow_to_do_one_s_utmost_stays_no_stance(extract_text):
    """The seeds' reading: a pledge of effort, not a position."""
    assert stances(extract_text, "Vucic vowed he would do his utmost to preserve peace in "
                                 "the region.") == []


def test_a_target_and_a_topic_of_one_sentence_make_one_stance(extract_text):
    found = stances(extract_text, "Putin reaffirmed Russia's principled position in support "
                                  "of a solution acceptable to Belgrade and based on UN "
                                  "Security Council Resolution 1244.")
    assert ("Vladimir Putin", "support", "Serbia", "kosovo") in found
    assert not any(s[0] == "Vladimir Putin" and s[2] is None for s in found)


@pytest.mark.parametrize("text, holder", [
    ("Russia's UN envoy backed Serbia's position on Kosovo.", "Russia"),
    ("At the Security Council, Russia's UN ambassador, Vasily Nebenzya, backed Serbia's call "
     "for a session on Kosovo.", "Vasily Nebenzya"),
])
def test_a_state_s_envoy_to_a_body_speaks_for_the_state(extract_text, text, holder):
    found = stances(extract_text, text)
    assert any(s[0] == holder and s[2] == "Serbia" for s in found)
    assert not any(s[0] == "United Nations" for s in found)


def test_a_said_label_voices_only_its_quotation(extract_text):
    """'X said: "..."' in a release: the next narrative paragraph is no longer X's voice."""
    body = ('President Donald Trump said: "This is a truly historic day."\n\n'
            'Prime Minister Hoti said Kosovo was "grateful to the United States, our strongest '
            'ally."')
    assert ("Avdullah Hoti", "support", "United States", "bilateral-relations") in stances(
        extract_text, body, "Statement from the Press Secretary")


@pytest.mark.parametrize("text, holder", [
    ("Lajcak said the dialogue was the only path to a lasting agreement between Belgrade and "
     "Pristina.", "Miroslav Lajcak"),
    ('"Talks between Belgrade and Pristina are the only way forward," Borrell said.',
     "Josep Borrell"),
    ("The EU envoy presented a proposal on the normalisation of relations. Escobar said the "
     "proposal was the best path forward for Serbia and Kosovo.", "Gabriel Escobar"),
])
def test_the_only_way_is_support_of_its_topic(extract_text, text, holder):
    assert (holder, "support", None, "belgrade-pristina-dialogue") in stances(extract_text, text)


def test_a_relative_only_way_restates_its_antecedent(extract_text):
    found = stances(extract_text, "Borrell said the EU remains fully committed to the "
                                  "Dialogue, which is the only way to normalise relations.")
    assert [s[0] for s in found] == ["European Union"]


@pytest.mark.parametrize("text, holder, target", [
    ('Pezeshkian said Iran wants to deepen its "strategic" ties with Moscow.',
     "Masoud Pezeshkian", "Russia"),
    ("Hungary seeks to expand its close partnership with Serbia, Orban said.", "Viktor Orban",
     "Serbia"),
])
def test_wanting_closer_ties_is_support_of_the_partner(extract_text, text, holder, target):
    assert (holder, "support", target, "bilateral-relations") in stances(extract_text, text)


def test_a_negated_passive_of_an_unclear_he_is_no_stance(extract_text):
    found = stances(extract_text, "Kalabukhov said the mandate of the envoy was illegitimate "
                                  "because he was never endorsed by the UN Security Council.")
    assert not any(s[0] == "UN Security Council" for s in found)


@pytest.mark.parametrize("text, holder", [
    ("The EU will not lift the sanctions on Russia until the war ends.", "European Union"),
    ("Washington said it would never ease its sanctions on Iran.", "United States"),
])
def test_refusing_to_lift_sanctions_supports_them(extract_text, text, holder):
    assert (holder, "support", None, "sanctions") in stances(extract_text, text)


def test_a_delegation_walking_out_in_protest_is_its_state_s(extract_text):
    found = stances(extract_text, "The Serbian delegation walked out of the session in protest "
                                  "against Kosovo's application.")
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in found


@pytest.mark.parametrize("text", [
    "Vucic said that Belgrade would never recognise Kosovo's unilaterally declared "
    "independence and thanked Russia for its support.",
    "Spain will not recognise Kosovo's unilaterally proclaimed independence.",
])
def test_a_possessive_misread_as_a_clause_subject(extract_text, text):
    """"Kosovo's unilaterally declared independence" is parsed as 'Kosovo has declared ...'."""
    found = stances(extract_text, text)
    assert any(s[1:3] == ("oppose", "Kosovo") for s in found)
    assert not any(s[0] == "Kosovo" for s in found)


def test_voting_for_a_body_s_resolutions_backs_no_body(extract_text):
    found = stances(extract_text, "Serbia voted in support of the relevant resolutions of the "
                                  "UN General Assembly on Ukraine's territorial integrity.")
    assert not any(s[2] in {"United Nations", "UN General Assembly"} for s in found)


@pytest.mark.parametrize("text", [
    "The need for unconditional compliance with the principles of sovereignty and territorial "
    "integrity of Syria was reaffirmed.",
    "The importance of respect for the territorial integrity of Syria was stressed.",
])
def test_compliance_with_integrity_in_an_agentless_readout(extract_text, text):
    body = f"Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. {text}"
    found = stances(extract_text, body, "Telephone conversation with Recep Tayyip Erdogan")
    holders = {s[0] for s in found if s[1:] == ("support", "Syria", "territorial-integrity")}
    assert holders >= {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_respect_for_sovereignty_called_for(extract_text):
    found = stances(extract_text, "Russia called for respect for the sovereignty of Ukraine.")
    assert ("Russia", "support", "Ukraine", "territorial-integrity") in found


@pytest.mark.parametrize("text", [
    "Vucic said he would prefer Serbia, with all our respect and love for Syria, to stay a "
    "peaceful country.",
    "Azerbaijan has deep respect for the culture of the people of Russia, Aliyev said.",
    "Russia builds cooperation on the principles of respect for the sovereignty of all "
    "countries, Putin said.",
])
def test_respect_that_is_no_named_state_s_integrity_is_no_stance(extract_text, text):
    assert stances(extract_text, text) == []


@pytest.mark.parametrize("text", [
    "Belgrade, which formally seeks to join the European Union, has condemned the attack.",
    "Montenegro is the frontrunner among the Balkan countries seeking to join the EU.",
])
def test_a_bid_told_as_background_is_no_stance(extract_text, text):
    assert not any(s[2] == "European Union" for s in stances(extract_text, text))


def test_a_bid_stated_is_a_stance(extract_text):
    assert ("Serbia", "support", "European Union", "eu-integration") in stances(
        extract_text, "Serbia wants to join the European Union.")


@pytest.mark.parametrize("text", [
    "I would also like to thank Hungary for its balanced approach on energy, Putin said.",
    "Dacic thanked Moscow for its principled position on Kosovo at the United Nations.",
])
def test_a_thanked_position_is_told_by_the_thanks_alone(extract_text, text):
    """No topic-only stance of the thanked besides what the thanks tell."""
    found = stances(extract_text, text)
    assert not any(s[0] in {"Hungary", "Russia"} and s[2] is None for s in found)


# --- session 18 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, leader", [
    ("Putin confirmed Russia's principled position on the Kosovo settlement.", "Vladimir Putin"),
    ("Merkel reaffirmed Germany's firm position on the Kosovo settlement.", "Angela Merkel"),
    ("Lavrov reiterated Russia's consistent stance on the Kosovo settlement, based on "
     "resolution 1244.", "Sergey Lavrov"),
])
def test_a_state_s_position_voiced_by_its_leader_is_the_leader_s(extract_text, text, leader):
    found = stances(extract_text, text)
    assert {s[0] for s in found} == {leader}


def test_one_position_told_twice_in_an_article_is_carried_by_the_official(extract_text):
    body = ("Serbia will not impose sanctions on Russia. Foreign Minister Ivica Dacic said: "
            '"Serbia has not imposed sanctions on Russia and it will not do so."')
    found = stances(extract_text, body, "Serbia will not impose sanctions on Russia")
    assert [s for s in found if s[3] == "sanctions"] == [("Ivica Dacic", "oppose", None, "sanctions")]


@pytest.mark.parametrize("text, state", [
    ("Journalist: President Erdogan, Turkey recognised Kosovo. Why?", "Turkey"),
    ("Minister Lavrov, Russia has opposed the sanctions.", "Russia"),
    ("Reporter: Chancellor Scholz, Germany backs Kosovo's sovereignty.", "Germany"),
])
def test_a_person_addressed_before_the_comma_holds_nothing(extract_text, text, state):
    found = stances(extract_text, text)
    assert found and all(s[0] == state for s in found)


@pytest.mark.parametrize("text, holder", [
    ("Poland praised Norway's role as a NATO ally, including its support for Ukraine.", "Norway"),
    ("The talks covered Greece's part as an EU member, including its backing for Cyprus.", "Greece"),
])
def test_its_is_no_name_that_only_qualifies_a_noun(extract_text, text, holder):
    found = stances(extract_text, text)
    assert any(s[0] == holder and s[1] == "support" for s in found)
    assert not any(s[0] in {"NATO", "European Union"} for s in found)


@pytest.mark.parametrize("text, holders", [
    ("Serbia backs Ukraine's integrity, Vucic repeated, but it will not impose sanctions on "
     "Russia.", {"Aleksandar Vucic", "Serbia"}),
    ("Hungary supports the peace plan, Orban insisted, though it will not join sanctions against "
     "Moscow.", {"Viktor Orban", "Hungary"}),
])
def test_it_after_a_reported_clause_is_the_reported_state(extract_text, text, holders):
    found = [s for s in stances(extract_text, text) if s[1] == "oppose"]
    assert found and all(s[0] in holders and s[3] == "sanctions" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("Serbia voted for the UN resolution condemning Russia's invasion of Ukraine.", "Serbia", "Russia"),
    ("Greece voted in favour of a resolution that condemned the annexation of Crimea by Russia.",
     "Greece", "Russia"),
    ("Belgrade voted for the resolutions condemning the invasion.", "Serbia", None),
])
def test_a_vote_for_a_condemnation_condemns(extract_text, text, holder, target):
    found = stances(extract_text, text)
    assert any(s[0] == holder and s[1] == "oppose" and s[2] == target for s in found)
    assert not any(s[1] == "support" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("Hungary expressed its solidarity with Serbia after the floods.", "Hungary", "Serbia"),
    ("The minister reaffirmed Greece's solidarity with Cyprus.", "Greece", "Cyprus"),
    ("Kosovo's solidarity with Ukraine shows that sovereignty matters everywhere.", "Kosovo",
     "Ukraine"),
])
def test_solidarity_with_names_the_one_supported(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "support", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, target", [
    ("Germany called on Moscow to respect the sovereignty of Georgia.", "Germany", "Georgia"),
    ("The EU urged Belgrade to respect the territorial integrity of Bosnia and Herzegovina.",
     "European Union", "Bosnia and Herzegovina"),
    ("Washington pressed Russia to respect Ukraine's sovereignty and territorial integrity.",
     "United States", "Ukraine"),
    ("Blinken called on Serbia to respect Kosovo's sovereignty.", "Antony Blinken", "Kosovo"),
])
def test_asking_another_to_respect_a_state_s_integrity_backs_that_state(extract_text, text,
                                                                        holder, target):
    assert (holder, "support", target, "territorial-integrity") in stances(extract_text, text)


@pytest.mark.parametrize("text, holder, target", [
    ("Kurti rejected calls from Washington and Brussels to withdraw the special police.",
     "Albin Kurti", "United States"),
    ("Belgrade has rebuffed demands by the EU to align its foreign policy with the bloc.",
     "Serbia", "European Union"),
    ("Hungary rejected a proposal from the European Commission on migrant quotas.", "Hungary",
     "European Commission"),
])
def test_rejecting_a_request_opposes_who_made_it(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ('Vucic said: "We did not introduce sanctions against Russia."', "Aleksandar Vucic"),
    ("Serbia did not join the Western sanctions against Moscow.", "Serbia"),
    ("Belgrade never aligned with EU sanctions on Russia.", "Serbia"),
    ("Hungary has repeatedly delayed EU sanctions packages against Moscow.", "Hungary"),
    ("Slovakia stalled the new sanctions package for weeks.", "Slovakia"),
    ("Orban vetoed the sanctions regime against Russian oligarchs.", "Viktor Orban"),
    ('Putin said: "We stand against the use of unilateral sanctions."', "Vladimir Putin"),
])
def test_sanctions_kept_out_delayed_or_stood_against(extract_text, text, holder):
    assert (holder, "oppose", None, "sanctions") in stances(extract_text, text)


@pytest.mark.parametrize("text", [
    "Japan, which has never imposed sanctions on us, is a partner, Lavrov said.",
    "The minister said the floods delayed the harvest.",
])
def test_a_fact_of_others_or_a_delay_of_anything_else_is_no_sanctions_stance(extract_text, text):
    assert not any(s[3] == "sanctions" for s in stances(extract_text, text))


@pytest.mark.parametrize("headline, body, target", [
    ("Russian forces attack", "The Russian invasion of Ukraine enters its second day. Later, "
     "Montenegro condemned the invasion.", "Russia"),
    ("World news", "The West is trying to isolate Russia over its invasion of Ukraine. Serbia "
     "has condemned the invasion in UN votes.", "Russia"),
    ("Kosovo declaration of independence", "Crowds gathered in the capital. Lavrov considers "
     "the declaration a breach of international law.", "Kosovo"),
])
def test_an_act_told_earlier_keeps_its_author(extract_text, headline, body, target):
    assert any(s[1] == "oppose" and s[2] == target for s in stances(extract_text, body, headline))


@pytest.mark.parametrize("text, holder, target, polarity", [
    ("Russia's foreign ministry says it does not recognize Christian Schmidt as High "
     "Representative.", "Russia", "Christian Schmidt", "oppose"),
    ("Moscow refuses to recognise Schmidt as the international envoy.", "Russia",
     "Christian Schmidt", "oppose"),
    ("Serbia does not recognise Kurti as a legitimate partner.", "Serbia", "Albin Kurti", "oppose"),
    ("The United States recognised Juan Guaido as interim president of Venezuela.",
     "United States", "Juan Guaido", "support"),
])
def test_recognising_a_person_in_a_role(extract_text, text, holder, target, polarity):
    assert (holder, polarity, target, None) in stances(extract_text, text)


@pytest.mark.parametrize("text, holder, topic", [
    ('Vucic met the Russian ambassador, whom he told that Serbia "will remain a partner of '
     'Russia" and would not join any sanctions against it.', "Aleksandar Vucic", "sanctions"),
    ("Vucic said that he respected Montenegro's sovereignty but that Serbia would never accept "
     "the independence of Kosovo.", "Aleksandar Vucic", "kosovo"),
    ("Dacic told reporters Serbia would never recognise Kosovo and would not impose sanctions "
     "on Russia.", "Ivica Dacic", "sanctions"),
])
def test_a_would_coordinated_with_a_reported_clause_is_a_reported_will(extract_text, text,
                                                                       holder, topic):
    assert any(s[0] == holder and s[1] == "oppose" and s[3] == topic
               for s in stances(extract_text, text))


def test_a_would_under_a_condition_stays_hypothetical(extract_text):
    found = stances(extract_text, "Orban said that Hungary supported Serbia but would block the "
                                  "sanctions if Brussels insisted.")
    assert not any(s[1] == "oppose" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("The European Parliament adopted a resolution declaring Russia a state sponsor of "
     "terrorism.", "European Parliament", "Russia"),
    ("Lithuania declared Russia a state sponsor of terrorism.", "Lithuania", "Russia"),
    ("The European Parliament declared Russia a state that supports terrorism.",
     "European Parliament", "Russia"),
])
def test_declaring_a_state_a_sponsor_of_terrorism_opposes_it(extract_text, text, holder, target):
    assert (holder, "oppose", target, None) in stances(extract_text, text)


@pytest.mark.parametrize("text", [
    "The assembly declared the summit a success.",
    "Kosovo declared independence from Serbia in 2008.",
])
def test_declaring_something_else_is_no_blame(extract_text, text):
    assert not any(s[1] == "oppose" for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, target", [
    ('Rubio calls Dodik\'s actions "dangerous and destabilizing".', "Marco Rubio", "Milorad Dodik"),
    ('Vucic called Kurti\'s move "reckless and dangerous".', "Aleksandar Vucic", "Albin Kurti"),
    ("Lavrov called the Kosovo government's decision outrageous.", "Sergey Lavrov", "Kosovo"),
])
def test_calling_an_act_dangerous_or_outrageous_opposes_its_author(extract_text, text, holder,
                                                                   target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, target", [
    ('Washington was "disappointed" that Kosovo had not consulted its partners.',
     "United States", "Kosovo"),
    ("Germany is concerned that Serbia has not aligned its foreign policy.", "Germany", "Serbia"),
    ("Brussels was deeply disappointed that Belgrade had signed the plan with Moscow.",
     "European Union", "Serbia"),
])
def test_disappointed_that_another_acted_opposes_it(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


def test_concern_that_names_no_actor_is_no_stance(extract_text):
    assert stances(extract_text, "Germany is concerned that the weather could delay the harvest.") == []


@pytest.mark.parametrize("text, holder, target", [
    ("Kosovo will fully align with the sanctions imposed by the EU and the United States on "
     "Russia, Osmani said.", "Vjosa Osmani", "Russia"),
    ("Montenegro joined the sanctions adopted by the EU against Belarus.", "Montenegro", "Belarus"),
])
def test_the_sanctioned_state_named_by_the_sanctions_own_participle(extract_text, text, holder,
                                                                    target):
    assert (holder, "oppose", target, "sanctions") in stances(extract_text, text)


@pytest.mark.parametrize("text, holder, target", [
    ("Blinken congratulated the Prime Minister on his new government and reaffirmed U.S. support "
     "for North Macedonia's path toward membership in the EU.", "Antony Blinken", "North Macedonia"),
    ("Escobar will travel to Pristina to reaffirm U.S. support for a sovereign Kosovo.",
     "Gabriel Escobar", "Kosovo"),
    ("Lavrov met Vucic and reiterated Moscow's support for Serbia's territorial integrity.",
     "Sergey Lavrov", "Serbia"),
])
def test_support_voiced_in_a_coordinated_or_purpose_clause(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "support", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("headline, body, holder, target", [
    ("Kosovo independence", "France recognised Kosovo a day after its parliament declared "
     "independence from Serbia. Lavrov says the declaration violates resolution 1244.",
     "Sergey Lavrov", "Kosovo"),
    ("Crimea vote", "Russia annexed Crimea in March. Merkel said the annexation violates "
     "international law.", "Angela Merkel", "Russia"),
    ("Visit", "Serbia signed a plan for consultations with Moscow while the West tries to "
     "isolate Russia over its invasion of Ukraine. Serbia has condemned the invasion.", "Serbia",
     "Russia"),
])
def test_an_act_violating_the_law_or_condemned_is_its_earlier_author_s(extract_text, headline,
                                                                       body, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, body, headline))


def test_standing_up_against_is_a_comparison_not_a_stance(extract_text):
    assert stances(extract_text, '"Our funds stand up well against other investments," said '
                                 "Tony Blair.") == []


@pytest.mark.parametrize("text, holder", [
    ('Belgrade (AFP) - Chinese leader Xi Jinping hailed his country\'s "ironclad friendship" with '
     "Serbia on Wednesday.", "Xi Jinping"),
    ("Moscow (Reuters) – Hungary's Orban said his country backs the dialogue between Belgrade and "
     "Pristina.", "Viktor Orban"),
])
def test_a_dateline_place_holds_nothing(extract_text, text, holder):
    found = stances(extract_text, text)
    assert found and all(s[0] == holder for s in found)


def test_a_salutation_is_no_stance(extract_text):
    found = stances(extract_text, "President Vucic: Dear President Erdogan, dear friend, ladies "
                                  "and gentlemen, thank you for coming.")
    assert not any(s[2] == "Recep Tayyip Erdogan" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("Stoltenberg calls on Pristina to de-escalate.", "Jens Stoltenberg", "Kosovo"),
    ("The EU urged Belgrade to refrain from provocations in the north.", "European Union", "Serbia"),
    ("Washington called on Russia to stop the attacks on Ukrainian cities.", "United States",
     "Russia"),
    ("Blinken urged Kurti to withdraw the special police from the north.", "Antony Blinken",
     "Albin Kurti"),
])
def test_asking_another_to_stop_opposes_it(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text", [
    "The minister Ivica Dacic called on Serbia to return to the dialogue.",
    "Germany did not call on Kosovo to stop the operation.",
])
def test_asking_to_return_or_a_denied_call_opposes_no_one(extract_text, text):
    assert not any(s[1] == "oppose" for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, target", [
    ('"China and Russia are each other\'s largest neighbours and comprehensive strategic '
     'partners," Xi said.', "Xi Jinping", "Russia"),
    ('"Serbia and Hungary are good neighbours and close friends," Orban said.', "Viktor Orban",
     "Serbia"),
])
def test_partners_coordinated_with_another_predicate(extract_text, text, holder, target):
    assert (holder, "support", target, "bilateral-relations") in stances(extract_text, text)


@pytest.mark.parametrize("text, holder, target", [
    ('Kremlin spokesman Dmitry Peskov said Moscow "values Belgrade\'s balanced and independent '
     'position".', "Dmitry Peskov", "Serbia"),
    ("Peskov said Russia values Serbia's balanced position.", "Dmitry Peskov", "Serbia"),
])
def test_a_spokesman_voices_his_state_s_appreciation(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "support", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, topic", [
    ("Matthew Miller said Washington backs the EU-facilitated dialogue between Belgrade and "
     "Pristina.", "United States", "belgrade-pristina-dialogue"),
    ("Hungary welcomed the US-brokered deal on the normalisation of relations between Serbia and "
     "Kosovo.", "Hungary", None),
])
def test_the_agent_of_a_participle_modifier_is_not_the_one_backed(extract_text, text, holder,
                                                                  topic):
    found = stances(extract_text, text)
    assert found and not any(s[2] in {"European Union", "United States"} for s in found)
    assert topic is None or any(s[0] == holder and s[3] == topic for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ("Britain froze the assets of five Russian oligarchs.", "United Kingdom", "Russia"),
    ("Canada added ten Russian officials to its sanctions list.", "Canada", "Russia"),
    ("The EU agreed a twelfth package of sanctions on Moscow.", "European Union", "Russia"),
    ("The EU has imposed measures on Kosovo since June.", "European Union", "Kosovo"),
    ("Washington put Milorad Dodik on its sanctions list.", "United States", "Milorad Dodik"),
])
def test_sanctions_in_other_words(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ("Hungary says sanctions against Russia do not work.", "Hungary"),
    ('"These sanctions simply do not work," Orban said.', "Viktor Orban"),
    ("Hungary threatened to veto the new sanctions package against Russia.", "Hungary"),
])
def test_sanctions_dismissed_or_vetoed_oppose_the_sanctions_not_their_target(extract_text, text,
                                                                             holder):
    assert stances(extract_text, text) == [(holder, "oppose", None, "sanctions")]


@pytest.mark.parametrize("text", [
    "The plan did not work, the minister Ivica Dacic said.",
    "Serbia added two new stadiums to its list of venues.",
    "Police froze the road near the border.",
])
def test_other_failures_lists_and_freezes_are_no_sanctions(extract_text, text):
    assert not any(s[3] == "sanctions" for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, target", [
    ("Serbia summoned the Croatian ambassador to protest against the arrest of a citizen.",
     "Serbia", "Croatia"),
    ("Serbia recalled its ambassador from Montenegro in protest at the expulsion of its envoy.",
     "Serbia", "Montenegro"),
    ("Montenegro expelled six Russian diplomats over spying allegations.", "Montenegro", "Russia"),
    ("Moscow summoned the US ambassador over the new sanctions.", "Russia", "United States"),
])
def test_summoning_expelling_or_recalling_envoys_is_a_protest(extract_text, text, holder, target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text", [
    "Vucic recalled his ambassador to Moscow for consultations.",
    "The minister Ivica Dacic received the Croatian ambassador.",
    "The foreign ministry of Serbia did not summon the Hungarian ambassador.",
])
def test_receiving_consulting_or_not_summoning_envoys_is_no_protest(extract_text, text):
    assert not any(s[1] == "oppose" for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder, polarity, target", [
    ("Serbia will not seek NATO membership, Vucic said.", "Aleksandar Vucic", "oppose", "NATO"),
    ("Moldova does not seek membership in NATO, its president said.", "Moldova", "oppose", "NATO"),
    ("Ukraine seeks NATO membership as soon as possible, Zelensky said.", "Volodymyr Zelensky",
     "support", "NATO"),
    ("Vucic said Serbia would continue on its path to the European Union.", "Aleksandar Vucic",
     "support", "European Union"),
])
def test_membership_sought_or_refused_and_a_course_kept(extract_text, text, holder, polarity,
                                                        target):
    assert any(s[:3] == (holder, polarity, target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text", [
    "Montenegro, which seeks membership of the EU, hosted the summit.",
    "The car continued on its path to the coast.",
])
def test_background_bids_and_other_paths_are_no_stance(extract_text, text):
    assert stances(extract_text, text) == []


def test_a_state_s_position_in_a_quotation_attributed_where_it_closes(extract_text):
    body = ('"Serbia is on the way to the European Union, but it will not turn its back on its '
            'friends. Serbia will not introduce sanctions," Vucic told reporters.')
    found = stances(extract_text, body, "Vucic met Putin")
    assert ("Aleksandar Vucic", "support", "European Union", "eu-integration") in found
    assert not any(s[0] == "Serbia" for s in found)


@pytest.mark.parametrize("text, holder, target", [
    ('"Serbia continues to threaten our territorial integrity," Osmani said.', "Vjosa Osmani",
     "Serbia"),
    ("Kurti said Belgrade's actions endanger the sovereignty of Kosovo.", "Albin Kurti", "Serbia"),
])
def test_threatening_a_state_s_integrity_is_opposed_by_the_speaker(extract_text, text, holder,
                                                                  target):
    assert any(s[:3] == (holder, "oppose", target) for s in stances(extract_text, text))


@pytest.mark.parametrize("text", [
    "Blinken expressed deep concern over the Government of Kosovo's decision to install mayors.",
    "Blinken criticised the decision of the government of Kosovo to install mayors.",
])
def test_the_government_of_a_state_is_that_state(extract_text, text):
    assert any(s[:3] == ("Antony Blinken", "oppose", "Kosovo") for s in stances(extract_text, text))


def test_a_threat_to_act_is_no_threat_to_integrity(extract_text):
    assert stances(extract_text, "Putin threatened to cut gas supplies, Scholz said.") == []


@pytest.mark.parametrize("text, holders, topic", [
    ("Our Serbian partners confirmed that they would not join any anti-Russian sanctions.",
     {"Serbia"}, "sanctions"),
    ("The Serbian side said they would never recognise Kosovo.", {"Serbia"}, "kosovo"),
    ("Russia and China said they would oppose any sanctions.", {"Russia", "China"}, "sanctions"),
])
def test_they_reported_is_the_states_the_reporter_names(extract_text, text, holders, topic):
    found = stances(extract_text, text)
    assert {s[0] for s in found if s[1] == "oppose" and s[3] == topic} == holders


def test_they_without_a_state_is_no_one(extract_text):
    assert stances(extract_text, "The ministers said they would oppose any sanctions.") == []


@pytest.mark.parametrize("text, holder", [
    ("The US side promptly froze the accounts of North Korean banks.", "United States"),
    ("The EU imposed sanctions on North Korean banks.", "European Union"),
])
def test_a_two_word_demonym_is_read_whole(extract_text, text, holder):
    assert (holder, "oppose", "North Korea", "sanctions") in stances(extract_text, text)


@pytest.mark.parametrize("text, holder, topic", [
    ("Blinken underscored that the only path to normalization of relations between Kosovo and "
     "Serbia is through the EU-facilitated Dialogue.", "Antony Blinken", "belgrade-pristina-dialogue"),
    ("The only way forward is dialogue between Belgrade and Pristina, Borrell said.",
     "Josep Borrell", "belgrade-pristina-dialogue"),
    ('"The best way to solve the Kosovo issue is through talks," Lavrov said.', "Sergey Lavrov",
     "kosovo"),
    ("Blinken reiterated U.S. support for Kosovo and underscored that the only path to "
     "normalization of relations between Kosovo and Serbia is through the Dialogue.",
     "Antony Blinken", "belgrade-pristina-dialogue"),
])
def test_the_only_way_named_first_is_through_its_means(extract_text, text, holder, topic):
    assert (holder, "support", None, topic) in stances(extract_text, text)


def test_the_only_road_to_a_place_is_no_stance(extract_text):
    assert stances(extract_text, "The only road to the stadium is through the old town, the "
                                 "mayor Ivica Dacic said.") == []
