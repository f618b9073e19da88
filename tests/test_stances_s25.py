"""Stance paraphrases (session 25): a bid to join told with 'become a member of', or
wished for another ('X wants Y to join the EU': X backs Y's bid; 'does not want Y to join
NATO': X opposes Y); a finite verb coordinated with a verb of wanting states its own stance
('wants close ties with Y and backs Y's bid'). Sentences written for these tests (no corpus
text)."""

from __future__ import annotations

import pytest

from tests.stance_support import stances


@pytest.mark.parametrize("text", [
    "Austria wants Montenegro to join the European Union before the end of the decade.",
    "Austria wants Montenegro to become a member of the EU.",
])
def test_wanting_another_to_join_backs_its_bid(extract_text, text):
    assert ("Austria", "support", "Montenegro", "eu-integration") in stances(extract_text, text)


def test_not_wanting_another_to_join_opposes_it(extract_text):
    found = stances(extract_text, "Russia does not want Georgia to join NATO, the minister said.")
    assert ("Russia", "oppose", "Georgia", "nato") in found


def test_wanting_to_become_a_member_backs_the_union(extract_text):
    found = stances(extract_text, "Albania wants to become a member of the European Union.")
    assert ("Albania", "support", "European Union", "eu-integration") in found


def test_a_finite_verb_beside_a_wish_states_its_own_stance(extract_text):
    found = stances(extract_text, "Italy wants a close partnership with Montenegro and firmly "
                                  "supports Montenegro's goal of joining the European Union.")
    assert ("Italy", "support", "Montenegro", "eu-integration") in found


def test_a_shared_request_stays_one_request(extract_text):
    found = stances(extract_text, "Italy asked Montenegro to recognise and support the plan.")
    assert not any(s[0] == "Montenegro" for s in found)


def test_a_joiner_in_background_is_no_bid(extract_text):
    found = stances(extract_text, "Montenegro, which wants to join the European Union, held "
                                  "elections on Sunday.")
    assert not any(s[1] == "support" and s[2] == "European Union" for s in found)


def test_appreciating_the_position_of_a_state_backs_it(extract_text):
    found = stances(extract_text, "Hungary greatly appreciates the position of Serbia on the "
                                  "energy crisis, Peter Szijjarto said.")
    assert any(s[1:3] == ("support", "Serbia") and s[0] in {"Hungary", "Peter Szijjarto"}
               for s in found)
