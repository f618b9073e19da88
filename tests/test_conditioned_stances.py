"""A recognition told as a condition ('before Serbia recognises Kosovo', 'until Belgrade
recognises its independence') is no stance of the state named in it. Sentences written for
these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def stances_of(extract_text, text: str):
    x = extract_text(f"Statement\n\n{text}", "2024-03-14")
    return [(s.holder.name, s.polarity.value, s.target.name if s.target else None) for s in x.stances]


@pytest.mark.parametrize("text", [
    "Albin Kurti said Pristina would not form the association before Serbia recognizes Kosovo.",
    "Vjosa Osmani said there would be no deal until Belgrade recognises Kosovo's independence.",
])
def test_a_recognition_as_a_condition_is_no_stance(extract_text, text):
    assert not any(holder == "Serbia" and polarity == "support"
                   for holder, polarity, _ in stances_of(extract_text, text))


def test_a_refusal_to_recognise_is_still_a_stance(extract_text):
    found = stances_of(extract_text, "Ivica Dacic said Serbia will never recognise Kosovo.")
    assert any(polarity == "oppose" and target == "Kosovo" for _, polarity, target in found)


def test_a_past_withdrawal_told_with_before_is_a_stance(extract_text):
    found = stances_of(extract_text, "A week before Togo withdrew its recognition of Kosovo, "
                       "Ivica Dacic visited Lome.")
    assert ("Togo", "oppose", "Kosovo") in found
