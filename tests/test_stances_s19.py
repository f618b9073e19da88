"""Stance paraphrases (session 19, styles11 classes): refusing to desert an actor, a pledge
told in the past ('promised that X would ...'), encouraging a party into a process. Sentences
written for these tests (no corpus text). Needs spaCy only."""

from __future__ import annotations

import pytest

from tests.stance_support import stances


@pytest.mark.parametrize("text, holder, target", [
    ("Moscow will never abandon Belgrade, the Russian foreign minister Sergey Lavrov said.",
     "Sergey Lavrov", "Serbia"),
    ("Orban told reporters that Hungary would not leave Serbia alone this winter.",
     "Viktor Orban", "Serbia"),
    ("Putin said Russia would not let Serbia down.", "Vladimir Putin", "Serbia"),
    ("China will not desert Serbia, Xi Jinping said in Belgrade.", "Xi Jinping", "Serbia"),
])
def test_refusing_to_desert_an_actor_supports_it(extract_text, text, holder, target):
    assert (holder, "support", target) in [s[:3] for s in stances(extract_text, text)]


@pytest.mark.parametrize("text", [
    "The delegation left Belgrade on Tuesday evening.",
    "Serbia abandoned the project in 2014 after years of delays.",
])
def test_leaving_or_dropping_something_is_no_stance(extract_text, text):
    assert stances(extract_text, text) == []


@pytest.mark.parametrize("text, holder", [
    ("After the talks Medvedev promised that Russia would keep defending Serbia's sovereignty "
     "and territorial integrity.", ("Dmitry Medvedev", "Russia")),
    ("Xi pledged that China would always respect the sovereignty and territorial integrity of "
     "Serbia.", ("Xi Jinping", "China")),
])
def test_a_pledge_told_in_the_past_is_a_stance(extract_text, text, holder):
    assert any(s[0] in holder and s[1:] == ("support", "Serbia", "territorial-integrity")
               for s in stances(extract_text, text))


@pytest.mark.parametrize("text, holder", [
    ("Meeting Vucic in London, Starmer encouraged him to take part constructively in the "
     "EU-facilitated dialogue with Pristina.", "Keir Starmer"),
    ("Scholz encouraged Belgrade and Pristina to implement what they agreed in the "
     "Brussels dialogue.", "Olaf Scholz"),
])
def test_encouraging_a_party_into_the_dialogue_supports_it(extract_text, text, holder):
    assert (holder, "support", None, "belgrade-pristina-dialogue") in stances(extract_text, text)


def test_a_personal_vow_of_effort_stays_no_stance(extract_text):
    text = ("Asked whether he would seek help from abroad, Vucic vowed he would do his utmost "
            "to keep the peace in the region.")
    assert stances(extract_text, text) == []


def test_a_campaign_encouraging_others_is_no_call_of_its_own(extract_text):
    text = ("Belgrade agreed to pause its campaign encouraging other governments to reconsider "
            "the Brussels dialogue.")
    assert not any(s[3] == "belgrade-pristina-dialogue" and s[1] == "support"
                   for s in stances(extract_text, text))
