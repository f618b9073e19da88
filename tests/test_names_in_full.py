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
