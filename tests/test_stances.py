"""Stance forms on sentences written for these tests (no corpus text): each form that must
be a stance, and near-misses (requests, greetings, hypotheses, questions) that must not."""

from __future__ import annotations

import pytest

from ingest.stance_cues import StanceCues, cues


def stances_of(extraction):
    return [(s.holder.name, s.polarity.value, s.target.name if s.target else None, s.topic)
            for s in extraction.stances]


def found(extract_text, body: str, published: str = "2021-04-04"):
    return stances_of(extract_text("Headline\n\n" + body, published))


def test_cue_lexicon_is_validated():
    assert "support" in cues().support_verbs
    with pytest.raises(ValueError):
        StanceCues.model_validate({**cues().model_dump(), "support_verbs": ["", "back"]})


def test_recognition_and_its_withdrawal(extract_text):
    assert ("Spain", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Spain has refused to recognise Kosovo.")
    assert ("Montenegro", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Montenegro withdrew its recognition of Kosovo last year.")
    assert ("Japan", "support", "Kosovo", "kosovo") in found(
        extract_text, "Japan recognised Kosovo in March.")


def test_sovereignty_and_territorial_integrity(extract_text):
    assert ("Hungary", "support", "Serbia", "territorial-integrity") in found(
        extract_text, "Hungary will work to guarantee the territorial integrity of Serbia.")


def test_resolution_1244_and_eu_membership(extract_text):
    x = found(extract_text, "Sergey Lavrov said the status of Kosovo must be settled in line "
                            "with Resolution 1244.")
    assert ("Sergey Lavrov", "support", None, "kosovo") in x
    x = found(extract_text, "Montenegro applied for EU membership in 2008.")
    assert ("Montenegro", "support", "European Union", "eu-integration") in x


def test_objections_protests_and_condemnation(extract_text):
    x = found(extract_text, "Serbia lodged a protest against Kosovo over the arrests. Albania "
                            "condemned the attack on Kosovo police.")
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in x
    assert any(s[:2] == ("Albania", "oppose") for s in x)


def test_boycotts_and_sanctions(extract_text):
    x = found(extract_text, "Srpska Lista boycotted the session of the Kosovo assembly.")
    assert any(s[:2] == ("Srpska Lista", "oppose") for s in x)
    x = found(extract_text, "The European Union imposed sanctions on Belarus.")
    assert ("European Union", "oppose", "Belarus", "sanctions") in x
    x = found(extract_text, "Serbia has refused to impose sanctions on Russia.")
    assert x == [("Serbia", "oppose", None, "sanctions")]  # against the sanctions, not for Russia
    x = found(extract_text, "Hungary opposes new sanctions against Russia.")
    assert x == [("Hungary", "oppose", None, "sanctions")]
    x = found(extract_text, "Slovakia wants the lifting of all sanctions.")
    assert x == [] or all(s[1] == "oppose" and s[3] == "sanctions" for s in x)


def test_friendship_partnership_and_alliance_in_a_transcript(extract_text):
    text = ("Talks\n\nPresident of Russia Vladimir Putin: Dear Prime Minister, friends,\n\n"
            "For us, Hungary is a reliable partner. We value our relations with Hungary. "
            "Russia and Hungary have a strategic partnership.")
    x = stances_of(extract_text(text, "2019-10-30"))
    assert ("Vladimir Putin", "support", "Hungary", "bilateral-relations") in x
    assert all(s[0] == "Vladimir Putin" for s in x)


def test_the_speaker_is_i_and_we_and_you_is_the_other_speaker(extract_text):
    text = ("Meeting\n\nPresident of Russia Vladimir Putin: Good evening, Mr Vucic.\n\n"
            "President of Serbia Aleksandar Vucic: Thank you very much. We support the "
            "territorial integrity of Moldova. Your principled position on Kosovo has always "
            "helped us.")
    x = stances_of(extract_text(text, "2019-10-30"))
    assert ("Aleksandar Vucic", "support", "Moldova", "territorial-integrity") in x
    assert ("Aleksandar Vucic", "support", "Vladimir Putin", "kosovo") in x


def test_a_state_position_voiced_by_its_spokesperson_or_quoted(extract_text):
    x = found(extract_text, "Russia backs Serbia on Kosovo, Maria Zakharova said.")
    assert x == [("Maria Zakharova", "support", "Serbia", "kosovo")]
    x = found(extract_text, "Albin Kurti wrote on Monday: “Serbia violates the agreement on "
                            "freedom of movement.”")
    assert ("Albin Kurti", "oppose", "Serbia", None) in x


def test_the_leaders_of_a_call_hold_its_joint_position(extract_text):
    text = ("Call\n\nVladimir Putin and Xi Jinping held a telephone call. The leaders underlined "
            "the need to preserve Serbia's unity and territorial integrity.")
    x = stances_of(extract_text(text, "2019-10-30"))
    assert ("Vladimir Putin", "support", "Serbia", "territorial-integrity") in x
    assert ("Xi Jinping", "support", "Serbia", "territorial-integrity") in x


def test_thanks_and_help(extract_text):
    x = found(extract_text, "Milo Djukanovic thanked Ursula von der Leyen for the help of the "
                            "Union in easing tensions.")
    assert ("Milo Djukanovic", "support", "Ursula von der Leyen", "regional-security") in x
    x = found(extract_text, "China sent doctors to help Serbia during the coronavirus "
                            "pandemic.")
    assert ("China", "support", "Serbia", "covid-aid") in x


@pytest.mark.parametrize("sentence", [
    "Milo Djukanovic will ask for Hungary's support on EU membership.",   # a request
    "Albin Kurti asked Germany to back the bid for membership.",          # a request
    "We are glad to welcome Mr Edi Rama and his team in Sochi.",          # a greeting
    "If Greece recognised Kosovo, Serbia would protest.",                 # a hypothesis
    "Will Greece recognise Kosovo?",                                       # a question
    "Serbia and Hungary discussed their friendly relations.",             # a topic of talks
    "Serbia remains Hungary's closest ally in the region.",               # a reporter's words
    "Edi Rama said he would support the plan if it were fair.",           # a hypothesis
])
def test_near_misses_are_not_stances(extract_text, sentence):
    assert found(extract_text, sentence) == [], sentence


def test_thanks_and_agreement_in_conversation_are_courtesy(extract_text):
    text = ("Direct line\n\nPresident of Russia Vladimir Putin: You are right, I agree with you "
            "completely, and thanks for asking. I also want to wish you luck.")
    assert stances_of(extract_text(text, "2013-04-25")) == []


def test_a_state_position_in_its_leaders_speech_is_the_leaders(extract_text):
    text = ("Statements\n\nPresident of Russia Vladimir Putin: Colleagues,\n\nRussia supports "
            "Serbia on Kosovo. We raised objections to the sanctions against Belarus.")
    x = stances_of(extract_text(text, "2019-10-30"))
    assert ("Vladimir Putin", "support", "Serbia", "kosovo") in x
    assert ("Vladimir Putin", "oppose", None, "sanctions") in x


def test_a_quoted_letter_speaks_for_its_author(extract_text):
    text = ("Vladimir Putin sent a message to Aleksandar Vucic\n\nThe message reads:\n\n"
            "“Dear Mr President,\n\nI am convinced that the friendly relations between Serbia "
            "and Russia will keep growing stronger.”")
    x = stances_of(extract_text(text, "2019-10-30"))
    assert ("Vladimir Putin", "support", "Serbia", "bilateral-relations") in x


def test_a_reaffirmed_commitment_is_a_stance_on_its_topic(extract_text):
    text = ("Call\n\nVladimir Putin and Xi Jinping held a telephone call. The sides confirmed "
            "their willingness to continue peacekeeping in Kosovo.")
    x = stances_of(extract_text(text, "2019-10-30"))
    assert ("Vladimir Putin", "support", None, "kosovo") in x
    assert ("Xi Jinping", "support", None, "kosovo") in x


def test_author_of_what_is_supported_or_condemned(extract_text):
    assert ("Alexander Lukashenko", "support", "Kassym-Jomart Tokayev", None) in found(
        extract_text, "Alexander Lukashenko supported a proposal by Kassym-Jomart Tokayev to "
                      "form a joint panel on the water dispute.")
    assert ("Emmanuel Macron", "support", "Olaf Scholz", "energy") in found(
        extract_text, "Emmanuel Macron backed the plan put forward by Chancellor Olaf Scholz "
                      "on energy security.")


def test_shared_and_coinciding_positions(extract_text):
    shared = found(extract_text, "Vladimir Putin met Xi Jinping in Beijing. Both presidents "
                                 "noted that they shared approaches on the crisis in Yemen.")
    assert ("Vladimir Putin", "support", "Xi Jinping", None) in shared
    assert ("Xi Jinping", "support", "Vladimir Putin", None) in shared
    close = found(extract_text, "Russia and China have close positions on Arctic "
                                "shipping.")
    assert ("Russia", "support", "China", None) in close
    assert ("Emomali Rahmon", "support", "Russia", None) in found(
        extract_text, "Emomali Rahmon said that his country's position on border security "
                      "coincided entirely with that of Russia.")


def test_concern_over_what_another_did(extract_text):
    assert ("Sergei Lavrov", "oppose", "United States", "sanctions") in found(  # as written
        extract_text, "Sergei Lavrov expressed concern over the sanctions imposed by the "
                      "United States.")
    assert ("Vladimir Putin", "oppose", None, "sanctions") in found(
        extract_text, "Vladimir Putin voiced concern over the new sanctions.")
    assert found(extract_text, "Vladimir Putin voiced concern about the situation in northern "
                               "Kosovo.") == []


def test_two_leaders_agreeing_on_close_cooperation(extract_text):
    agreed = found(extract_text, "At their meeting in Tashkent, Mr Putin and Mr Karimov agreed to "
                                 "develop close cooperation.")
    assert ("Vladimir Putin", "support", "Islam Karimov", "bilateral-relations") in agreed
    assert ("Islam Karimov", "support", "Vladimir Putin", "bilateral-relations") in agreed
    assert found(extract_text, "Vladimir Putin and Donald Trump spoke by phone on Friday. "
                               "They agreed to maintain contact.") == []  # no stance: gold rule


def test_no_stance_under_a_denied_opinion_or_from_a_statistic(extract_text):
    assert found(extract_text, "Vladimir Putin noted that he did not consider it right to "
                               "blame Washington for the outage.") == []
    assert ("Vladimir Putin", "oppose", "United States", None) in found(
        extract_text, "Vladimir Putin said he considered it right to blame Washington.")
    assert found(extract_text, "Alexander Lukashenko said: Russia remains the biggest trading "
                               "partner of Belarus.") == []


def test_the_setting_of_a_relation_is_no_party(extract_text):
    assert ("Vladimir Putin", "support", "Mongolia", "bilateral-relations") in found(
        extract_text, "Vladimir Putin said: We want to expand our ties with Mongolia in regional "
                      "organisations like the Eurasian Economic Union.")
    assert all(target != "Eurasian Economic Union" for _, _, target, _ in found(
        extract_text, "Vladimir Putin said: We will develop our close ties in regional "
                      "organisations like the Eurasian Economic Union."))


def test_candidacy_sovereignty_and_condolences(extract_text):
    assert ("Russia", "support", "India", None) in found(
        extract_text, "Russia regarded India as a strong candidate for a permanent seat on "
                      "the UN Security Council.")
    assert ("Russia", "support", "Kazakhstan", None) in found(
        extract_text, "Russia backs Kazakhstan's candidacy for a seat on the UN Security Council.")
    assert ("Vladimir Putin", "support", "Syria", "territorial-integrity") in found(
        extract_text, "Vladimir Putin stated: It is essential to respect the territorial "
                      "integrity of Syria.")
    assert ("Vladimir Putin", "support", "Recep Tayyip Erdogan", None) in found(
        extract_text, "Vladimir Putin sent condolences to Recep Tayyip Erdogan after the "
                      "earthquake in Izmir.")
    assert found(extract_text, "The observers will observe the elections in Ukraine.") == []


def test_evaluations_of_an_actor_and_of_relations(extract_text):
    assert ("Sergey Lavrov", "support", "Hungary", None) in found(
        extract_text, "Sergey Lavrov said that Hungary was doing the right thing.")
    assert ("Aleksandar Vucic", "support", "Russia", "bilateral-relations") in found(
        extract_text, 'Aleksandar Vucic said: "Serbia and Russia are brotherly nations."')
    assert ("Vladimir Putin", "support", "Greece", "bilateral-relations") in found(
        extract_text, "Vladimir Putin said he was pleased with the progress in relations "
                      "with Greece.")
    x = found(extract_text, "Vladimir Putin had talks with Recep Tayyip Erdogan. The two "
                            "presidents expressed satisfaction with the growth of cooperation.")
    assert ("Vladimir Putin", "support", "Recep Tayyip Erdogan", "bilateral-relations") in x
    assert ("Recep Tayyip Erdogan", "support", "Vladimir Putin", "bilateral-relations") in x
    x = found(extract_text, "Vladimir Putin met Aleksandar Vucic. Putin voiced hope for the "
                            "further development of bilateral ties.")
    assert ("Vladimir Putin", "support", "Aleksandar Vucic", "bilateral-relations") in x


def test_a_wrong_done_by_a_named_actor(extract_text):
    assert ("Aleksandar Vucic", "oppose", "Kosovo", None) in found(
        extract_text, "Aleksandar Vucic said the Serbs had been unlawfully deprived of their "
                      "land by Pristina.")


@pytest.mark.parametrize("sentence", [
    "Sergey Lavrov asked whether Hungary was doing the right thing.",        # a question
    "Sergey Lavrov said Hungary was not doing the right thing.",             # negated
    "Sergey Lavrov said Hungary would do the right thing if it stayed out.",  # a hypothesis
    "Vladimir Putin was not satisfied with relations with Greece.",          # negated
    "Vladimir Putin was worried about the decline of relations with Greece.",  # no praise
    "Vladimir Putin was pleased with the results of the harvest.",           # no relation
    "Was Vladimir Putin pleased with relations with Greece?",               # a question
    "Sergey Lavrov said the ships had not been illegally seized by Ukraine.",  # negated
])
def test_evaluation_near_misses(extract_text, sentence):
    assert found(extract_text, sentence) == [], sentence


def test_one_of_our_partners(extract_text):
    x = found(extract_text, "Vladimir Putin met with President of Egypt Abdel Fattah el-Sisi.\n\n"
                            "President of Russia Vladimir Putin: Mr President, welcome. Egypt is "
                            "one of our closest partners in Africa. Chile is among our key "
                            "partners too.")
    assert ("Vladimir Putin", "support", "Egypt", "bilateral-relations") in x
    assert ("Vladimir Putin", "support", "Chile", "bilateral-relations") in x


def test_mutual_commitment_and_satisfaction_with_trade(extract_text):
    x = found(extract_text, "Emmanuel Macron and Angela Merkel voiced their mutual resolve "
                            "to deepen cooperation.")
    assert ("Emmanuel Macron", "support", "Angela Merkel", "bilateral-relations") in x
    x = found(extract_text, "Vladimir Putin spoke with Recep Tayyip Erdogan about gas. They "
                            "expressed satisfaction with the recent growth of trade.")
    assert ("Recep Tayyip Erdogan", "support", "Vladimir Putin", "economic-cooperation") in x
    assert found(extract_text, "Vladimir Putin and Sergei Shoigu expressed their determination "
                               "to develop cooperation.") == []  # compatriots


def test_work_offered_and_efforts_made(extract_text):
    assert ("Chile", "support", "Argentina", None) in found(
        extract_text, "Chile welcomed the opportunity to work together with Argentina.")
    assert ("Chile", "support", "Argentina", None) in found(
        extract_text, "Chile backs the steps Argentina has taken to settle the dispute.")
    assert found(extract_text, "Chile welcomed the chance to play chess with Argentina.") == []


def test_sanctions_named_as_a_harm(extract_text):
    assert ("Sergey Lavrov", "oppose", None, "sanctions") in found(
        extract_text, "Sergey Lavrov said that the sanctions were hurting ordinary people.")
    assert ("Sergey Lavrov", "oppose", None, "sanctions") in found(
        extract_text, "Sergey Lavrov said the new sanctions were illegitimate.")
    assert found(extract_text, "Sergey Lavrov said the sanctions did not hurt the economy.") == []
    assert found(extract_text, "Sergey Lavrov said the drought was hurting farmers.") == []


def test_positive_assessment_and_confidence_in_relations(extract_text):
    assert ("Vladimir Putin", "support", "Chile", "bilateral-relations") in found(
        extract_text, "Vladimir Putin gave a positive assessment of the cooperation between "
                      "Russia and Chile.")
    x = found(extract_text, "Vladimir Putin met Giuseppe Conte in Rome. A high assessment was "
                            "given to the friendly Russian-Italian relations.")
    assert ("Giuseppe Conte", "support", "Russia", "bilateral-relations") in x
    assert ("Vladimir Putin", "support", "China", "bilateral-relations") in found(
        extract_text, "Vladimir Putin voiced his confidence that Russian-Chinese ties would "
                      "stay strong.")
    assert found(extract_text, "Vladimir Putin did not give a positive assessment of the "
                               "cooperation between Russia and Chile.") == []
    assert found(extract_text, "Vladimir Putin gave a positive assessment of the harvest.") == []


def test_backing_a_relation_between_two_sides(extract_text):
    x = found(extract_text, "Vladimir Putin and Hu Jintao support the growth of trade ties "
                            "between the two countries.")
    assert ("Hu Jintao", "support", "Vladimir Putin", "bilateral-relations") in x
    assert ("Vladimir Putin", "support", "Chile", "bilateral-relations") in found(
        extract_text, "Vladimir Putin welcomed the expansion of ties between Russia and Chile.")


def test_a_call_for_an_end_opposes_what_is_to_end(extract_text):
    x = found(extract_text, "Sergey Lavrov called for an end to the sanctions on Belarus.")
    assert x == [("Sergey Lavrov", "oppose", None, "sanctions")]
    assert found(extract_text, "Vladimir Putin urged an end to the sanctions.") == [
        ("Vladimir Putin", "oppose", None, "sanctions")]
    assert ("Vladimir Putin", "oppose", "Ukraine", None) in found(
        extract_text, "Vladimir Putin called for an end to Ukraine's blockade of the region.")
    assert found(extract_text, "Vladimir Putin called for an end to the rumours around the oil "
                               "industry.") == []


def test_a_host_speaks_of_relations_with_the_one_guest(extract_text):
    def transcript(line: str) -> list:
        return stances_of(extract_text(
            "Talks with President of Chile Gabriel Boric\n\nVladimir Putin: Mr President, "
            f"welcome to Moscow. {line}\n\nGabriel Boric: Thank you.", "2021-04-04"))
    assert ("Vladimir Putin", "support", "Gabriel Boric", "bilateral-relations") in transcript(
        "Relations between our countries keep developing.")
    assert ("Vladimir Putin", "support", "Gabriel Boric", "bilateral-relations") in transcript(
        "Our relationship is a truly strategic relationship.")
    assert transcript("Our weather is cold.") == []
    two_guests = stances_of(extract_text(
        "Talks with Gabriel Boric and Luiz Inacio Lula da Silva\n\nVladimir Putin: Relations "
        "between our countries keep developing.", "2021-04-04"))
    assert not any(s[2] for s in two_guests)


def test_a_relation_that_serves_both_sides(extract_text):
    assert ("Vladimir Putin", "support", "Chile", "bilateral-relations") in found(
        extract_text, "Vladimir Putin said that deepening ties between Russia and Chile "
                      "meets the interests of both peoples.")
    assert found(extract_text, "Vladimir Putin said that deepening ties between Russia and "
                               "Chile does not meet the interests of both peoples.") == []


def test_seeing_eye_to_eye_and_getting_along(extract_text):
    assert ("Emmanuel Macron", "support", "Vladimir Putin", None) in found(
        extract_text, "Emmanuel Macron saw eye to eye with Vladimir Putin on the matter.")
    assert ("Donald Trump", "support", "Russia", None) in found(
        extract_text, "Donald Trump said that getting along with Russia is a good thing.")
    assert found(extract_text, "Donald Trump said that arguing with Russia is a good thing.") == []
    assert found(extract_text, "Emmanuel Macron did not see eye to eye with Vladimir Putin.") == []


def test_a_relation_between_two_others_is_told_of_not_held(extract_text):
    assert found(extract_text, "Vladimir Putin said: Britain's special relationship with the "
                               "United States is a strategic one.") == []


def test_would_reported_in_the_past_is_a_stance_not_a_hypothesis(extract_text):
    assert ("Greece", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "The spokesman told journalists that Greece would never recognise Kosovo.")
    assert ("Sergey Lavrov", "support", "Serbia", "territorial-integrity") in found(
        extract_text, "Sergey Lavrov said Moscow would keep defending the territorial "
                      "integrity of Serbia.")
    assert found(extract_text, "Sergey Lavrov said Russia would support Greece if Athens "
                               "asked for it.") == []
    assert found(extract_text, "Sergey Lavrov says Russia would support Greece.") == []
    assert found(extract_text, "Sergey Lavrov said Russia could support Greece.") == []


def test_thanks_for_bare_support_or_help_are_the_thankers_stance(extract_text):
    assert ("Ivica Dacic", "support", "China", None) in found(
        extract_text, "Ivica Dacic flew to Beijing and thanked China for its support.")
    assert ("Ivica Dacic", "support", "Xi Jinping", None) in found(
        extract_text, "Ivica Dacic thanked Xi Jinping for his help.")
    assert ("China", "support", "Serbia", "territorial-integrity") in found(
        extract_text, "Ivica Dacic thanked China for its support of Serbia's territorial "
                      "integrity.")
    assert found(extract_text, "Ivica Dacic thanked Xi Jinping for the dinner.") == []
    assert ("Nikol Pashinyan", "support", "Russia", None) in found(
        extract_text, "Nikol Pashinyan said Armenia was grateful to Moscow for its support.")


def test_joining_sanctions_or_refusing_to(extract_text):
    assert ("Albania", "oppose", "Belarus", "sanctions") in found(
        extract_text, "Albania joined the EU sanctions against Belarus in March.")
    assert found(extract_text, "Armenia will not join Western sanctions against Belarus, "
                               "its prime minister said.") == [("Armenia", "oppose", None, "sanctions")]


def test_each_coordinated_verb_keeps_the_topic_of_its_own_clause(extract_text):
    x = found(extract_text, "Armenia has condemned Russia's invasion of Ukraine at the UN but "
                            "has refused to join Western sanctions against Moscow.")
    assert ("Armenia", "oppose", "Russia", "regional-security") in x
    assert ("Armenia", "oppose", None, "sanctions") in x


def test_a_sanction_never_imposed_is_a_fact_not_a_refusal(extract_text):
    assert found(extract_text, "Armenia will not impose sanctions on Belarus, which has "
                               "never imposed sanctions on Armenia.") == [
        ("Armenia", "oppose", None, "sanctions")]


def test_support_in_idioms(extract_text):
    assert ("Canada", "support", "Georgia", "territorial-integrity") in found(
        extract_text, "Canada stands firmly behind Georgia's sovereignty.")
    assert ("Canada", "support", "Georgia", None) in found(
        extract_text, "The premier said Canada would stand with Georgia for as long as needed.")
    assert found(extract_text, "Vladimir Putin stood with Aleksandar Vucic on the podium.") == []
    assert ("Armenia", "support", "China", "territorial-integrity") in found(
        extract_text, "Armenia reaffirms its adherence to the one-China policy.")
    assert ("Nikol Pashinyan", "support", "European Union", "eu-integration") in found(
        extract_text, "Nikol Pashinyan said Armenia remained committed to its path to EU "
                      "membership.")
    assert ("Nikol Pashinyan", "support", None, "eu-integration") in found(
        extract_text, "Armenia is on its European path, Nikol Pashinyan said.")
    assert ("Nikol Pashinyan", "support", "Iran", "bilateral-relations") in found(
        extract_text, "Nikol Pashinyan said Armenia would not give up its friendship with Iran.")
    assert found(extract_text, "Nikol Pashinyan said Armenia gave up its friendship with "
                               "Iran.") == []
    assert found(extract_text, "Armenia is not committed to the one-China policy.") == []


def test_opposing_an_act_opposes_the_actor_that_acts(extract_text):
    assert ("Norway", "oppose", "United States", None) in found(
        extract_text, "Norway condemned the latest U.S. arms deliveries.")
    assert ("Greece", "oppose", "Turkey", None) in found(
        extract_text, "Greece strongly objected to the Turkish decision to reopen the port.")
    assert ("Joe Biden", "oppose", "Russia", None) in found(
        extract_text, "Joe Biden expressed deep concern about the Russian troops gathered "
                      "on the frontier.")
    assert found(extract_text, "Norway condemned the burning of a Turkish flag.") == []


def test_calling_someone_a_fraternal_country_or_a_partner(extract_text):
    assert ("Vladimir Putin", "support", "Armenia", "bilateral-relations") in found(
        extract_text, "Vladimir Putin called Armenia a fraternal country.")
    assert ("Armenia", "support", "Iran", "bilateral-relations") in found(
        extract_text, "Armenia regards Iran as a reliable partner.")
    assert found(extract_text, "Armenia called Iran a country of contrasts.") == []


def test_it_in_a_reported_clause_is_the_reporting_state(extract_text):
    assert found(extract_text, "BRUSSELS (AP) — Greece said on Friday it would veto any "
                               "resolution on independence for Kosovo.") == [
        ("Greece", "oppose", None, "kosovo")]


def test_who_a_plan_imposes_on_is_not_the_target_of_rejecting_it(extract_text):
    assert found(extract_text, "\"A plan that imposes a deal on Armenia is unacceptable to "
                               "us,\" Sergey Lavrov told reporters.") == []


def test_relying_on_anothers_veto_to_block_someone(extract_text):
    x = found(extract_text, "Armenia relies on Iran for gas and on Moscow's veto to block "
                            "Azerbaijan's membership.")
    assert any(s[:3] == ("Russia", "oppose", "Azerbaijan") for s in x)
    assert not any(s[0] == "Armenia" for s in x)


def test_thanks_for_a_principled_position_are_the_thanked_sides_stance(extract_text):
    x = found(extract_text, "Ivica Dacic thanked Russia for its principled position on Kosovo.")
    assert ("Ivica Dacic", "support", "Russia", "kosovo") in x  # styles3/styles7 golds: the
    assert not any(s[2] == "Kosovo" or s[0] == "Russia" and s[2] is None for s in x)  # thanks
    x = found(extract_text, "Ivica Dacic thanked Russia for its principled position on Kosovo "
                            "and for its firm support for the sovereignty of Serbia.")
    assert ("Russia", "support", "Serbia", "territorial-integrity") in x
    assert not any(s[0] == "Ivica Dacic" for s in x)  # the reasons say whom Russia backs


def test_thanks_for_the_thanked_sides_position_back_the_thanked(extract_text):
    """Thanks for someone's stance, stand or position: the thanker backs them."""
    x = found(extract_text, "Ivica Dacic thanked China for its stance on Kosovo at the UN.")
    assert ("Ivica Dacic", "support", "China", "kosovo") in x
    x = found(extract_text, "Ivica Dacic thanked Moscow for what he called its principled stand.")
    assert ("Ivica Dacic", "support", "Russia", None) in x
    x = found(extract_text, "Chinese Premier Li Keqiang arrived in Belgrade. Ivica Dacic "
                            "thanked him for Beijing's position on Kosovo.")
    assert ("Ivica Dacic", "support", "China", "kosovo") in x
    x = found(extract_text, "Ivica Dacic thanked the mayor for taking a civic stand on litter.")
    assert not any(s[0] == "Ivica Dacic" for s in x)  # not the thanked's own position


def test_a_reporter_after_the_closing_quote_holds_the_quoted_stance(extract_text):
    assert found(extract_text, "\"Armenia is on the European road and I am not hiding that,\" "
                               "Nikol Pashinyan told reporters after the talks.") == [
        ("Nikol Pashinyan", "support", None, "eu-integration")]


def test_no_alternative_to_a_settlement(extract_text):
    assert ("Sergey Lavrov", "support", None, "regional-security") in found(
        extract_text, "Sergey Lavrov stressed that there is no alternative to the Minsk "
                      "agreements.")
    assert found(extract_text, "Sergey Lavrov said there is an alternative to the Minsk "
                               "agreements.") == []


def test_guards_questions_hypotheses_negation_and_hearsay(extract_text):
    for sentence in ("Critics say Armenia stands firmly behind Iran.",
                     "Analysts said Armenia would never join sanctions against Iran.",
                     "Would Armenia stand with Iran?",
                     "If Armenia stood behind Iran, the talks would fail.",
                     "Armenia does not stand behind Iran."):
        assert found(extract_text, sentence) == [], sentence


def test_recognition_in_other_forms(extract_text):
    assert ("Armenia", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Nikol Pashinyan visited Kosovo, which Armenia does not recognise.")
    assert any(s[1:] == ("oppose", "Kosovo", "kosovo") for s in found(
        extract_text, "Sergey Lavrov rejected this, telling journalists that Russia would "
                      "never recognise Kosovo."))
    assert ("Greece", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Greece calls Kosovo's declaration of independence illegal.")
    assert found(extract_text, "Greece does not consider Kosovo's declaration illegal.") == []


def test_a_relative_object_is_its_nearest_antecedent(extract_text):
    assert found(extract_text, "Greece mediated between Albania and Armenia, which Russia had "
                               "long backed.") == [("Russia", "support", "Armenia", None)]


def test_a_friend_named_in_reported_speech(extract_text):
    assert ("Edi Rama", "support", "Greece", "bilateral-relations") in found(
        extract_text, "\"Greece is our friend and ally,\" Edi Rama told reporters.")
    assert found(extract_text, "Greece is our friend.") == []


def test_intention_of_joining_or_none(extract_text):
    assert ("Nikol Pashinyan", "oppose", "NATO", "nato") in found(
        extract_text, "Armenia has no intention of joining NATO, Nikol Pashinyan said.")
    assert ("Armenia", "support", "European Union", "eu-integration") in found(
        extract_text, "Armenia reaffirmed its intention to join the EU.")
    assert found(extract_text, "Armenia did not confirm its intention to join the EU.") == []


def test_never_accepting_is_opposition(extract_text):
    assert ("Greece", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Greece will never accept Kosovo's independence.")
    assert ("Armenia", "oppose", None, "regional-security") in found(
        extract_text, "Armenia will not tolerate a new escalation on the border.")
    assert found(extract_text, "Greece did not accept the invitation of Armenia.") == []


def test_an_act_told_in_the_sentence_before_belongs_to_its_author(extract_text):
    assert ("Azerbaijan", "oppose", "Armenia", None) in found(
        extract_text, "On Tuesday Armenia annexed the disputed village. Azerbaijan calls the "
        "annexation unlawful and asks for talks.")
    assert ("Spain", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "The Kosovo parliament declared independence from Serbia. Spain calls "
        "the declaration illegal.")


def test_a_counted_group_of_leaders_holds_one_stance_a_pair_two(extract_text):
    three = found(extract_text, "French President Emmanuel Macron, German Chancellor Olaf Scholz "
                  "and Italian Prime Minister Mario Draghi met in Kyiv on Thursday. The three "
                  "leaders support Ukraine's bid to join the European Union.")
    assert len(three) == 1
    two = found(extract_text, "French President Emmanuel Macron and German Chancellor Olaf Scholz "
                "met in Kyiv on Thursday. The two leaders support Ukraine's bid to join the "
                "European Union.")
    assert len(two) == 2


def test_a_warning_that_any_attack_would_meet_a_response_opposes_the_attacker(extract_text):
    assert ("Recep Tayyip Erdogan", "oppose", "Greece", None) in found(
        extract_text, "Recep Tayyip Erdogan told reporters on Monday that any Greek incursion "
        "into Turkish waters would bring a strong response from Ankara.")
    assert [s for s in found(extract_text, "Erdogan said the Greek incursion brought a strong "
                             "response from Ankara.") if s[1] == "oppose"] == []


def test_a_coordinated_verb_of_opposition_with_its_own_target(extract_text):
    x = found(extract_text, "Sergey Lavrov denounced the ban as hostile and accused Poland of "
                            "trying to isolate Belarus.")
    assert any(s[:3] == ("Sergey Lavrov", "oppose", "Poland") for s in x)
    x = found(extract_text, "Sergey Lavrov criticised the vote and blamed Lithuania for the crisis.")
    assert any(s[:3] == ("Sergey Lavrov", "oppose", "Lithuania") for s in x)
    x = found(extract_text, "Russia backs the talks and welcomes Serbia's efforts for peace.")
    assert not any(s[0] == "Russia" and s[2] == "Serbia" and s[3] is None for s in x)


def test_a_recognition_held_by_its_possessor_that_will_not_change(extract_text):
    x = found(extract_text, "The envoy said the United States' recognition of Kosovo is not "
                            "going to change.")
    assert ("United States", "support", "Kosovo", "kosovo") in x
    x = found(extract_text, "Japan's recognition of Kosovo will not be reversed, Taro Kono said.")
    assert any(s[0] in {"Japan", "Taro Kono"} and s[1:] == ("support", "Kosovo", "kosovo")
               for s in x)  # the speaker may hold his state's stance
    x = found(extract_text, "Ghana revoked its recognition of Kosovo.")
    assert ("Ghana", "oppose", "Kosovo", "kosovo") in x


def test_a_state_body_named_by_its_modifier_is_the_target(extract_text):
    x = found(extract_text, "Ivica Dacic accused the Kosovo leadership of stoking tension.")
    assert any(s[:3] == ("Ivica Dacic", "oppose", "Kosovo") for s in x)
    x = found(extract_text, "Antony Blinken criticised the Kosovo government's decision to "
                            "close the crossings.")
    assert any(s[:3] == ("Antony Blinken", "oppose", "Kosovo") for s in x)
    x = found(extract_text, "Sergey Lavrov said the Kosovo authorities' plan to form an army "
                            "breached Resolution 1244.")
    assert any(s[:3] == ("Sergey Lavrov", "oppose", "Kosovo") for s in x)
    assert not any(s[:2] == ("Sergey Lavrov", "support") for s in x)  # the violation's, not 1244's


def test_the_alliance_and_the_bloc_stand_for_the_last_one_named(extract_text):
    x = found(extract_text, "NATO chief Jens Stoltenberg came to Belgrade. Aleksandar Vucic "
                            "said Serbia had no intention of joining the alliance, which "
                            "bombed Yugoslavia in 1999.")
    assert any(s[:3] == ("Aleksandar Vucic", "oppose", "NATO") for s in x)
    assert not any(s[2] == "Federal Republic of Yugoslavia" for s in x)
    x = found(extract_text, "NATO Secretary General Jens Stoltenberg said the alliance "
                            "respected Serbia's military neutrality.")
    assert ("NATO", "support", "Serbia", "military-neutrality") in x
    x = found(extract_text, "Serbia will keep its military neutrality.")
    assert x == []  # one's own choice is no stance
    x = found(extract_text, "Sergey Lavrov said Moscow values the policy of military "
                            "neutrality pursued by Belgrade.")
    assert any(s[1:] == ("support", "Serbia", "military-neutrality") for s in x)


def test_a_relative_clause_on_an_apposition_is_held_by_the_person_it_describes(extract_text):
    x = found(extract_text, "Sergey Lavrov was due to meet Viktor Orban, one of the few EU "
                            "leaders who has refused to impose sanctions on Moscow.")
    assert ("Viktor Orban", "oppose", None, "sanctions") in x
    assert not any(s[0] == "Sergey Lavrov" for s in x)


def test_a_demand_made_of_another_state_is_no_stance_of_that_state(extract_text):
    x = found(extract_text, "Hashim Thaci said he told Aleksandar Vucic that Serbia must "
                            "recognise Kosovo.")
    assert not any(s[0] in {"Serbia", "Aleksandar Vucic"} for s in x)
    x = found(extract_text, "Albin Kurti said Serbia should recognise Kosovo without delay.")
    assert not any(s[0] == "Serbia" for s in x)
    x = found(extract_text, "Sergey Lavrov said Russia must support Serbia.")
    assert any(s[:3] == ("Sergey Lavrov", "support", "Serbia") for s in x)


def test_condemning_an_act_with_no_actor_takes_the_topic_of_the_act(extract_text):
    x = found(extract_text, "Antony Blinken condemned the violent attacks on NATO soldiers.")
    assert any(s[:2] == ("Antony Blinken", "oppose") and s[3] in {"regional-security", "nato"}
               for s in x)
    x = found(extract_text, "Germany condemned the attack on the local police in the north.")
    assert ("Germany", "oppose", None, "regional-security") in x
    x = found(extract_text, "Aleksandar Vucic denounced the ban as an attempt to push Serbs "
                            "out of Kosovo.")
    assert ("Aleksandar Vucic", "oppose", None, "kosovo") in x


def test_a_capital_where_an_agreement_was_reached_is_no_party(extract_text):
    for body in ("Olaf Scholz welcomed the agreements reached in the Brussels dialogue.",
                 "Olaf Scholz praised the progress made in the Brussels dialogue."):
        x = found(extract_text, body)
        assert ("Olaf Scholz", "support", None, "belgrade-pristina-dialogue") in x
        assert not any(s[2] == "European Union" for s in x)


def test_recognising_each_other(extract_text):
    for body in ("Kosovo and Bangladesh recognised each other in 2017.",
                 "Under the deal Israel and Kosovo agree to recognise one another."):
        x = found(extract_text, body)
        assert any(s[1:3] == ("support", "Kosovo") for s in x)
        assert any(s[:2] == ("Kosovo", "support") for s in x)


def test_a_negated_implication_states_a_refusal(extract_text):
    x = found(extract_text, "Ivica Dacic said the agreement does not imply that Serbia "
                            "recognises Kosovo.")
    assert any(s[1:3] == ("oppose", "Kosovo") for s in x)
    x = found(extract_text, "Marko Djuric stressed that the talks did not mean that Belgrade "
                            "would recognise Kosovo's independence.")
    assert any(s[1:3] == ("oppose", "Kosovo") for s in x)
    x = found(extract_text, "Ivica Dacic said the deal meant that Serbia would recognise Kosovo.")
    assert not any(s[1:3] == ("support", "Kosovo") for s in x)


def test_which_after_a_declaration_stands_for_the_declaring_state(extract_text):
    x = found(extract_text, "Kosovo declared independence from Serbia in 2008, which Belgrade "
                            "does not recognise.")
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in x


def test_the_dialogue_named_earlier_in_the_article(extract_text):
    x = found(extract_text, "Aleksandar Vucic and Albin Kurti met for a new round of the EU-led "
                            "dialogue. NATO chief Jens Stoltenberg said the alliance backed the "
                            "dialogue.")
    assert any(s[0] in {"NATO", "Jens Stoltenberg"} and s[1:] == (
        "support", None, "belgrade-pristina-dialogue") for s in x)
    x = found(extract_text, "Olaf Scholz backed the dialogue.")
    assert x == []


def test_a_quoted_sentence_running_on_from_an_attributed_quote(extract_text):
    x = found(extract_text, "\"Our view on Kosovo has not changed,\" Sergey Lavrov told "
                            "reporters. \"We will never back a unilateral declaration.\"")
    assert ("Sergey Lavrov", "oppose", "Kosovo", "kosovo") in x  # the declaration: Kosovo's
    x = found(extract_text, "Sergey Lavrov spoke to reporters. \"We will never back a "
                            "unilateral declaration.\"")
    assert not any(s[0] == "Sergey Lavrov" for s in x)  # no attributed quote before it


def test_another_sides_plan_called_a_basis_for_a_settlement(extract_text):
    x = found(extract_text, "Vladimir Putin says the Chinese peace plan could serve as a basis "
                            "for ending the war.")
    assert any(s[:3] == ("Vladimir Putin", "support", "China") for s in x)
    x = found(extract_text, "Aleksandar Vucic said the French proposal is a good foundation "
                            "for talks on Kosovo.")
    assert any(s[:3] == ("Aleksandar Vucic", "support", "France") for s in x)
    x = found(extract_text, "Sergey Lavrov said the American plan could not serve as a basis "
                            "for anything.")
    assert not any(s[1:3] == ("support", "United States") for s in x)


def test_calling_an_act_a_crime_opposes_it(extract_text):
    x = found(extract_text, "Serbia marked the anniversary of NATO's bombing, with Aleksandar "
                            "Vucic calling the air campaign \"a crime against a small nation\".")
    assert ("Aleksandar Vucic", "oppose", None, "nato") in x
    x = found(extract_text, "Ivica Dacic called the arrest of Serbs in Kosovo a provocation.")
    assert any(s[:2] == ("Ivica Dacic", "oppose") for s in x)
    x = found(extract_text, "Ivica Dacic called the visit a success.")
    assert x == []


def test_sanctions_not_joined_or_resisted_are_refused(extract_text):
    for body in ("Serbia has not joined Western sanctions against Russia.",
                 "Serbia is the only European country that has not imposed sanctions on Moscow.",
                 "Belgrade has resisted pressure to impose sanctions on Russia."):
        assert ("Serbia", "oppose", None, "sanctions") in found(extract_text, body)
    x = found(extract_text, "\"We will not join them against Russia, which has never imposed "
                            "sanctions on us,\" Aleksandar Vucic said.")
    assert not any(s[0] == "Russia" for s in x)  # a fact told of Russia


def test_more_verbs_of_condemnation(extract_text):
    for verb in ("blasted", "decried", "assailed"):
        x = found(extract_text, f"Ivica Dacic {verb} Pristina's move as a provocation.")
        assert any(s[:3] == ("Ivica Dacic", "oppose", "Kosovo") for s in x)


def test_committed_to_the_belgrade_pristina_dialogue(extract_text):
    x = found(extract_text, "The EU remains committed to the dialogue between Belgrade and "
                            "Pristina.")
    assert any(s[:2] == ("European Union", "support") and s[3] == "belgrade-pristina-dialogue"
               for s in x)
    assert found(extract_text, "Germany is committed to developing relations with Serbia.") == []


def test_members_named_after_including_hold_the_stance_not_their_body(extract_text):
    x = found(extract_text, "Five EU member states, including Spain, have not recognised Kosovo.")
    assert ("Spain", "oppose", "Kosovo", "kosovo") in x
    assert not any(s[0] == "European Union" for s in x)
    x = found(extract_text, "Several countries, including Greece and Cyprus, refuse to "
                            "recognise Kosovo.")
    assert {s[0] for s in x} == {"Greece", "Cyprus"}


def test_two_states_called_partners_by_one_of_their_officials(extract_text):
    for body in ("Sergey Lavrov said Russia and Serbia were strategic partners.",
                 "\"Russia and Serbia are strategic partners,\" Sergey Lavrov told reporters."):
        assert ("Sergey Lavrov", "support", "Serbia", "bilateral-relations") in found(
            extract_text, body)
    assert found(extract_text, "The report said Serbia and China are key partners.") == []


def test_votes_for_and_against(extract_text):
    x = found(extract_text, "Russia voted against Kosovo's membership in Interpol.")
    assert ("Russia", "oppose", "Kosovo", "kosovo") in x
    x = found(extract_text, "Serbia voted in favour of the UN resolution on the territorial "
                            "integrity of Ukraine.")
    assert ("Serbia", "support", "Ukraine", "territorial-integrity") in x
    x = found(extract_text, "Albania voted for Kosovo's admission to UNESCO.")
    assert ("Albania", "support", "Kosovo", "kosovo") in x
    x = found(extract_text, "Two directors, Tom Reed and Ann Cole, were voted off the board, "
                            "against the wishes of chairman Ivo Banac.")
    assert x == []  # others voted


def test_warning_someone_against_a_move_and_protests_lodged_with_them(extract_text):
    x = found(extract_text, "Ivica Dacic warned Pristina against any unilateral steps.")
    assert any(s[:3] == ("Ivica Dacic", "oppose", "Kosovo") for s in x)
    x = found(extract_text, "Serbia lodged a formal protest with Croatia over the incident.")
    assert any(s[:3] == ("Serbia", "oppose", "Croatia") for s in x)
    assert found(extract_text, "Ivica Dacic warned that tensions could rise.") == []


def test_gratitude_for_the_thanked_sides_position_and_support_underscored(extract_text):
    x = found(extract_text, "Vladimir Putin expressed gratitude to Serbia for its balanced "
                            "position.")
    assert ("Vladimir Putin", "support", "Serbia", None) in x
    assert found(extract_text, "Ivica Dacic expressed his gratitude to the hosts for the warm "
                               "welcome.") == []
    x = found(extract_text, "Antony Blinken underscored U.S. support for Kosovo's bid to join "
                            "the Council of Europe.")
    assert any(s[:3] == ("Antony Blinken", "support", "Kosovo") for s in x)


def test_disappointment_and_regret_over_anothers_act(extract_text):
    x = found(extract_text, "Aleksandar Vucic said he was disappointed by the EU's decision.")
    assert any(s[:3] == ("Aleksandar Vucic", "oppose", "European Union") for s in x)
    x = found(extract_text, "Sergey Lavrov was alarmed by NATO's decision.")
    assert any(s[:3] == ("Sergey Lavrov", "oppose", "NATO") for s in x)
    x = found(extract_text, "The EU expressed regret over Belgrade's decision to leave the talks.")
    assert any(s[:3] == ("European Union", "oppose", "Serbia") for s in x)
    assert found(extract_text, "Albin Kurti was worried about the weather.") == []


def test_dismissed_as_illegitimate_and_sanctions_named_first(extract_text):
    x = found(extract_text, "Maria Zakharova dismissed Kosovo's declaration as illegitimate.")
    assert any(s[:3] == ("Maria Zakharova", "oppose", "Kosovo") for s in x)
    x = found(extract_text, "Viktor Orban said he opposed sanctions on Russian gas.")
    assert ("Viktor Orban", "oppose", None, "sanctions") in x


def test_the_host_of_a_dialogue_is_no_party_to_it(extract_text):
    x = found(extract_text, "Jens Stoltenberg reiterated NATO's support for the EU-facilitated "
                            "dialogue.")
    assert any(s[0] in {"NATO", "Jens Stoltenberg"} and s[1:] == (
        "support", None, "belgrade-pristina-dialogue") for s in x)


def test_wanting_to_join_a_bloc(extract_text):
    x = found(extract_text, "Serbia hopes to join the European Union by 2030.")
    assert any(s[:3] == ("Serbia", "support", "European Union") for s in x)
    x = found(extract_text, "Ukraine seeks to join NATO.")
    assert any(s[:3] == ("Ukraine", "support", "NATO") for s in x)
    x = found(extract_text, "Serbia does not want to join NATO.")
    assert any(s[:3] == ("Serbia", "oppose", "NATO") for s in x)
    assert found(extract_text, "Montenegro joined NATO in 2017.") == []  # a fact told


def test_the_topic_a_backing_is_on_comes_first(extract_text):
    x = found(extract_text, "Russia and Serbia sign a gas deal, Putin backs Belgrade on Kosovo")
    assert ("Vladimir Putin", "support", "Serbia", "kosovo") in x
    x = found(extract_text, "Sergey Lavrov said everyone is concerned about his or her budget.")
    assert x == []  # a possessive pronoun names no author of an act


def test_a_government_or_ministry_named_by_its_state(extract_text):
    x = found(extract_text, "In a statement, the Serbian government said it would never "
                            "recognise Kosovo.")
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in x
    x = found(extract_text, "The German government welcomed the agreement between Belgrade and "
                            "Pristina.")
    assert any(s[:2] == ("Germany", "support") for s in x)


def test_a_declaration_rejected_in_the_next_sentence_is_its_authors(extract_text):
    x = found(extract_text, "Kosovo declared independence in 2008. Russia rejected the "
                            "declaration.")
    assert ("Russia", "oppose", "Kosovo", "kosovo") in x
    x = found(extract_text, "Kosovo declares independence from Serbia; Russia and Serbia "
                            "reject the declaration.")
    assert {s[:3] for s in x} >= {("Russia", "oppose", "Kosovo"), ("Serbia", "oppose", "Kosovo")}


def test_a_state_against_or_in_favour_of_something(extract_text):
    assert ("Serbia", "oppose", None, "sanctions") in found(
        extract_text, "Serbia is against sanctions on Russia.")
    assert ("China", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "China is firmly against Kosovo's independence.")
    x = found(extract_text, "Germany is in favour of the dialogue between Belgrade and Pristina.")
    assert any(s[:2] == ("Germany", "support") for s in x)
    x = found(extract_text, "\"It was against Serbia, we were not the favourites,\" said the "
                            "Spanish coach.")
    assert x == []  # a match, not a position


def test_agreeing_a_text_with_a_clause_after_it_names_no_partner(extract_text):
    assert found(extract_text, "Borrell said the leaders would meet in May to agree a "
                 "roadmap, with Montenegro named as the host.") == []
    assert found(extract_text, "Merkel said the leaders would meet again to agree an annex, "
                 "with North Macedonia named as a possible venue.") == []
    assert ("Ivica Dacic", "support", "Sergey Lavrov", None) in found(
        extract_text, "Dacic said he agreed with what Lavrov had said about the Balkans.")
    assert ("Aleksandar Vucic", "support", "Viktor Orban", None) in found(
        extract_text, "Vucic agreed with Orban that enlargement must speed up.")


def test_a_meeting_that_resumes_talks_is_no_stance_of_its_parties(extract_text):
    assert found(extract_text, "Vucic and Kurti met in Brussels on Monday with Lajcak, "
                 "resuming the EU-facilitated dialogue after a long pause.") == []
    assert found(extract_text, "Vucic and Kurti gathered in Ohrid, resuming the dialogue "
                 "between Belgrade and Pristina.") == []
    assert ("Sergey Lavrov", "support", "Kosovo", "belgrade-pristina-dialogue") in found(
        extract_text, "Lavrov and Dacic met in Moscow and agreed to resume the dialogue on Kosovo.")


def test_calling_on_someone_to_return_to_talks(extract_text):
    for body in ("Stoltenberg welcomed the deal and called on both sides to return to the "
                 "EU-facilitated dialogue.",
                 "Borrell praised the accord and urged both sides to go back to the dialogue "
                 "between Belgrade and Pristina.",
                 "The EU called on the two parties to resume the EU-led dialogue without delay."):
        assert any(s[1:] == ("support", None, "belgrade-pristina-dialogue")
                   for s in found(extract_text, body)), body
    assert found(extract_text, "Putin called on all states not to interfere in the "
                 "Belgrade-Pristina dialogue.") == []


def test_naming_someone_a_threat_in_a_reported_clause(extract_text):
    assert ("Albin Kurti", "oppose", "Serbia", "regional-security") in found(
        extract_text, "Kurti said Serbia is the biggest threat to stability in the Balkans.")
    assert ("Jens Stoltenberg", "oppose", "Russia", None) in found(
        extract_text, "Stoltenberg said Russia remained the most direct threat to the alliance.")
    assert ("Volodymyr Zelensky", "oppose", "Russia", None) in found(
        extract_text, 'Zelensky said: "Russia is the aggressor."')
    assert found(extract_text, "Lavrov said NATO was not a threat to Serbia.") == []
    assert found(extract_text, "The paper was to show why the cabinet believed Iraq was a "
                 "grave threat.") == []
    assert found(extract_text, "Is Russia a threat to Europe?") == []


def test_a_rejection_coordinated_with_a_backing_stands_alone(extract_text):
    got = found(extract_text, "Wang stressed that China will continue to support Serbia's "
                "position on Kosovo on the basis of international law and strongly opposes "
                "attempts by Pristina to join international organisations.")
    assert ("China", "support", "Serbia", "kosovo") in got
    assert ("China", "oppose", "Kosovo", "kosovo") in got
    assert found(extract_text, "Russia supports Serbia and welcomes its efforts.") == [
        ("Russia", "support", "Serbia", None)]


def test_holding_someone_accountable(extract_text):
    assert ("Antony Blinken", "oppose", "Russia", "regional-security") in found(
        extract_text, "Blinken said Russia will be held responsible for the attacks on civilians.")
    assert ("Albin Kurti", "oppose", "Serbia", None) in found(
        extract_text, '"We will hold Belgrade accountable for this attack," Kurti said.')
    assert ("European Union", "oppose", "Kosovo", "regional-security") in found(
        extract_text, "The EU said it would hold Pristina responsible for any escalation.")
    assert found(extract_text, "Vucic is responsible for foreign policy.") == []
    assert found(extract_text, "Serbia was not held responsible for the incident, the court "
                 "ruled.") == []


def test_a_reporting_verb_coordinated_after_a_meeting_verb_keeps_its_subject(extract_text):
    assert ("Albin Kurti", "oppose", "Serbia", None) in found(
        extract_text, "Kurti briefed the envoy on the attack and said Serbia must be held "
        "responsible.")
    assert ("Aleksandar Vucic", "oppose", None, "sanctions") in found(
        extract_text, "Vucic received the Russian ambassador and told him that Serbia would "
        "not impose sanctions on Russia.")


def test_refusing_to_let_someone_join_a_body(extract_text):
    assert ("Aleksandar Vucic", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Vucic said Serbia would never allow Kosovo to become a member of the "
        "United Nations.")
    assert ("Ivica Dacic", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Dacic said Belgrade will not let Pristina join UNESCO.")
    assert ("Spain", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Spain will not allow Kosovo to enter the Council of Europe.")
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Serbia will do everything to prevent Kosovo from joining Interpol.")
    assert found(extract_text, "Serbia will allow Kosovo to join the Council of Europe.") == []
    assert found(extract_text, "The rules do not allow members to join other clubs.") == []


def test_a_call_on_someone_takes_the_topic_of_what_is_asked(extract_text):
    # a call on one side to withdraw / stop opposes that side (session 18; the dev golds
    # styles7 t01 and styles9 w01 read it so)
    assert found(extract_text, "Borrell called on Pristina to withdraw its special police "
                 "from the north.") == [("Josep Borrell", "oppose", "Kosovo", None)]
    assert ("European Union", "support", None, "belgrade-pristina-dialogue") in found(
        extract_text, "The EU called on Kosovo and Serbia to resume the dialogue between "
        "Belgrade and Pristina.")
    assert ("Sergey Lavrov", "support", "Serbia", "territorial-integrity") in found(
        extract_text, "Lavrov called for respect of Serbia's territorial integrity.")


def test_throwing_ones_weight_behind_someone(extract_text):
    assert ("Viktor Orban", "support", "Serbia", "eu-integration") in found(
        extract_text, "Orban threw his weight behind Serbia's bid to join the European Union.")
    assert ("Hungary", "support", "Serbia", None) in found(
        extract_text, "Hungary put its full weight behind Serbia's EU bid.")
    assert found(extract_text, "The lifter put the weight behind his head.") == []
    assert found(extract_text, "Orban did not throw his weight behind the plan.") == []


def test_calling_someones_act_a_mistake(extract_text):
    assert ("Josep Borrell", "oppose", "Albin Kurti", None) in found(
        extract_text, "Borrell said Kurti's decision was a mistake.")
    assert ("Sergey Lavrov", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Lavrov said the Kosovo government's move was a provocation.")
    assert found(extract_text, "Scholz said the deal was a step in the right direction.") == []
    assert found(extract_text, "Vucic said Kurti's decision was not a mistake.") == []
    assert found(extract_text, "Kurti said his decision was a mistake.") == []



def test_for_his_part_is_no_reason_for_thanks(extract_text):
    assert ("Ivica Dacic", "support", "Russia", "kosovo") in found(
        extract_text, "Dacic, for his part, thanked Moscow for its principled stand on Kosovo "
        "in the Security Council, his ministry said.")
    assert ("Ana Brnabic", "support", "Hungary", "kosovo") in found(
        extract_text, "Brnabic, for her part, thanked Budapest for its consistent position on "
        "Kosovo, the government said.")


def test_thanks_from_someone_unnamed_for_backing_no_one_named(extract_text):
    x = found(extract_text, "Zelenskiy thanked Rama for Albania's humanitarian aid and for its "
              "support in the Council.")
    assert not any(s[0] == "Edi Rama" for s in x)


def test_a_backing_told_as_a_circumstance_is_not_the_subjects(extract_text):
    assert found(extract_text, "Pristina declared statehood with the backing of Washington.") == []
    assert found(extract_text, "The province proclaimed statehood with American support.") == []


def test_it_in_a_concessive_or_coordinated_clause_is_the_main_subject(extract_text):
    assert ("Hungary", "oppose", None, "sanctions") in found(
        extract_text, "Budapest voted for the statement at the OSCE, but it has declined to "
        "adopt sanctions against Moscow.")
    assert ("Hungary", "support", "Ukraine", "eu-integration") in found(
        extract_text, "Hungary buys Russian oil, while it backs Ukraine's bid to join the EU.")
    x = found(extract_text, "Orban hosted Putin and said that Hungary would not join any "
              "sanctions on Russia, although it stays firmly on its European path.")
    assert any(s[0] in {"Viktor Orban", "Hungary"} and s[1:] == ("support", None, "eu-integration")
               for s in x)
    assert not any(s[0] in {"Russia", "Vladimir Putin"} for s in x)


def test_slow_or_hesitant_to_criticise_is_no_criticism(extract_text):
    assert found(extract_text, "Brussels has been slow to rebuke Dodik over the referendum.") == []
    assert found(extract_text, "Washington was hesitant to condemn Pristina for the raid.") == []
    assert ("European Union", "oppose", "Aleksandar Vucic", None) in found(
        extract_text, "Brussels was quick to criticize Vucic.")


def test_what_a_deal_amounts_to_is_no_recognition(extract_text):
    assert found(extract_text, "Dacic stressed that no clause of the accord amounts to a "
                 "recognition of Kosovo.") == []
    assert found(extract_text, "An opposition leader argued that the treaty meant the "
                 "recognition of Kosovo in all but name.") == []
    assert found(extract_text, "Critics argue the accord constitutes an implicit recognition "
                 "of Kosovo by Serbia.") == []
    assert ("Togo", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Togo announced the withdrawal of its recognition of Kosovo.")
    assert ("Ghana", "support", "Kosovo", "kosovo") in found(
        extract_text, "Ghana confirmed its recognition of Kosovo.")


def test_a_position_that_restates_the_clause_before_it(extract_text):
    x = found(extract_text, '"Hungary will not lift its veto on the embargo, and this is our '
              'firm policy," Szijjarto said.')
    assert not any(s[1] == "support" for s in x)
    assert ("Ivica Dacic", "support", None, "kosovo") in found(
        extract_text, "Serbia's principled position on Kosovo is well known, Dacic said.")


def test_a_passive_whose_agent_is_nobody_named(extract_text):
    assert found(extract_text, '"It is the course of Prime Minister Orban and it is backed by a '
                 'large majority of Hungarians," Szijjarto said.') == []
    assert found(extract_text, "The plan is backed by most voters, Orban said.") == []
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Kosovo's bid was opposed by Serbia.")


def test_would_after_reaffirming_or_responding_is_a_reported_will(extract_text):
    assert ("Russia", "support", "Serbia", "kosovo") in found(
        extract_text, "Lavrov reaffirmed that Russia would keep supporting Serbia on Kosovo.")
    assert ("China", "support", "Serbia", "kosovo") in found(
        extract_text, "The envoy assured his hosts that Beijing would keep backing Belgrade on "
        "Kosovo.")
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Dacic replied that Serbia would never accept the admission of Kosovo to "
        "UNESCO, and that the body could not ignore the law.")
    assert found(extract_text, "Lavrov reaffirmed that Russia would back Serbia if Pristina "
                 "attacked.") == []


def test_never_agreeing_to_or_accepting_a_states_membership(extract_text):
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in found(
        extract_text, '"Belgrade is never going to agree to Kosovo\'s seat in Interpol," he '
        'said.') or ("Serbia", "oppose", "Kosovo", "kosovo") in found(
        extract_text, '"Serbia will never agree to Kosovo\'s membership in Interpol."')
    assert ("Serbia", "oppose", "Kosovo", "kosovo") in found(
        extract_text, "Belgrade will not consent to the admission of Kosovo to UNESCO.")
    assert ("Sergey Lavrov", "oppose", "NATO", "nato") in found(
        extract_text, "Moscow will never agree to NATO's expansion, Lavrov said.")
    assert found(extract_text, "The two sides agreed to the plan.") == []
    assert found(extract_text, "Kyiv will never agree to give up territory.") == []


def test_refusing_to_join_a_body(extract_text):
    assert ("Aleksandar Vulin", "oppose", "NATO", "nato") in found(
        extract_text, 'Vulin assured the Russian envoy that his country "would never be a '
        'member of NATO".') or ("Moldova", "oppose", "NATO", "nato") in found(
        extract_text, "Moldova would not become a member of NATO, its president told reporters.")
    assert ("Aleksandar Vucic", "oppose", "NATO", "nato") in found(
        extract_text, "Serbia will not join NATO, Vucic said.")
    assert ("Austria", "oppose", "NATO", "nato") in found(
        extract_text, "Austria would not enter NATO, the chancellor said.")
    assert found(extract_text, "Montenegro has not joined the EU yet.") == []
    assert ("Serbia", "oppose", None, "sanctions") in found(
        extract_text, "Serbia will never join the EU sanctions against Russia.")


def test_the_victim_of_a_condemned_act_is_not_opposed(extract_text):
    x = found(extract_text, "Chile condemned the occupation of Ukraine in a vote at the UN.")
    assert not any(s[2] == "Ukraine" for s in x)
    assert not any(s[2] == "Kosovo" for s in found(
        extract_text, "The EU condemned the killing of a Kosovo police officer."))
    assert ("Serbia", "oppose", "Russia", "regional-security") in found(
        extract_text, "Serbia has condemned Russia's invasion of Ukraine.")
    assert ("Japan", "oppose", "Russia", "regional-security") in found(
        extract_text, "Japan condemned the Russian aggression against Ukraine.")


def test_member_states_in_a_relative_clause_are_not_their_body(extract_text):
    x = found(extract_text, "Macron said that the NATO members which have not yet ratified "
              "the accession of Kosovo ought to hurry.")
    assert not any(s[0] in {"NATO", "Emmanuel Macron"} for s in x)
    x = found(extract_text, "Baerbock said the EU countries that still refuse to recognise "
              "Kosovo should change course.")
    assert not any(s[0] in {"European Union", "Annalena Baerbock"} and s[1] == "oppose" for s in x)


def test_we_in_a_quote_whose_reporting_verb_the_parser_coordinated(extract_text):
    assert ("Aleksandar Vucic", "oppose", "Kosovo", "kosovo") in found(
        extract_text, 'Vucic stressed that no article of the memorandum amounted to an '
        'endorsement by Serbia. "We have not recognised Kosovo and we will not," he said after '
        'flying back to Belgrade.')


def test_a_concessive_clause_with_its_own_subject_is_not_refused(extract_text):
    x = found(extract_text, "Budapest has declined to adopt the new penalties, though it has "
              "condemned the invasion of Ukraine in a vote.")
    assert ("Hungary", "oppose", None, "regional-security") in x
    assert not any(s[1] == "support" and s[3] == "regional-security" for s in x)
    assert ("Hungary", "support", "Russia", None) in found(
        extract_text, "Hungary refused to condemn Russia, saying it wanted peace.")


def test_a_verb_coordinated_after_a_refusal_is_not_refused(extract_text):
    x = found(extract_text, "China, which refuses to accept the secession, has blocked "
              "Kosovo's bid to join Interpol and has opposed its entry to UNESCO.")
    assert not any(s[1] == "support" and s[2] == "Kosovo" for s in x)
    x = found(extract_text, "Madrid refuses to recognise Pristina and has vetoed its "
              "application to join UNESCO.")
    assert ("Spain", "oppose", "Kosovo", "kosovo") in x
    assert not any(s[1] == "support" for s in x)


def test_welcoming_a_titled_guest_to_a_place_is_a_greeting(extract_text):
    assert found(extract_text, "EU foreign policy chief Josep Borrell welcomed the President "
                 "of Kosovo, Vjosa Osmani, to Brussels on Tuesday.") == []
    assert found(extract_text, "Chinese Foreign Minister Wang Yi welcomed the Foreign Minister "
                 "of Serbia, Nikola Selakovic, to Beijing.") == []
    assert ("European Union", "support", "Serbia", "belgrade-pristina-dialogue") in found(
        extract_text, "The EU welcomed the return of Serbia to the talks on Kosovo.")
    assert ("Jens Stoltenberg", "support", "Serbia", None) in found(
        extract_text, "Stoltenberg welcomed Serbia's decision to join the exercise.")


def test_a_quotation_attributed_where_it_closes_a_sentence_later(extract_text):
    assert ("Albin Kurti", "oppose", "Serbia", None) in found(
        extract_text, 'Kurti met the envoy on Monday.\n\n"Belgrade will be held responsible for '
        'the raid. Its planners will answer in court," said the Kosovo prime minister, Kurti.')
    assert ("Aleksandar Vucic", "oppose", "Kosovo", "kosovo") in found(
        extract_text, '"We will never recognise Kosovo. Our people would not forgive us," Vucic '
        'told the assembly.')


def test_a_goal_owned_by_a_state(extract_text):
    assert ("Ivica Dacic", "support", "European Union", "eu-integration") in found(
        extract_text, "Serbia's strategic goal is membership of the European Union, Dacic said.")
    assert ("Albin Kurti", "support", "European Union", "eu-integration") in found(
        extract_text, "Our aim is EU membership, Kurti told reporters.")
    assert ("Albania", "support", "European Union", "eu-integration") in found(
        extract_text, "Membership in the EU remains the main aim of Albania.")
    assert found(extract_text, "EU membership is not Serbia's goal, Seselj said.") == []
    assert found(extract_text, "The priority of the talks is trade.") == []


def test_thanks_for_a_role_and_to_those_a_relative_clause_praises(extract_text):
    assert ("Aleksandar Vucic", "support", "KFOR", None) in found(
        extract_text, "Vucic thanked KFOR for its role in guarding Serbian monasteries.")
    x = found(extract_text, '"I wish to thank Moscow and Beijing, who backed Serbia at the UN and '
              'who defend our territorial integrity," Vucic said.')
    assert ("Aleksandar Vucic", "support", "Russia", "territorial-integrity") in x
    assert ("Aleksandar Vucic", "support", "China", "territorial-integrity") in x
    assert found(extract_text, "Orban thanked Vucic, who hosted the summit.") == []
    assert found(extract_text, "Putin thanked the organisers for their efforts.") == []


def test_saying_someone_destabilises_a_region(extract_text):
    assert ("Vjosa Osmani", "oppose", "Russia", "regional-security") in found(
        extract_text, '"Moscow wants to use Belgrade to destabilise the whole region," Osmani '
        'told reporters.')
    assert ("Aleksandar Vucic", "oppose", "Kosovo", "regional-security") in found(
        extract_text, "Vucic said Kosovo's police raids destabilised the north.")
    assert found(extract_text, "Osmani said Russia does not want to destabilise the region.") == []
    assert found(extract_text, "The storms destabilised the region, the minister said.") == []
    assert not any(s[2] is None for s in found(
        extract_text, "Rama said Tirana had kept its word and accused Athens of trying to "
        "destabilise the south."))


def test_the_author_of_a_titled_address_is_its_i(extract_text):
    x = stances_of(extract_text(
        "Speech by President Milanovic at the opening of the parliament session\n\n"
        "Honourable members, I want to thank Hungary and Austria, who have always stood by us "
        "on our path to the euro. We are on the European road, and we will stay on it.",
        "2023-10-02"))
    assert any(s[0] == "Zoran Milanovic" and s[1:3] == ("support", "Hungary") for s in x)
    assert any(s[0] == "Zoran Milanovic" and s[3] == "eu-integration" for s in x)
    x = stances_of(extract_text(
        "Vucic met the press\n\nWe are on the European path, and we will continue on it.",
        "2023-10-02"))
    assert not any(s[0] == "Aleksandar Vucic" for s in x)


def test_the_body_in_a_persons_title_is_no_second_holder(extract_text):
    x = found(extract_text, "NATO Secretary General Mark Rutte condemned the \"cowardly attacks\" "
              "on KFOR soldiers.")
    assert ("Mark Rutte", "oppose", None, "regional-security") in x
    assert not any(s[0] == "NATO" for s in x)
    x = found(extract_text, "NATO and its chief Jens Stoltenberg welcomed the agreement between "
              "Belgrade and Pristina.")
    assert {s[0] for s in x} == {"NATO", "Jens Stoltenberg"}


def test_it_after_a_plan_is_the_plan_not_the_last_state_named(extract_text):
    assert found(extract_text, "Paris drafted a plan for Serbia and Kosovo, and Berlin backs "
                 "it.") == []
    assert not any(s[2] == "Montenegro" for s in found(
        extract_text, "Ankara said the Greek proposal was a fair deal for Albania and "
        "Montenegro and that Turkey supported it."))
    assert ("Russia", "support", "Serbia", None) in found(
        extract_text, "Russia sees Serbia as an ally and will defend it.")
