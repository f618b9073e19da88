"""Session-27 stance rules, on sentences written for the tests: 'Y said X was responsible for
the escalation' (a harm) opposes X, not 'responsible for the talks' nor 'not responsible';
'dismissed X's claims as propaganda' opposes X, and so does calling X 'a satellite (a puppet)
of' another; 'called X "the greatest friend of Y"' (two predicates to the parser) backs X;
'support for a solution on Kosovo' is no support of Kosovo (nor 'opposition to the war on
Iraq' opposition to Iraq)."""

from __future__ import annotations

import pytest


def stances(extraction):
    return [(s.holder.name, s.polarity.value, s.target.name if s.target else None)
            for s in extraction.stances]


@pytest.mark.parametrize("harm", ["the escalation", "the violence in the north", "the clashes"])
def test_responsible_for_a_harm(extract_text, harm):
    text = f"News\n\nSerbian President Aleksandar Vucic said Albin Kurti was responsible for {harm}."
    assert ("Aleksandar Vucic", "oppose", "Albin Kurti") in stances(extract_text(text, "2023-03-01"))


@pytest.mark.parametrize("sentence", [
    "Serbian President Aleksandar Vucic said Albin Kurti was not responsible for the violence.",
    "Serbian President Aleksandar Vucic said Albin Kurti was responsible for the talks.",
])
def test_responsible_for_no_harm_or_not_at_all(extract_text, sentence):
    found = stances(extract_text(f"News\n\n{sentence}", "2023-03-01"))
    assert ("Aleksandar Vucic", "oppose", "Albin Kurti") not in found


@pytest.mark.parametrize("word", ["propaganda", "lies", "disinformation"])
def test_dismissed_as_propaganda(extract_text, word):
    text = f"News\n\nKosovo Prime Minister Albin Kurti dismissed Aleksandar Vucic's claims as {word}."
    assert ("Albin Kurti", "oppose", "Aleksandar Vucic") in stances(extract_text(text, "2023-03-01"))


@pytest.mark.parametrize("word", ["a satellite of the Kremlin", "a puppet of Moscow"])
def test_called_a_satellite(extract_text, word):
    text = f'News\n\nKosovo Prime Minister Albin Kurti described Serbia as "{word}".'
    assert ("Albin Kurti", "oppose", "Serbia") in stances(extract_text(text, "2023-03-01"))


def test_called_a_friend_parsed_as_two_predicates(extract_text):
    text = ('News\n\nSerbian President Aleksandar Vucic called Viktor Orban "the greatest friend '
            'of Serbia in the European Union".')
    assert ("Aleksandar Vucic", "support", "Viktor Orban") in stances(extract_text(text, "2023-03-01"))


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("The Russian side reiterated its support for a solution on Kosovo based on Resolution 1244.",
     ("Russia", "support", "Kosovo")),
    ("George Galloway repeated his opposition to the war on Iraq.", ("George Galloway", "oppose", "Iraq")),
])
def test_what_a_backed_thing_is_about_is_not_its_target(extract_text, sentence, wrong):
    assert wrong not in stances(extract_text(f"News\n\n{sentence}", "2023-10-01"))


def test_support_for_a_state_on_a_matter_still_targets_the_state(extract_text):
    text = "News\n\nLavrov reaffirmed Russia's support for Serbia on Kosovo."
    assert ("Sergey Lavrov", "support", "Serbia") in stances(extract_text(text, "2023-10-01"))
