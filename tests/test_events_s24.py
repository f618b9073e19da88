"""Session-24 event rules, on sentences written for the tests: 'the two (last) met' is the
pair told before, also when the parser reads 'two' as a number of 'last'; 'X, with whom he
spoke by telephone' is a call with X."""

from __future__ import annotations

import pytest


def parties_and_dates(extraction):
    return [(sorted(p.name for p in e.participants), e.date) for e in extraction.events]


@pytest.mark.parametrize("pair_told", ["The two last met", "The two met"])
def test_the_two_is_the_pair_told_before(extract_text, pair_told):
    text = ("News of the day\n\n"
            "Aleksandar Vucic will attend the parade in Moscow.\n\n"
            "Kaja Kallas warned in April that candidates should stay away. Marta Kos said on "
            "Monday that talks depended on choices.\n\n"
            "Aleksandar Vucic is due to hold talks with Chinese President Xi Jinping on Friday, "
            f"his office said. {pair_told} in Belgrade in May 2024, when they signed a "
            "statement on a shared future.")
    assert (["Aleksandar Vucic", "Xi Jinping"], "2024-05") in parties_and_dates(
        extract_text(text, "2025-05-06"))


def test_the_two_countries_are_no_pair_of_people(extract_text):
    text = ("Leaders meet again\n\n"
            "Xi Jinping met Aleksandar Vucic in Belgrade on Wednesday. "
            "The two countries signed deals in May 2024.")
    assert [d for _, d in parties_and_dates(extract_text(text, "2024-11-21"))] == ["2024-11-20"]


def test_with_whom_he_spoke_is_a_call_with_the_person_named(extract_text):
    text = ("Dodik in Moscow\n\n"
            "Milorad Dodik met Vladimir Putin in Moscow on Tuesday. Dodik brought greetings "
            "from President Vucic, with whom he spoke by telephone on Monday.")
    found = extract_text(text, "2024-02-21")
    assert any(e.kind.value == "call" and e.date == "2024-02-19"
               and {p.name for p in e.participants} == {"Aleksandar Vucic", "Milorad Dodik"}
               for e in found.events)
