"""Names written with particles ('bin', 'al-') after a title: one person, named in full, as
the article spells them. Sentences written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

from ingest.dictionary import load_dictionary


def test_a_particle_written_with_a_hyphen_is_the_same_name():
    dictionary = load_dictionary()
    assert dictionary.lookup("Salman bin Abdulaziz al-Saud") == dictionary.lookup(
        "Salman bin Abdulaziz Al Saud") != []


@pytest.mark.parametrize("text", [
    "Vladimir Putin spoke by telephone with King of Saudi Arabia Salman bin Abdulaziz al-Saud "
    "about oil output.",
    "King of Saudi Arabia Salman bin Abdulaziz al-Saud phoned Vladimir Putin on Monday.",
])
def test_title_country_and_a_name_with_particles(extract_text, text):
    x = extract_text(f"Telephone conversation\n\n{text}", "2016-02-24")
    assert [sorted(p.name for p in e.participants) for e in x.events] == [
        ["Salman bin Abdulaziz al-Saud", "Vladimir Putin"]]


@pytest.mark.parametrize("later", [
    "Later Mr Putin said that he and President Kocharian had discussed trade in a one-on-one meeting.",
    "President Kocharian told reporters after the talks that the two leaders had agreed on gas prices.",
    "Kocharian and Mr Putin then held a joint news conference.",
])
def test_a_surname_after_a_fuzzily_matched_full_name_is_the_same_person(extract_text, later):
    # 'Robert Kocharian' is one letter away from the dictionary's 'Robert Kocharyan'
    x = extract_text("Armenian President Robert Kocharian arrived in Moscow for talks with "
                     f"Russian President Vladimir Putin.\n\n{later}", "2001-09-15")
    names = {m.name for m in x.actors if m.kind.value == "person"}
    assert "Kocharian" not in names
    assert {"Robert Kocharyan", "Vladimir Putin"} <= names
